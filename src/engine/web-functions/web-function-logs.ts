// A Web Function's log lines: always JSON, in /aws/lambda/web/<function>. The program's lines get
// requestId, endpointName and region added; the platform writes `platform.*` records
// (docs/web-functions.md#logs).
import { REGION } from '../async/invocation-record';
import type { WebProgramLog } from './web-program-port';

export function webLogGroupName(functionName: string): string {
  return `/aws/lambda/web/${functionName}`;
}

/**
 * The stream an environment writes to. AWS's naming for Web Functions is not published; this
 * follows Event Functions' `date/[version]hex`, with the revision where the version stands.
 */
export function webLogStreamName(timeMs: number, revisionId: string, hex: string): string {
  const date = new Date(timeMs);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}/${month}/${day}/[${revisionId}]${hex}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A `lambda-web-request-id`: 26 characters of base32 (`NF5U6CMIUAWPER24GXDNDEZSVU` in AWS's
 * example), here the 128 bits of a UUID from the engine's id source, so tests get stable ids.
 */
export function webRequestId(uuid: string): string {
  let bits = BigInt(`0x${uuid.replaceAll('-', '')}`);
  let id = '';
  for (let i = 0; i < 26; i++) {
    id = BASE32[Number(bits & 31n)] + id;
    bits >>= 5n;
  }
  return id;
}

/**
 * A line of the program's, as Lambda ships it: a module-load line (no request) carries timestamp,
 * level, message and region; a line written for a request adds requestId and endpointName.
 */
export function programLogLine(time: number, line: WebProgramLog, endpointName: string): string {
  const base = {
    timestamp: new Date(time).toISOString(),
    level: line.level,
    message: line.message,
  };
  if (line.requestId === undefined) return JSON.stringify({ ...base, region: REGION });
  return JSON.stringify({ ...base, requestId: line.requestId, endpointName, region: REGION });
}

export type InvokeStatus = 'success' | 'error' | 'timeout';

export type WebPlatformRecord =
  | { type: 'initStart'; functionName: string; revisionId: string }
  | {
      type: 'initReport';
      status: 'success' | 'failure';
      errorType?: string;
      durationMs: number;
    }
  | { type: 'invokeStart'; requestId: string; revisionId: string }
  | {
      type: 'invokeSummary';
      requestId: string;
      status: InvokeStatus;
      statusCode: number;
      errorType?: string;
      durationMs: number;
    };

/** Telemetry figures carry at most microseconds. */
const ms = (value: number) => Math.round(value * 1000) / 1000;

function bodyOf(record: WebPlatformRecord): Record<string, unknown> {
  switch (record.type) {
    case 'initStart':
      return {
        // What AWS_LAMBDA_INITIALIZATION_TYPE holds in a Web Function's environment.
        initializationType: 'native-http',
        phase: 'init',
        functionName: record.functionName,
        revisionId: record.revisionId,
      };
    case 'initReport': {
      const body: Record<string, unknown> = {
        initializationType: 'native-http',
        phase: 'init',
        status: record.status,
      };
      if (record.errorType !== undefined) body.errorType = record.errorType;
      body.metrics = { durationMs: ms(record.durationMs) };
      return body;
    }
    case 'invokeStart':
      return { requestId: record.requestId, revisionId: record.revisionId };
    case 'invokeSummary': {
      const body: Record<string, unknown> = {
        requestId: record.requestId,
        status: record.status,
        statusCode: record.statusCode,
      };
      if (record.errorType !== undefined) body.errorType = record.errorType;
      body.metrics = { durationMs: ms(record.durationMs) };
      return body;
    }
  }
}

/** One `platform.*` record as a log line: `{"time":…,"type":"platform.initReport","record":{…}}`. */
export function platformLogLine(time: number, record: WebPlatformRecord): string {
  return JSON.stringify({
    time: new Date(time).toISOString(),
    type: `platform.${record.type}`,
    record: bodyOf(record),
  });
}
