import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ENVIRONMENT_LIMIT,
  DEFAULT_ASSUMPTIONS,
  endpointProblem,
  listensOnHttpEndpoint,
  revisionProblem,
  type EndpointSettings,
} from './web-function-settings';

const revision = {
  maxConcurrencyPerEnvironment: 64,
  timeoutSeconds: 30,
  environmentVariables: new Map<string, string>(),
};
const endpoint: EndpointSettings = {
  endpointName: 'default',
  autoDeploymentMode: 'Disabled',
  revisionWeights: [{ revisionId: '1', weight: 100 }],
  maxEnvironments: null,
  rateLimit: null,
};
const active = new Set(['1', '2', '3']);

describe('revision settings', () => {
  it('accepts the defaults and the ends of each range', () => {
    expect(revisionProblem(revision)).toBeNull();
    expect(revisionProblem({ ...revision, maxConcurrencyPerEnvironment: 1 })).toBeNull();
    expect(revisionProblem({ ...revision, maxConcurrencyPerEnvironment: 128 })).toBeNull();
    expect(revisionProblem({ ...revision, timeoutSeconds: 3 })).toBeNull();
    expect(revisionProblem({ ...revision, timeoutSeconds: 900 })).toBeNull();
  });

  it('says what is wrong', () => {
    expect(revisionProblem({ ...revision, maxConcurrencyPerEnvironment: 129 })).toBe(
      'maxConcurrencyPerEnvironment must be a whole number from 1 to 128, got 129.',
    );
    expect(revisionProblem({ ...revision, timeoutSeconds: 2 })).toBe(
      'timeoutSeconds must be a whole number from 3 to 900, got 2.',
    );
    const reserved = new Map([['AWS_LAMBDA_HTTP_ENDPOINT', '0.0.0.0:8080']]);
    expect(revisionProblem({ ...revision, environmentVariables: reserved })).toMatch(
      /^InvalidParameterValueException: .*AWS_LAMBDA_ .*'AWS_LAMBDA_HTTP_ENDPOINT'/,
    );
    const big = new Map([['BIG', 'x'.repeat(32 * 1024)]]);
    expect(revisionProblem({ ...revision, environmentVariables: big })).toContain('32 KB');
  });
});

describe('endpoint settings', () => {
  it('takes only the listed rateLimit values', () => {
    for (const ok of [0, 100, 900, 1_000, 2_000, 10_000]) {
      expect(endpointProblem({ ...endpoint, rateLimit: ok }, active)).toBeNull();
    }
    for (const bad of [50, 150, 1_500, 11_000]) {
      expect(endpointProblem({ ...endpoint, rateLimit: bad }, active)).toMatch(
        /^rateLimit must be/,
      );
    }
  });

  it('bounds maxEnvironments to 2–10,000', () => {
    expect(endpointProblem({ ...endpoint, maxEnvironments: 2 }, active)).toBeNull();
    expect(endpointProblem({ ...endpoint, maxEnvironments: 1 }, active)).toBe(
      'maxEnvironments must be a whole number from 2 to 10000, got 1.',
    );
    expect(ACCOUNT_ENVIRONMENT_LIMIT).toBe(1_000);
  });

  it('checks weights: at most two Active revisions, 1–100 each, summing to 100', () => {
    const weights = (...pairs: Array<[string, number]>) => ({
      ...endpoint,
      revisionWeights: pairs.map(([revisionId, weight]) => ({ revisionId, weight })),
    });
    expect(endpointProblem(weights(['1', 90], ['2', 10]), active)).toBeNull();
    expect(endpointProblem(weights(['1', 90], ['2', 20]), active)).toBe(
      'Revision weights must sum to 100, got 110.',
    );
    expect(endpointProblem(weights(['1', 100], ['2', 0]), active)).toMatch(/drop a revision/);
    expect(endpointProblem(weights(['1', 50], ['2', 25], ['3', 25]), active)).toBe(
      'At most 2 revisions may take traffic, got 3.',
    );
    expect(endpointProblem(weights(['9', 100]), active)).toBe('Revision 9 is not Active.');
    const latest = { ...weights(['1', 100]), autoDeploymentMode: 'LatestRevision' as const };
    expect(endpointProblem(latest, active)).toBe(
      'Revision weights cannot be set while autoDeploymentMode is LatestRevision.',
    );
  });
});

describe('readiness address', () => {
  it('is the port in AWS_LAMBDA_HTTP_ENDPOINT on every address, not localhost', () => {
    expect(listensOnHttpEndpoint({ host: '0.0.0.0', port: 3000 })).toBe(true);
    expect(listensOnHttpEndpoint({ host: '::', port: 3000 })).toBe(true);
    expect(listensOnHttpEndpoint({ host: '127.0.0.1', port: 3000 })).toBe(false);
    expect(listensOnHttpEndpoint({ host: '0.0.0.0', port: 8080 })).toBe(false);
  });
});

describe('assumptions', () => {
  it('default the platform init to the measured nodejs24.x arm64 figure', () => {
    expect(DEFAULT_ASSUMPTIONS.platformInitMs).toBe(129.44);
    expect(DEFAULT_ASSUMPTIONS.idleTimeoutMs).toBe(300_000);
  });
});
