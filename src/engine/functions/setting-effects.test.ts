// Every function setting, changed on a function with a warm instance, takes effect as AWS applies
// it: a new environment for the environment's settings, stored at once for the others.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SettingName } from './setting-effects';
import { changedSettings, SETTING_EFFECTS } from './setting-effects';
import { setupPlatform, testBundle, testConfig } from '../testing/platform-fixture';
import type { FunctionConfig } from '../types';

/** A value other than a new function's for every setting (typechecking fails if one is missing). */
const CHANGED: { [K in SettingName]-?: Exclude<FunctionConfig[K], undefined> } = {
  name: 'renamed',
  runtime: 'nodejs24.x',
  handler: 'index.main',
  memoryMB: 256,
  architecture: 'arm64',
  timeoutSec: 10,
  ephemeralStorageMB: 1024,
  environment: { STAGE: 'prod' },
  internetAccess: true,
  loggingConfig: { logFormat: 'JSON', applicationLogLevel: 'WARN' },
  reservedConcurrency: 5,
  provisionedConcurrency: 1,
  maximumRetryAttempts: 0,
  maximumEventAgeSec: 120,
  deadLetterQueue: 'failed-events',
  onFailureDestination: 'failure-records',
  onSuccess: { type: 'eventbridge', name: 'default' },
  onFailure: { type: 'sns', name: 'alerts' },
  deadLetter: { type: 'sns', name: 'dead-letters' },
};

const SETTINGS = Object.keys(SETTING_EFFECTS) as SettingName[];

/** A function with one warm instance, then `change` deployed with the same code. */
async function changeOnWarmFunction(change: Partial<FunctionConfig>) {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig(), testBundle());
  await setup.platform.invoke('add', '{}');
  const deployed = setup.platform.deploy(testConfig(change), testBundle());
  await setup.platform.invoke(testConfig(change).name, '{}');
  const { functions, instances } = setup.platform.snapshot();
  return { deployed, functions, instances, started: setup.executor.started };
}

/** The fields of FunctionConfig as types.ts declares them (a test has no types to read them from). */
function declaredSettings(): string[] {
  const source = readFileSync(new URL('../types.ts', import.meta.url), 'utf8');
  const body = /export interface FunctionConfig \{\n([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((match) => match[1]!);
}

describe('SETTING_EFFECTS', () => {
  it('places every field of FunctionConfig, and has a changed value for each', () => {
    expect([...SETTINGS].sort()).toEqual(declaredSettings().sort());
    expect(Object.keys(CHANGED).sort()).toEqual([...SETTINGS].sort());
  });

  it('makes new environments for what UpdateFunctionConfiguration sets, and only for that', () => {
    expect(SETTINGS.filter((name) => SETTING_EFFECTS[name] === 'new-environment')).toEqual([
      'runtime',
      'handler',
      'memoryMB',
      'architecture',
      'timeoutSec',
      'ephemeralStorageMB',
      'environment',
      'internetAccess',
      'loggingConfig',
    ]);
  });

  it.each(SETTINGS.filter((name) => SETTING_EFFECTS[name] === 'new-environment'))(
    '%s: stored, idle environments retired, the next request starts one with the new value',
    async (name) => {
      const { deployed, functions, instances, started } = await changeOnWarmFunction({
        [name]: CHANGED[name],
      });
      expect(deployed).toEqual({ version: 2, changed: true });
      expect(functions[0]?.config[name]).toEqual(CHANGED[name]);
      expect(instances.map((instance) => [instance.id, instance.version])).toEqual([['add-2', 2]]);
      expect(started.map((spec) => spec.config[name])).toEqual([testConfig()[name], CHANGED[name]]);
    },
  );

  it.each(SETTINGS.filter((name) => SETTING_EFFECTS[name] === 'stored'))(
    '%s: stored at once, the warm environment kept',
    async (name) => {
      const { deployed, functions, instances, started } = await changeOnWarmFunction({
        [name]: CHANGED[name],
      });
      expect(deployed).toEqual({ version: 1, changed: true });
      expect(functions[0]?.config[name]).toEqual(CHANGED[name]);
      expect(instances.map((instance) => [instance.id, instance.state])).toEqual([
        ['add-1', 'idle'],
      ]);
      expect(started).toHaveLength(1);
    },
  );

  it('provisionedConcurrency: stored, the warm environment kept, a provisioned one started', async () => {
    const { deployed, functions, instances, started } = await changeOnWarmFunction({
      provisionedConcurrency: 1,
    });
    expect(deployed).toEqual({ version: 1, changed: true });
    expect(functions[0]?.config.provisionedConcurrency).toBe(1);
    // The request after the change went to the provisioned environment, the on-demand one waits.
    expect(instances.map((instance) => [instance.id, instance.provisioned])).toEqual([
      ['add-1', false],
      ['add-2', true],
    ]);
    expect(started).toHaveLength(2);
  });

  it('name: another name is another function, the first one untouched', async () => {
    const { deployed, functions, instances } = await changeOnWarmFunction({ name: CHANGED.name });
    expect(deployed).toEqual({ version: 1, changed: true });
    expect(functions.map((fn) => fn.name)).toEqual(['add', 'renamed']);
    expect(instances.map((instance) => instance.id)).toEqual(['add-1', 'renamed-1']);
  });
});

describe(changedSettings, () => {
  it('names each changed setting', () => {
    // An older SQS-only field is read as the target that replaced it, so both change together.
    const alsoChanged = new Map<SettingName, SettingName>([
      ['deadLetterQueue', 'deadLetter'],
      ['onFailureDestination', 'onFailure'],
    ]);
    for (const name of SETTINGS) {
      const also = alsoChanged.get(name);
      expect(changedSettings(testConfig(), testConfig({ [name]: CHANGED[name] }))).toEqual(
        also ? [name, also] : [name],
      );
    }
  });

  it('treats an absent optional setting as its default', () => {
    const spelledOut = testConfig({
      internetAccess: false,
      maximumRetryAttempts: 2,
      maximumEventAgeSec: 21_600,
      deadLetterQueue: '',
      onFailureDestination: null,
    });
    expect(changedSettings(testConfig(), spelledOut)).toEqual([]);
  });

  it('compares environment variables by content, not by object or order', () => {
    const a = testConfig({ environment: { A: '1', B: '2' } });
    expect(changedSettings(a, testConfig({ environment: { B: '2', A: '1' } }))).toEqual([]);
    expect(changedSettings(a, testConfig({ environment: { A: '1' } }))).toEqual(['environment']);
  });
});
