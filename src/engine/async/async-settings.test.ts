import { describe, expect, it } from 'vitest';
import { asyncSettingsOf } from './async-settings';
import { setupDeployed as deployed, testBundle, testConfig } from '../testing/platform-fixture';

describe('asyncSettingsOf', () => {
  it("fills in Lambda's defaults", () => {
    expect(asyncSettingsOf(testConfig())).toEqual({
      maximumRetryAttempts: 2,
      maximumEventAgeSec: 21_600,
      deadLetter: null,
      onSuccess: null,
      onFailure: null,
    });
  });

  it('reads the older SQS-only fields when the targets that replaced them are absent', () => {
    const older = testConfig({ deadLetterQueue: 'dlq', onFailureDestination: 'records' });
    expect(asyncSettingsOf(older)).toMatchObject({
      deadLetter: { type: 'sqs', name: 'dlq' },
      onFailure: { type: 'sqs', name: 'records' },
    });
    const newer = {
      ...older,
      deadLetter: { type: 'sns', name: 'alerts' } as const,
      onFailure: null,
    };
    expect(asyncSettingsOf(newer)).toMatchObject({
      deadLetter: { type: 'sns', name: 'alerts' },
      onFailure: null,
    });
  });
});

describe('deployFunction', () => {
  it('changes async settings without a new version', () => {
    const { platform, ofType } = deployed();
    expect(platform.deploy(testConfig({ maximumRetryAttempts: 1 }), testBundle())).toEqual({
      version: 1,
      changed: true,
    });
    expect(platform.deploy(testConfig({ maximumRetryAttempts: 1 }), testBundle())).toEqual({
      version: 1,
      changed: false,
    });
    expect(platform.snapshot().functions[0]?.config.maximumRetryAttempts).toBe(1);
    expect(ofType('deployed').map((event) => event.version)).toEqual([1, 1]);
  });
});
