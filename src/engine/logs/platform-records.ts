// The platform's own lines (INIT_START, START, END, REPORT, INIT_REPORT) in the function's log
// format. Text: the lines of log-format.ts. JSON: Telemetry API events, one JSON object a line,
// kept or dropped by the function's system log level (docs/aws-lambda.md#json-log-format-and-log-levels).
import { loggingOf, passesApplicationLevel, passesSystemLevel } from '../functions/logging-config';
import type { FunctionConfig, InvocationReport, LambdaError, SystemLogLevel } from '../types';
import {
  endLine,
  errorLogMessage,
  initReportLine,
  initStartLine,
  provisionedInitReportLine,
  reportLine,
  runtimeVersionOf,
  startLine,
} from './log-format';

/** How a request ended, as the platform.runtimeDone and platform.report records say it. */
export type RecordStatus = 'success' | 'error' | 'timeout';

export type PlatformRecord =
  /** `provisioned`: a provisioned-concurrency environment's INIT, not an on-demand one's. */
  | { type: 'initStart'; provisioned?: boolean }
  | { type: 'start'; requestId: string }
  /** END in Text; platform.runtimeDone in JSON. */
  | {
      type: 'runtimeDone';
      requestId: string;
      status: RecordStatus;
      durationMs: number;
      errorType?: string;
    }
  | { type: 'report'; report: InvocationReport; status: RecordStatus }
  | {
      type: 'initReport';
      initDurationMs: number;
      phase: 'init' | 'invoke';
      status: 'error' | 'timeout';
      errorType?: string;
    }
  /**
   * A provisioned environment's INIT that succeeded: with no request to carry Init Duration on its
   * REPORT, the init is reported on its own (docs/aws-lambda.md#provisioned-concurrency).
   */
  | { type: 'provisionedInitReport'; initDurationMs: number };

const ACCOUNT_FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function';

/** Telemetry API figures carry at most microseconds: `18.593`, `1233.96`. */
const ms = (value: number) => Math.round(value * 1000) / 1000;

function textOf(record: PlatformRecord, config: FunctionConfig): string {
  switch (record.type) {
    case 'initStart':
      return initStartLine(config.runtime);
    case 'start':
      return startLine(record.requestId);
    case 'runtimeDone':
      return endLine(record.requestId);
    case 'report':
      return reportLine(record.report);
    case 'initReport': {
      const { initDurationMs, phase, status, errorType } = record;
      return initReportLine({ initDurationMs, phase, status, ...(errorType && { errorType }) });
    }
    case 'provisionedInitReport':
      return provisionedInitReportLine(record.initDurationMs);
  }
}

/** The record's type, its `record` object, and the level AWS's system-log-level mapping gives it. */
function eventOf(
  record: PlatformRecord,
  config: FunctionConfig,
): { type: string; body: Record<string, unknown>; level: SystemLogLevel } {
  const failed = (status: string) => status !== 'success';
  switch (record.type) {
    case 'initStart': {
      const { version, arn } = runtimeVersionOf(config.runtime);
      const body = {
        initializationType: record.provisioned === true ? 'provisioned-concurrency' : 'on-demand',
        phase: 'init',
        runtimeVersion: version,
        runtimeVersionArn: arn,
        functionName: config.name,
        functionVersion: '$LATEST',
        instanceMaxMemory: config.memoryMB * 1024 * 1024,
      };
      return { type: 'platform.initStart', body, level: 'INFO' };
    }
    case 'start': {
      const body = {
        requestId: record.requestId,
        functionArn: `${ACCOUNT_FUNCTION_ARN}:${config.name}`,
        version: '$LATEST',
      };
      return { type: 'platform.start', body, level: 'INFO' };
    }
    case 'runtimeDone': {
      const body: Record<string, unknown> = { requestId: record.requestId, status: record.status };
      if (record.errorType !== undefined) body.errorType = record.errorType;
      body.metrics = { durationMs: ms(record.durationMs) };
      return {
        type: 'platform.runtimeDone',
        body,
        level: failed(record.status) ? 'WARN' : 'DEBUG',
      };
    }
    case 'report': {
      const { report } = record;
      const metrics: Record<string, unknown> = {
        durationMs: ms(report.durationMs),
        billedDurationMs: report.billedDurationMs,
        memorySizeMB: report.memorySizeMB,
        // The browser cannot measure it: null, never an invented figure (the Text REPORT shows —).
        maxMemoryUsedMB: report.maxMemoryUsedMB,
      };
      if (report.initDurationMs !== undefined) metrics.initDurationMs = ms(report.initDurationMs);
      const body: Record<string, unknown> = {
        requestId: report.requestId,
        metrics,
        status: record.status,
      };
      if (report.errorType !== undefined) body.errorType = report.errorType;
      return { type: 'platform.report', body, level: failed(record.status) ? 'WARN' : 'INFO' };
    }
    case 'initReport': {
      const body: Record<string, unknown> = {
        initializationType: 'on-demand',
        phase: record.phase,
        status: record.status,
      };
      if (record.errorType !== undefined) body.errorType = record.errorType;
      body.metrics = { durationMs: ms(record.initDurationMs) };
      // A failed phase is WARN.
      return { type: 'platform.initReport', body, level: 'WARN' };
    }
    case 'provisionedInitReport': {
      const body = {
        initializationType: 'provisioned-concurrency',
        phase: 'init',
        status: 'success',
        metrics: { durationMs: ms(record.initDurationMs) },
      };
      return { type: 'platform.initReport', body, level: 'INFO' };
    }
  }
}

/**
 * The line the record puts in the log stream, or null when the function's system log level keeps
 * it out (JSON only: in Text every platform line is written, and there is no runtimeDone line
 * beyond END). `wallTime` is the record's `time` (epoch ms).
 */
export function platformLine(
  record: PlatformRecord,
  config: FunctionConfig,
  wallTime: number,
): string | null {
  const logging = loggingOf(config);
  if (logging.logFormat === 'Text') return textOf(record, config);
  const { type, body, level } = eventOf(record, config);
  if (!passesSystemLevel(level, logging.systemLogLevel)) return null;
  return JSON.stringify({ time: new Date(wallTime).toISOString(), type, record: body });
}

/**
 * The runtime's ERROR line for an INIT that failed, in the function's format: Text's
 * `Uncaught Exception \t{…}` (errorLogMessage), or in JSON the line the runtime writes for
 * `console.error(error)`, its `message` the error as errorType, errorMessage and stackTrace.
 * The request id is undefined during INIT, so JSON leaves the key out; an application log level
 * of FATAL drops the line, as it drops every console.error.
 */
export function initErrorMessage(
  error: LambdaError,
  config: FunctionConfig,
  wallTime: number,
): { message: string; verbatim: boolean } | null {
  const logging = loggingOf(config);
  if (logging.logFormat === 'Text') {
    return { message: errorLogMessage('Uncaught Exception', error), verbatim: false };
  }
  if (!passesApplicationLevel('ERROR', logging.applicationLogLevel)) return null;
  const line = JSON.stringify({
    timestamp: new Date(wallTime).toISOString(),
    level: 'ERROR',
    message: {
      errorType: error.errorType,
      errorMessage: error.errorMessage,
      stackTrace: error.trace,
    },
  });
  return { message: line, verbatim: true };
}
