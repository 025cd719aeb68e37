// The browser's own enforcement of "Internet access off": a hidden iframe whose document carries a
// Content-Security-Policy that allows no request at all, and whose Worker constructor starts the
// instance workers of such functions. A worker started from a `data:` URL takes the policy of the
// document that created it (CSP3's inheritance for local schemes; measured in Chromium 156), so
// the handler's fetch, XMLHttpRequest, import(), importScripts, WebSocket, WebSocketStream,
// WebTransport, EventSource, FontFace and nested workers are refused before anything is sent.
// The iframe runs no script of its own (sandboxed without allow-scripts); it is same-origin only
// so that the page can reach its Worker constructor. Being same-origin also keeps it in the page's
// process: an opaque-origin iframe gets a process of its own in Chromium, and every message
// between the page and a worker then crosses processes (measured: round trip 0.19 ms instead of
// 0.05 ms, and about half the invocations per second).
import type { WorkerLike } from '../protocol';

/** What an instance's worker may load with Internet access off. */
export const NETWORK_OFF_POLICY = [
  "default-src 'none'",
  // The runtime evaluates CommonJS bundles with eval and imports ES module bundles from a blob:
  // URL it makes itself (worker-entry.ts); a handler's eval and new Function work as in Node.
  "script-src 'unsafe-eval' blob:",
  // The runtime's own script, which the page hands over as a data: URL (opaque-worker.ts).
  'worker-src data:',
  "connect-src 'none'",
  "font-src 'none'",
  "img-src 'none'",
  "media-src 'none'",
].join('; ');

export function sandboxDocument(): string {
  return `<!doctype html><meta http-equiv="Content-Security-Policy" content="${NETWORK_OFF_POLICY}">`;
}

export const POLICY_NOT_ENFORCED =
  'This browser does not apply the network sandbox’s policy to workers, so a function with Internet access off cannot run here';

type WorkerConstructor = new (url: string) => WorkerLike & Pick<Worker, 'onmessage' | 'onerror'>;

/** A worker that tries one request the policy forbids (a `data:` URL: nothing leaves the machine). */
const PROBE = `fetch('data:,').then(() => postMessage('open'), () => postMessage('refused'))`;

/**
 * Checks in a real worker that the policy holds before any instance relies on it: a browser that
 * does not pass it on to workers gets a clear error, never an unguarded instance. (The browser
 * notes the refused probe in the page's console once.)
 */
function provePolicy(SandboxWorker: WorkerConstructor): Promise<void> {
  const probe = new SandboxWorker(`data:text/javascript,${encodeURIComponent(PROBE)}`);
  return new Promise<void>((resolve, reject) => {
    probe.onmessage = (event: MessageEvent) => {
      if (event.data === 'refused') resolve();
      else reject(new Error(POLICY_NOT_ENFORCED));
    };
    probe.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      reject(new Error(`${POLICY_NOT_ENFORCED} (${event.message || 'the probe worker failed'})`));
    };
  }).finally(() => probe.terminate());
}

/** Adds the sandbox to the page; resolves with its Worker constructor once the policy is proven. */
export async function openNetworkSandbox(page: Document): Promise<WorkerConstructor> {
  const frame = page.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.hidden = true;
  frame.title = 'Network sandbox for functions with Internet access off';
  frame.srcdoc = sandboxDocument();
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  (page.body ?? page.documentElement).append(frame);
  await loaded;
  // The frame's first, empty document has no policy: only the srcdoc's realm will do.
  const realm = frame.contentWindow as (Window & typeof globalThis) | null;
  if (realm === null || frame.contentDocument?.URL !== 'about:srcdoc') {
    throw new Error('The network sandbox did not load');
  }
  const SandboxWorker = realm.Worker as unknown as WorkerConstructor;
  await provePolicy(SandboxWorker);
  return SandboxWorker;
}
