// The sandbox's policy allows the runtime what it needs and no request at all.
import { describe, expect, it } from 'vitest';
import { NETWORK_OFF_POLICY, sandboxDocument } from './network-sandbox';

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('NETWORK_OFF_POLICY', () => {
  it('refuses every request, and runs only eval, the runtime’s blob: modules and its data: worker', () => {
    expect(Object.fromEntries(directives(NETWORK_OFF_POLICY))).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'unsafe-eval'", 'blob:'],
      'worker-src': ['data:'],
      'connect-src': ["'none'"],
      'font-src': ["'none'"],
      'img-src': ["'none'"],
      'media-src': ["'none'"],
    });
  });
});

describe(sandboxDocument, () => {
  it('is a document with the policy in a meta element and no script of its own', () => {
    const html = sandboxDocument();
    expect(html).toBe(
      `<!doctype html><meta http-equiv="Content-Security-Policy" content="${NETWORK_OFF_POLICY}">`,
    );
    expect(NETWORK_OFF_POLICY).not.toMatch(/["<>]/);
  });
});
