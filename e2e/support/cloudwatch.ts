// CloudWatch text-format lines as Lambda's Node.js runtime writes them, as patterns the tests match
// the Logs region against (docs/aws-lambda.md#log-format).

import { escapeRegExp } from './regexp';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `new Date().toISOString()`, e.g. `2019-06-07T19:11:20.562Z`. */
const ISO_TIME = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';
const MS = '(\\d+\\.\\d{2}) ms';

/** A whole line of the log text (the `m` flag anchors at line breaks). */
function line(pattern: string): RegExp {
  return new RegExp(`^${pattern}$`, 'm');
}

/** `requestId` may be a pattern: `firstRequestId` passes a capturing group. */
export function startLine(requestId: string): RegExp {
  return line(`START RequestId: ${requestId} Version: \\$LATEST`);
}

export function endLine(requestId: string): RegExp {
  return line(`END RequestId: ${requestId}`);
}

/** The start of the invocation's REPORT line (parse it whole with `parseReport`). */
export function reportLine(requestId: string): RegExp {
  return new RegExp(`^REPORT RequestId: ${requestId}\\t`, 'm');
}

/** `<ISO time>\t<request id>\t<LEVEL>\t<message>`: one console call inside the handler. */
export function appLine(requestId: string, level: string, message: string): RegExp {
  return line(`${appPrefix(requestId, level)}${escapeRegExp(message)}`);
}

/** An app line whose message starts with `start`; group 1 is the rest of its message. */
export function appLineStartingWith(requestId: string, level: string, start: string): RegExp {
  return line(`${appPrefix(requestId, level)}${escapeRegExp(start)}(.*)`);
}

function appPrefix(requestId: string, level: string): string {
  return `${ISO_TIME}\\t${requestId}\\t${level}\\t`;
}

/** The request id of the first START line, which every later line of that invoke repeats. */
export function firstRequestId(logs: string): string {
  const match = startLine(`(${UUID})`).exec(logs);
  if (!match?.[1]) throw new Error(`No START line in the logs:\n${logs}`);
  return match[1];
}

export interface Report {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMB: number;
  /** A number of MB, or `—` where the browser cannot measure the heap. */
  maxMemoryUsed: string;
  initDurationMs?: number;
  /** `timeout`, or `error` when the runtime failed (then with `errorType`). */
  status?: string;
  errorType?: string;
}

const REPORT = line(
  `REPORT RequestId: (${UUID})\\tDuration: ${MS}\\tBilled Duration: (\\d+) ms` +
    `\\tMemory Size: (\\d+) MB\\tMax Memory Used: (\\d+|—) MB` +
    `(?:\\tInit Duration: ${MS})?(?:\\tStatus: (\\w+))?(?:\\tError Type: ([\\w.]+))?`,
);

/** Reads a REPORT line field by field; throws when the line is not exactly Lambda's shape. */
export function parseReport(text: string): Report {
  const match = REPORT.exec(text);
  if (!match) throw new Error(`Not a REPORT line in Lambda's format: ${JSON.stringify(text)}`);
  const [, requestId, duration, billed, memory, maxUsed, init, status, errorType] = match;
  return {
    requestId: requestId!,
    durationMs: Number(duration),
    billedDurationMs: Number(billed),
    memorySizeMB: Number(memory),
    maxMemoryUsed: maxUsed!,
    ...(init !== undefined && { initDurationMs: Number(init) }),
    ...(status !== undefined && { status }),
    ...(errorType !== undefined && { errorType }),
  };
}

/**
 * Written when INIT fails (docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html,
 * "Failures during the Init phase"), e.g. `INIT_REPORT Init Duration: 150.79 ms\tPhase: init\t
 * Status: error\tError Type: Runtime.UserCodeSyntaxError`; `Phase: invoke` when its retry inside
 * the first invoke (a suppressed init) fails too.
 */
export function initReportLine(errorType: string, phase: 'init' | 'invoke' = 'init'): RegExp {
  return line(
    `INIT_REPORT Init Duration: ${MS}\\tPhase: ${phase}\\tStatus: error\\tError Type: ${escapeRegExp(errorType)}`,
  );
}

/**
 * What AWS bills since August 2025: Duration plus Init Duration, rounded up to the next ms
 * (docs/aws-lambda.md#billed-duration). The line prints both to 0.01 ms, so each may be off by
 * half of that.
 */
export function billedRange(report: Report): { min: number; max: number } {
  const exact = report.durationMs + (report.initDurationMs ?? 0);
  return { min: Math.ceil(exact - 0.01), max: Math.ceil(exact + 0.01) };
}
