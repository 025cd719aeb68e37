// Browser-only ways out are removed; fetch and WebSocket follow the function's setting.
import { describe, expect, it } from 'vitest';
import { NETWORK_OFF_MESSAGE, applyNetworkPolicy } from './network-guard';
import type { GlobalScope } from './runtime-globals';

/** A scope shaped like Chromium's: fetch and importScripts on the prototype, the rest own. */
function workerLikeScope(): GlobalScope {
  const proto = { fetch: () => 'real fetch', importScripts: () => undefined };
  return Object.assign(Object.create(proto) as GlobalScope, {
    Worker: class {},
    XMLHttpRequest: class {},
    EventSource: class {},
    WebSocket: class {},
  });
}

describe(applyNetworkPolicy, () => {
  it('removes nested workers, importScripts, XMLHttpRequest and EventSource, prototypes included', () => {
    const scope = workerLikeScope();
    applyNetworkPolicy(scope, true);
    const names = ['Worker', 'importScripts', 'XMLHttpRequest', 'EventSource'];
    expect(names.map((name) => typeof scope[name])).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
    expect((scope.fetch as () => string)()).toBe('real fetch');
  });

  it('refuses fetch and WebSocket when internet access is off, however fetch is reached', async () => {
    const scope = workerLikeScope();
    const prototype = Object.getPrototypeOf(scope) as GlobalScope;
    applyNetworkPolicy(scope, false);
    await expect((scope.fetch as () => Promise<unknown>)()).rejects.toThrow(
      new TypeError(NETWORK_OFF_MESSAGE),
    );
    expect(prototype.fetch).toBeUndefined();
    const Socket = scope.WebSocket as new () => unknown;
    expect(() => new Socket()).toThrow(
      'WebSocket failed: internet access is off for this function (turn it on in the function’s settings)',
    );
  });
});
