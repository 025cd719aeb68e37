// What the handler may reach beyond its own worker. Browser ways to start code or connections that
// a Node process does not have are removed (a nested worker would also start with the browser's
// untouched globals); fetch and WebSocket, which Node 22 has, work only with the function's
// "Internet access" setting on. The opaque origin (opaque-worker.ts) is the security boundary;
// this is the function's network policy on top of it.
import type { GlobalScope } from './runtime-globals';

/** Browser globals a Lambda Node.js process lacks. */
const NOT_IN_NODE = ['Worker', 'SharedWorker', 'importScripts', 'XMLHttpRequest', 'EventSource'];

export const NETWORK_OFF_MESSAGE =
  'fetch failed: internet access is off for this function (turn it on in the function’s settings)';

function refusedFetch(): Promise<never> {
  return Promise.reject(new TypeError(NETWORK_OFF_MESSAGE));
}

/** A WebSocket that cannot be opened, as `new WebSocket(...)` fails without a network. */
class RefusedWebSocket {
  constructor() {
    throw new TypeError(NETWORK_OFF_MESSAGE.replace('fetch failed', 'WebSocket failed'));
  }
}

/** Deletes `name` from the scope and its prototypes: Chromium keeps fetch and importScripts on
 * WorkerGlobalScope.prototype, where `WorkerGlobalScope.prototype.fetch.call(self)` would find it. */
function removeEverywhere(scope: GlobalScope, name: string): void {
  for (let owner: object | null = scope; owner !== null; owner = Object.getPrototypeOf(owner)) {
    if (Object.prototype.hasOwnProperty.call(owner, name)) Reflect.deleteProperty(owner, name);
  }
}

export function applyNetworkPolicy(scope: GlobalScope, internetAccess: boolean): void {
  for (const name of NOT_IN_NODE) removeEverywhere(scope, name);
  if (internetAccess) return;
  removeEverywhere(scope, 'fetch');
  removeEverywhere(scope, 'WebSocket');
  Object.assign(scope, { fetch: refusedFetch, WebSocket: RefusedWebSocket });
}
