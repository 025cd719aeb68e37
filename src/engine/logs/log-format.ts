// CloudWatch text-format lines, exactly as Lambda writes them (docs/aws-lambda.md#log-format).
import type { InvocationReport, LambdaError, LogEntry, LogRecord, Runtime } from '../types';

/**
 * `<ISO time>\t<requestId>\t<LEVEL>\t<message>`; the request id prints `undefined` during INIT.
 * A verbatim record is its message alone.
 */
export function formatAppLine(record: LogRecord): string {
  // A JSON-format line, or raw stdout/stderr text: the runtime wrote the whole line itself.
  if (record.verbatim) return record.message;
  const time = new Date(record.time).toISOString();
  return `${time}\t${String(record.requestId)}\t${record.level}\t${record.message}`;
}

export function startLine(requestId: string): string {
  return `START RequestId: ${requestId} Version: $LATEST`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

/**
 * `601.73 ms`: exactly what `toFixed(2)` prints for a duration (non-negative, far below 2^53 / 100),
 * at a fraction of its cost on the warm path, which formats one per invoke. Near-halves such as
 * 2.675 (really 2.67499…) go to toFixed, which rounds the exact binary value as AWS's printf does.
 */
function ms(value: number): string {
  const scaled = value * 100;
  const hundredths = Math.round(scaled);
  if (Math.abs(hundredths - scaled) > 0.499) return `${value.toFixed(2)} ms`;
  const fraction = hundredths % 100;
  return `${(hundredths - fraction) / 100}.${fraction < 10 ? '0' : ''}${fraction} ms`;
}

/**
 * The browser often cannot measure heap use (InvokeOutcome.maxMemoryUsedMB is null). Rather than
 * invent a figure the line keeps its shape and shows a dash; the UI explains why.
 */
export const UNMEASURED_MEMORY = '—';

/**
 * Field order and the `Status`/`Error Type` suffixes follow AWS's "new style" REPORT line
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html, "Failures during
 * the invoke phase"): `Status: timeout` on timeouts, `Status: error\tError Type: <type>` when the
 * runtime crashed or failed to initialize. A handler's own error leaves the line plain.
 */
export function reportLine(report: InvocationReport): string {
  const memoryUsed = report.maxMemoryUsedMB ?? UNMEASURED_MEMORY;
  let line =
    `REPORT RequestId: ${report.requestId}\tDuration: ${ms(report.durationMs)}` +
    `\tBilled Duration: ${report.billedDurationMs} ms\tMemory Size: ${report.memorySizeMB} MB` +
    `\tMax Memory Used: ${memoryUsed} MB`;
  if (report.initDurationMs !== undefined) line += `\tInit Duration: ${ms(report.initDurationMs)}`;
  if (report.status !== undefined) line += `\tStatus: ${report.status}`;
  if (report.errorType !== undefined) line += `\tError Type: ${report.errorType}`;
  return line;
}

// Illustrative runtime versions: real ones change with every runtime release AWS ships. The
// ARN hashes are made up in AWS's format (64 hex digits).
const RUNTIME_VERSIONS: Record<Runtime, { version: string; arnHash: string }> = {
  'nodejs22.x': {
    version: 'nodejs:22.v53',
    arnHash: '95d7f2a1c4e8b3069d1f7a2e5c8b40f3d6a9e1c2b5f8047a3d6e9c1b4f7a0d2e',
  },
  'nodejs24.x': {
    version: 'nodejs:24.v44',
    arnHash: '3c1e9a7f5d2b8046e1c3a5f7d9b2e4068a1c3e5f7b9d2046c8e0a2f4b6d8e1a3',
  },
  'python3.14': {
    version: 'python:3.14.v21',
    arnHash: 'b7e2d4f6a8c0e1b3d5f7092a4c6e8b0d2f4a6c8e0b2d4f6a8c1e3b5d7f9a0c2e',
  },
};

/** The runtime version INIT_START names, and its ARN. */
export function runtimeVersionOf(runtime: Runtime): { version: string; arn: string } {
  const { version, arnHash } = RUNTIME_VERSIONS[runtime];
  return { version, arn: `arn:aws:lambda:us-east-1::runtime:${arnHash}` };
}

export function initStartLine(runtime: Runtime): string {
  const { version, arn } = runtimeVersionOf(runtime);
  return `INIT_START Runtime Version: ${version}\tRuntime Version ARN: ${arn}`;
}

/**
 * Written when INIT fails (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html,
 * "Failures during the Init phase"), e.g.
 * `INIT_REPORT Init Duration: 150.79 ms\tPhase: init\tStatus: error\tError Type: Runtime.UserCodeSyntaxError`.
 */
export function initReportLine(report: {
  initDurationMs: number;
  phase: 'init' | 'invoke';
  status: 'error' | 'timeout';
  errorType?: string;
}): string {
  let line = `INIT_REPORT Init Duration: ${ms(report.initDurationMs)}\tPhase: ${report.phase}`;
  line += `\tStatus: ${report.status}`;
  if (report.errorType !== undefined) line += `\tError Type: ${report.errorType}`;
  return line;
}

/**
 * A provisioned environment's INIT, reported on its own since no request's REPORT carries it, e.g.
 * `INIT_REPORT Init Duration: 412.55 ms` (docs/aws-lambda.md#provisioned-concurrency).
 */
export function provisionedInitReportLine(initDurationMs: number): string {
  return `INIT_REPORT Init Duration: ${ms(initDurationMs)}`;
}

/**
 * The message of the ERROR line the Node.js runtime writes for an error it caught, e.g.
 * `Uncaught Exception \t{"errorType":…,"errorMessage":…,"stack":[…]}`: util.format joins the label
 * and the tab-prefixed JSON with a space, and the log calls the trace `stack` (RIC `LogPatch.js`,
 * `Errors.toFormatted`; docs/aws-lambda.md#results-and-errors).
 */
export function errorLogMessage(label: string, error: LambdaError): string {
  const json = JSON.stringify({
    errorType: error.errorType,
    errorMessage: error.errorMessage,
    stack: error.trace,
  });
  return `${label} \t${json}`;
}

export function formatLogEntry(entry: LogEntry): string {
  return entry.kind === 'app' ? formatAppLine(entry.record) : entry.text;
}
