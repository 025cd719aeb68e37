// A JSON-format log line read for display: an application line's level, request id and message,
// or a platform record's type and request id. Anything else (Text lines, raw output that is not
// a JSON object) reads as null and is shown as written.

export interface JsonLineView {
  /** `INFO`, `ERROR`, … for the function's lines; the record type (`platform.report`) for the platform's. */
  badge: string;
  requestId: string | undefined;
  /** The message as text: a string as is, anything else as compact JSON. */
  message: string;
  /** The whole line, indented, for the expandable view. */
  pretty: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A platform record's figures in a few words, e.g. `Duration 1.23 ms · Billed 2 ms`. */
function platformSummary(type: string, record: Record<string, unknown>): string {
  const metrics = (record.metrics ?? {}) as Record<string, unknown>;
  const figure = (label: string, key: string, unit: string) => {
    const value = Object.hasOwn(metrics, key) ? metrics[key] : undefined;
    return typeof value === 'number' ? `${label} ${value} ${unit}` : null;
  };
  const parts = [
    text(record.status) && `status ${text(record.status)}`,
    text(record.errorType),
    figure('Duration', 'durationMs', 'ms'),
    figure('Billed', 'billedDurationMs', 'ms'),
    figure('Memory', 'memorySizeMB', 'MB'),
    figure('Init', 'initDurationMs', 'ms'),
    type === 'platform.initStart' ? text(record.runtimeVersion) : null,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

export function readJsonLine(line: string): JsonLineView | null {
  if (!line.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const fields = parsed as Record<string, unknown>;
  const pretty = JSON.stringify(parsed, null, 2);
  const type = text(fields.type);
  if (type?.startsWith('platform.') && typeof fields.record === 'object' && fields.record) {
    const record = fields.record as Record<string, unknown>;
    const message = platformSummary(type, record);
    return { badge: type, requestId: text(record.requestId), message, pretty };
  }
  const level = text(fields.level);
  if (level === undefined) return null;
  const message =
    typeof fields.message === 'string' ? fields.message : (JSON.stringify(fields.message) ?? '');
  return { badge: level.toUpperCase(), requestId: text(fields.requestId), message, pretty };
}
