import { describe, expect, it } from 'vitest';
import { elbErrorHeaders, elbErrorPage } from './error-pages';
import {
  afterHealthCheck,
  checkTargetGroup,
  DEFAULT_TARGET_GROUP,
  newTarget,
} from './target-group';

const apply = (verdicts: boolean[], start = newTarget()) =>
  verdicts.reduce(
    (health, passed) => afterHealthCheck(health, passed, 'Target.Timeout', DEFAULT_TARGET_GROUP),
    start,
  );

describe('target health', () => {
  it('makes a new target healthy on its first pass', () => {
    expect(apply([true]).state).toBe('healthy');
    expect(apply([false, true]).state).toBe('healthy');
  });

  it('turns unhealthy after 2 failures in a row, and healthy again only after 5 passes', () => {
    const unhealthy = apply([true, false, false]);
    expect(unhealthy).toMatchObject({ state: 'unhealthy', reason: 'Target.Timeout' });
    expect(apply([true, false, true, false]).state).toBe('healthy'); // Not in a row.
    expect(apply([true, true, true, true], unhealthy).state).toBe('unhealthy');
    expect(apply([true, true, true, true, true], unhealthy).state).toBe('healthy');
  });

  it('keeps ELB ranges', () => {
    expect(() => checkTargetGroup({ ...DEFAULT_TARGET_GROUP, healthyThreshold: 1 })).toThrow(
      'healthyThreshold must be within 2–10',
    );
    expect(() =>
      checkTargetGroup({ ...DEFAULT_TARGET_GROUP, healthCheckTimeoutMs: 30_000 }),
    ).toThrow('smaller than the interval');
  });
});

describe('ALB error pages', () => {
  it('have the byte lengths the ALB sends', () => {
    expect(elbErrorPage(502).length).toBe(122);
    expect(elbErrorPage(503).length).toBe(162);
    expect(elbErrorPage(504)).toContain('<center><h1>504 Gateway Time-out</h1></center>');
    expect(elbErrorHeaders(504).get('server')).toBe('awselb/2.0');
  });
});
