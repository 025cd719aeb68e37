// The log format and level the runtime reads at start-up from the variables Lambda sets for the
// function's LoggingConfig (RIC src/utils/env.ts: determineLogFormat, determineLogLevel), and how
// it treats text the code writes to process.stdout / process.stderr itself.
import type { LogLevel } from '../../engine/types';
import {
  APPLICATION_LOG_LEVELS,
  passesApplicationLevel,
} from '../../engine/functions/logging-config';
import type { JsonStyle } from './console-capture';

/** JSON when AWS_LAMBDA_LOG_FORMAT says so (any case); the level defaults to TRACE, as the RIC's. */
export function jsonLevelOf(env: Record<string, string>): LogLevel | null {
  if (env.AWS_LAMBDA_LOG_FORMAT?.toUpperCase() !== 'JSON') return null;
  const wanted = env.AWS_LAMBDA_LOG_LEVEL?.toUpperCase();
  return APPLICATION_LOG_LEVELS.find((level) => level === wanted) ?? 'TRACE';
}

/**
 * The level Lambda gives a line the code wrote to stdout/stderr in JSON mode: the `level` key of a
 * JSON object (any case), INFO when there is none or it is not a level
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-log-level.html).
 */
export function rawLineLevel(text: string): LogLevel {
  if (!text.trimStart().startsWith('{')) return 'INFO';
  try {
    const parsed: unknown = JSON.parse(text);
    const level =
      parsed !== null && typeof parsed === 'object'
        ? (parsed as Record<string, unknown>).level
        : undefined;
    const wanted = typeof level === 'string' ? level.toUpperCase() : '';
    return APPLICATION_LOG_LEVELS.find((l) => l === wanted) ?? 'INFO';
  } catch {
    return 'INFO';
  }
}

/**
 * Raw stream text as log lines: one line per `\n`, written as is (Lambda adds no time, request id
 * or level to them). In JSON mode a line below the application level is dropped.
 */
export function rawLines(
  stream: 'stdout' | 'stderr',
  text: string,
  json: JsonStyle | undefined,
): Array<{ level: LogLevel; text: string }> {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.flatMap((line) => {
    if (!json) return [{ level: stream === 'stdout' ? 'INFO' : 'ERROR', text: line }];
    const level = rawLineLevel(line);
    return passesApplicationLevel(level, json.level) ? [{ level, text: line }] : [];
  });
}
