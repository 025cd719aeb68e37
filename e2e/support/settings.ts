// The function's settings form and the header's simulation controls, by their visible labels.
import type { Locator, Page } from '@playwright/test';
import { escapeRegExp } from './regexp';

/** The settings that are text fields (the Lambda console's names). */
export type TextSetting =
  | 'Function name'
  | 'Handler'
  | 'Memory (MB)'
  | 'Ephemeral storage (MB)'
  | 'Timeout (s)'
  | 'Reserved concurrency'
  | 'Provisioned concurrency';

/** The settings that are choices, with the values their options carry. */
export interface ChoiceSettings {
  Runtime: 'nodejs22.x' | 'nodejs24.x' | 'python3.14';
  Architecture: 'x86_64' | 'arm64';
  'Log format': 'Text' | 'JSON';
  'Application log level': 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';
  'System log level': 'DEBUG' | 'INFO' | 'WARN';
}

/** Matches a label's text by how it starts (a label's text also holds its problem message). */
function labelStart(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}`);
}

export class Settings {
  readonly form: Locator;
  readonly reserveConcurrency: Locator;
  /** Off for a new function: the handler can reach no server at all. */
  readonly internetAccess: Locator;
  /** Off for a new function: code that does not build is not deployed. */
  readonly deployWithErrors: Locator;

  constructor(page: Page) {
    this.form = page.getByRole('form', { name: 'Function settings' });
    this.reserveConcurrency = this.form.getByRole('checkbox', { name: 'Reserve concurrency' });
    this.internetAccess = this.form.getByRole('checkbox', { name: 'Internet access' });
    this.deployWithErrors = this.form.getByRole('checkbox', {
      name: 'Deploy even if the code has errors',
    });
  }

  field(label: TextSetting | keyof ChoiceSettings): Locator {
    return this.form.getByLabel(labelStart(label));
  }

  async fill(label: TextSetting, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async choose<K extends keyof ChoiceSettings>(label: K, value: ChoiceSettings[K]): Promise<void> {
    await this.field(label).selectOption(value);
  }

  /** Reserves `limit` concurrent instances for the function (ticks the box, then sets the number). */
  async reserve(limit: number): Promise<void> {
    await this.reserveConcurrency.check();
    await this.fill('Reserved concurrency', String(limit));
  }

  /** The message shown next to a field when Lambda would refuse its value. */
  problemOf(label: TextSetting): Locator {
    return this.form
      .locator('label')
      .filter({ hasText: labelStart(label) })
      .getByRole('alert');
  }

  /** Adds a row of environment variables and fills it in. */
  async addVariable(key: string, value: string): Promise<void> {
    const rows = await this.form.getByLabel(/^Variable \d+ key$/).count();
    await this.form.getByRole('button', { name: 'Add variable' }).click();
    await this.form.getByLabel(`Variable ${rows + 1} key`).fill(key);
    await this.form.getByLabel(`Variable ${rows + 1} value`).fill(value);
  }
}

/** Options of the header's Idle lifetime select, by their visible labels. */
export type IdleLifetime = '5–7 min (as measured on AWS)' | '10 min' | '1 min' | '30 s';

export class SimulationControls {
  readonly speed: Locator;
  readonly idleLifetime: Locator;
  /** On by default: cold starts add AWS's modeled platform init to the measured one. */
  readonly awsTiming: Locator;
  /** New environments per function per 10 s: AWS's 1,000, or lower for a class. */
  readonly scalingRate: Locator;

  constructor(page: Page) {
    this.speed = page.getByRole('combobox', { name: 'Speed' });
    this.idleLifetime = page.getByRole('combobox', { name: 'Idle lifetime' });
    this.awsTiming = page.getByRole('checkbox', { name: 'AWS timing' });
    this.scalingRate = page.getByRole('combobox', { name: 'Scaling rate' });
  }

  /** Runs simulated time `factor` times faster (1, 2, 5, 10, 20, 50 or 100). */
  async setSpeed(factor: number): Promise<void> {
    await this.speed.selectOption({ label: `${factor}×` });
  }

  async setScalingRate(per10s: 1000 | 100 | 10 | 1): Promise<void> {
    await this.scalingRate.selectOption(String(per10s));
  }

  async setIdleLifetime(label: IdleLifetime): Promise<void> {
    await this.idleLifetime.selectOption({ label });
  }
}
