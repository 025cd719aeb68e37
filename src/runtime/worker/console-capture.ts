// The console Lambda's Node.js runtime installs: each call becomes one log line with a level
// (log/info → INFO, warn → WARN, error → ERROR, debug → DEBUG, trace → TRACE, fatal → FATAL), its
// text formatted by util.format and newlines turned into `\r` (RIC src/LogPatch.js). In the JSON
// log format each call is one JSON line instead, and methods below the application log level do
// nothing (RIC src/logging/log-patch.ts). Node's other console methods reach these through
// `this.log`/`this.warn`, as they do on Lambda; console.dir and console.dirxml write to
// process.stdout themselves, so their text arrives raw.
import type { LogLevel } from '../../engine/types';
import { passesApplicationLevel } from '../../engine/functions/logging-config';
import { tableText } from './console-table';
import { formatJsonLine } from './json-log-line';
import { format } from './node/format';
import { inspect } from './node/inspect';
import type { InspectOptions } from './node/inspect';

/** A console line: the util.format'ed message, or with `verbatim` the whole (JSON) line. */
export type WriteLine = (level: LogLevel, message: string, verbatim?: boolean) => void;

/** The JSON log format's settings, as the runtime reads them from AWS_LAMBDA_LOG_FORMAT/LEVEL. */
export interface JsonStyle {
  /** Lines of a less severe level are not written. */
  level: LogLevel;
  requestId(): string | undefined;
  /** Date.now(): the line's timestamp. */
  wallNow(): number;
}

export interface ConsoleOptions {
  json?: JsonStyle;
  /** Where Node's own writes to process.stdout go (console.dir, console.dirxml). */
  stdout?: (text: string) => void;
}

type ConsoleMethod = (...args: unknown[]) => void;
export type ConsoleTarget = Record<string, unknown>;

const LEVELS = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO',
  log: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'FATAL',
} as const satisfies Record<string, LogLevel>;

/** console.timeEnd's duration text, as Node prints it (`1.234ms`, `2.500s`, `1:02.345 (m:ss.mmm)`). */
export function formatDuration(ms: number): string {
  if (ms >= 60_000) {
    const minutes = Math.floor(ms / 60_000);
    const seconds = ((ms % 60_000) / 1000).toFixed(3).padStart(6, '0');
    return `${minutes}:${seconds} (m:ss.mmm)`;
  }
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

export function patchConsole(
  target: ConsoleTarget,
  write: WriteLine,
  now: () => number,
  options: ConsoleOptions = {},
): void {
  const { json } = options;
  const line = (level: LogLevel): ConsoleMethod => {
    if (!json) return (...args) => write(level, format(...args).replace(/\n/g, '\r'));
    if (!passesApplicationLevel(level, json.level)) return () => undefined;
    return (...args) => {
      const timestamp = new Date(json.wallNow()).toISOString();
      write(level, formatJsonLine(timestamp, json.requestId(), level, args), true);
    };
  };
  const stdout = options.stdout ?? ((text: string) => write('INFO', text.replace(/\n$/, '')));
  for (const [name, level] of Object.entries(LEVELS)) target[name] = line(level);
  const log = line('INFO');
  const warn = line('WARN');

  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const elapsed = (label: string, method: string): string | undefined => {
    const start = timers.get(label);
    if (start === undefined) {
      warn(`Warning: No such label '${label}' for console.${method}()`);
      return undefined;
    }
    return formatDuration(now() - start);
  };

  Object.assign(target, {
    dir: (value: unknown, inspectOptions?: InspectOptions) =>
      stdout(`${inspect(value, { customInspect: false, ...inspectOptions })}\n`),
    dirxml: (...data: unknown[]) => stdout(`${format(...data)}\n`),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (condition) return;
      if (typeof args[0] === 'string') warn(`Assertion failed: ${args[0]}`, ...args.slice(1));
      else warn('Assertion failed', ...args);
    },
    count: (label = 'default') => {
      const count = (counts.get(`${label}`) ?? 0) + 1;
      counts.set(`${label}`, count);
      log(`${label}: ${count}`);
    },
    countReset: (label = 'default') => counts.delete(`${label}`),
    time: (label = 'default') => {
      if (timers.has(`${label}`))
        warn(`Warning: Label '${label}' already exists for console.time()`);
      else timers.set(`${label}`, now());
    },
    timeEnd: (label = 'default') => {
      const text = elapsed(`${label}`, 'timeEnd');
      timers.delete(`${label}`);
      if (text !== undefined) log('%s: %s', label, text);
    },
    timeLog: (label = 'default', ...data: unknown[]) => {
      const text = elapsed(`${label}`, 'timeLog');
      if (text !== undefined) log('%s: %s', label, text, ...data);
    },
    // Lambda's patched console.log ignores group indentation; grouping only prints the label.
    group: (...label: unknown[]) => label.length > 0 && log(...label),
    groupCollapsed: (...label: unknown[]) => label.length > 0 && log(...label),
    groupEnd: () => undefined,
    table: (data: unknown, properties?: readonly string[]) => {
      const text = tableText(data, properties);
      if (text === null) log(data);
      else log(text);
    },
  });
}
