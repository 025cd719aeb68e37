// How much log text one request (or INIT) may send to the page. CloudWatch Logs caps one event at
// 256 KB (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html: 262,144
// bytes including 26 bytes of overhead), so a longer line is cut there rather than sent whole. CloudWatch keeps every line; the playground keeps the first lines of each request and
// then says how it stopped, so a handler logging in an endless loop cannot flood the page.

/** Characters one log line keeps; UTF-16 units stand in for bytes (exact for ASCII). */
export const MAX_LINE_CHARS = 262_144 - 26;
export const MAX_LINES_PER_REQUEST = 1000;
export const MAX_CHARS_PER_REQUEST = 1_048_576;

export const TRUNCATED_MARK = ' … [truncated: CloudWatch keeps at most 256 KB per log event]';

export const FLOOD_NOTE = `[playground] This request wrote more than ${MAX_LINES_PER_REQUEST.toLocaleString('en-US')} lines or 1 MB of logs; the rest are not shown, so the page stays responsive (CloudWatch would keep them).`;

export type Admission =
  /** Send this text (cut to 256 KB if it was longer). */
  | { kind: 'line'; message: string }
  /** The budget just ran out: send the note instead, and nothing more. */
  | { kind: 'note'; message: string }
  | { kind: 'drop' };

export interface LogBudget {
  admit(message: string): Admission;
  /** A new request (or INIT) starts with a full budget. */
  reset(): void;
}

export function createLogBudget(): LogBudget {
  let lines = 0;
  let chars = 0;
  let spent = false;
  return {
    admit(message) {
      if (spent) return { kind: 'drop' };
      const line =
        message.length > MAX_LINE_CHARS
          ? message.slice(0, MAX_LINE_CHARS) + TRUNCATED_MARK
          : message;
      lines += 1;
      chars += line.length;
      if (lines > MAX_LINES_PER_REQUEST || chars > MAX_CHARS_PER_REQUEST) {
        spent = true;
        return { kind: 'note', message: FLOOD_NOTE };
      }
      return { kind: 'line', message: line };
    },
    reset() {
      lines = 0;
      chars = 0;
      spent = false;
    },
  };
}
