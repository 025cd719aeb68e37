// `LogType: Tail`: Lambda answers a synchronous invoke with the last 4 KB of the invocation's log,
// base64-encoded, in `X-Amz-Log-Result` (API_Invoke). The invocation's log is what its instance
// wrote from START to REPORT, as the log stream shows it.
import type { PlatformEvent } from '../../engine';
import { formatLogEntry } from '../../engine';
import { bytesToBase64 } from '../../share/base64';

export const LOG_TAIL_BYTES = 4096;

type Subscribe = (listener: (event: PlatformEvent) => void) => () => void;

export interface LogWatch {
  /** The lines written while `requestId` was served (START … REPORT), joined as the log stream has them. */
  logOf(requestId: string): string;
  stop(): void;
}

/**
 * Listens to the function's instances while one invoke is under way. The request id is only known
 * when the invoke returns, so every request of the function served meanwhile is kept until then.
 */
export function watchFunctionLogs(subscribe: Subscribe, functionName: string): LogWatch {
  /** Instance id → the request it is serving now. */
  const serving = new Map<string, string>();
  /** Request id → its lines so far. */
  const lines = new Map<string, string[]>();
  const unsubscribe = subscribe((event) => {
    if (!('functionName' in event) || event.functionName !== functionName) return;
    if (event.type === 'invoke-start') {
      serving.set(event.instanceId, event.requestId);
      lines.set(event.requestId, []);
    } else if (event.type === 'log') {
      const requestId = serving.get(event.instanceId);
      if (requestId !== undefined) lines.get(requestId)?.push(formatLogEntry(event.entry));
    } else if (event.type === 'invoke-end') {
      serving.delete(event.instanceId);
    }
  });
  return {
    logOf: (requestId) => (lines.get(requestId) ?? []).map((line) => `${line}\n`).join(''),
    stop: unsubscribe,
  };
}

/** The last 4 KB of the log's UTF-8 bytes, base64-encoded. */
export function logTailBase64(log: string): string {
  const bytes = new TextEncoder().encode(log);
  return bytesToBase64(bytes.subarray(Math.max(0, bytes.byteLength - LOG_TAIL_BYTES)));
}
