// What the handler may reach beyond its own worker: the second line of defence. The first is the
// browser's own: with Internet access off the worker was started by the network sandbox and
// inherited its Content-Security-Policy (network-sandbox.ts), which refuses every request, whatever
// API makes it. Here, browser ways to start code or connections that a Node process does not have
// are removed (a nested worker would also start with the browser's untouched globals), and with
// access off fetch and WebSocket, which Node 22 has, fail with a message that says why instead of
// the browser's bare "Failed to fetch". With access on, the opaque origin (opaque-worker.ts) still
// keeps the app's own origin and storage out of reach.
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
