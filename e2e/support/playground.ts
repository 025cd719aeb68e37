// The playground as a learner sees it (tldraw-style page object): write code, set the event,
// invoke, and read the result, the logs and the stage, all by the names of the testing contract
// (docs/architecture.md#testing-contract).
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { InstanceState } from '../../src/engine/types';
import { CodeEditor } from './code-editor';
import { drawnText } from './drawn-text';
import { Files } from './files';
import type { ShownResult } from './result-record';
import { recordResults } from './result-record';
import { Settings, SimulationControls } from './settings';

export class Playground {
  readonly editor: CodeEditor;
  readonly files: Files;
  readonly settings: Settings;
  readonly controls: SimulationControls;
  readonly invokeButton: Locator;
  /** The event the Test tab invokes with, as JSON text. */
  readonly eventText: Locator;
  /** Shown once esbuild-wasm is downloaded and compiled (14 MB: on a busy machine, a while). */
  readonly bundlerReady: Locator;
  readonly resultRegion: Locator;
  readonly logsRegion: Locator;
  readonly stage: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.editor = new CodeEditor(page);
    this.files = new Files(page);
    this.settings = new Settings(page);
    this.controls = new SimulationControls(page);
    this.invokeButton = page.getByRole('button', { name: 'Invoke', exact: true });
    this.eventText = page.getByTestId('event-editor').getByRole('textbox');
    this.bundlerReady = page.getByRole('status').filter({ hasText: 'Bundler ready' });
    this.resultRegion = page.getByRole('region', { name: 'Result' });
    this.logsRegion = page.getByRole('region', { name: 'Logs' });
    this.stage = page.getByRole('region', { name: 'Instances' });
    this.problems = page.getByRole('region', { name: 'Problems' });
  }

  /** Opens the app and waits until the code editor shows the active file. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.editor.ready();
  }

  async setCode(text: string): Promise<void> {
    await this.editor.setText(text);
  }

  async setEvent(json: string): Promise<void> {
    await this.eventText.fill(json);
  }

  async invoke(): Promise<void> {
    await this.invokeButton.click();
  }

  /**
   * Two invocations at once: a double click is two clicks in one gesture, so the second request
   * reaches the platform while the first is still in flight, however busy the machine is.
   */
  async invokeTwiceAtOnce(): Promise<void> {
    await this.invokeButton.dblclick();
  }

  /** Invokes and waits for the invocation's REPORT line (the `reports()` count goes up by one). */
  async invokeAndWait(): Promise<void> {
    const before = (await this.reports()).length;
    await this.invoke();
    await this.waitForReports(before + 1);
  }

  /** The last invocation's response payload, as the Result region shows it. */
  result(): Locator {
    return this.resultRegion.getByTestId('result-payload');
  }

  /** Starts recording each result the Result region shows; see `recordResults`. */
  recordResults(): Promise<() => Promise<ShownResult[]>> {
    return recordResults(this.page, this.resultRegion);
  }

  /** The payload parsed as JSON, e.g. an error's `{ errorType, errorMessage, trace }`. */
  async resultJson(): Promise<unknown> {
    return JSON.parse(await this.result().innerText());
  }

  /** The log stream's text, one CloudWatch line per line (tabs kept), a REPORT's cost after it. */
  async logs(): Promise<string> {
    return drawnText(this.logsRegion);
  }

  /** The REPORT lines so far, oldest first. */
  async reports(): Promise<string[]> {
    return (await this.logs()).split('\n').filter((line) => line.startsWith('REPORT RequestId: '));
  }

  async waitForReports(count: number): Promise<void> {
    await expect.poll(async () => (await this.reports()).length).toBe(count);
  }

  /** Every instance on the stage, live or ended, each with `data-state` and `data-instance-id`. */
  instances(): Locator {
    return this.stage.getByTestId('instance');
  }

  instancesIn(state: InstanceState): Locator {
    return this.stage.locator(`[data-testid="instance"][data-state="${state}"]`);
  }

  instance(id: string): Locator {
    return this.stage.locator(`[data-testid="instance"][data-instance-id="${id}"]`);
  }

  /** The ids of the instances on the stage, in the stage's order. */
  async instanceIds(): Promise<string[]> {
    return this.instances().evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-instance-id') ?? ''),
    );
  }

  /** The function's lane status: `asleep (zero instances)` or `N instance(s)`. */
  laneStatus(): Locator {
    return this.stage.getByTestId('lane-status');
  }

  /** The lane's count of requests turned away: `429 × N throttled`. */
  laneThrottles(): Locator {
    return this.stage.getByTestId('lane-throttles');
  }
}
