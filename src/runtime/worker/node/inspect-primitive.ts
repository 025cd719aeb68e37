// How Node's util.inspect writes primitives: quoted and escaped strings, -0, bigint, symbols.

/** The escape Node prints for each control character, quote and backslash (lib/internal/util/inspect.js `meta`). */
const ESCAPES: readonly string[] = Array.from({ length: 160 }, (_, code) => {
  const named: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };
  if (named[code] !== undefined) return named[code];
  if (code === 39) return "\\'";
  if (code === 92) return '\\\\';
  return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
});

/** Strings longer than this may be split at their line breaks (Node's kMinLineWidth). */
const MIN_LINE_WIDTH = 16;

function needsEscape(code: number, quote: string): boolean {
  return (code === 39 && quote === "'") || code === 92 || code < 32 || (code > 126 && code < 160);
}

/** Quotes a string as Node does: single quotes, unless the text holds one and another quote is free. */
export function quoteString(text: string): string {
  let quote = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) quote = '"';
    else if (!text.includes('`') && !text.includes('${')) quote = '`';
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (needsEscape(code, quote)) {
      out += text.slice(last, i) + ESCAPES[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      // A lone surrogate cannot be printed; Node shows its code unit.
      out += `${text.slice(last, i)}\\u${code.toString(16)}`;
      last = i + 1;
    }
  }
  return quote + out + text.slice(last) + quote;
}

export function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : `${value}`;
}

export interface PrimitiveLayout {
  indentationLvl: number;
  breakLength: number;
  maxStringLength: number;
}

/** Any non-object value as util.inspect prints it inside a larger structure. */
export function formatPrimitive(value: unknown, layout: PrimitiveLayout): string {
  switch (typeof value) {
    case 'string':
      return formatString(value, layout);
    case 'number':
      return formatNumber(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    default:
      return String(value);
  }
}

function formatString(value: string, layout: PrimitiveLayout): string {
  let text = value;
  let trailer = '';
  if (text.length > layout.maxStringLength) {
    const remaining = text.length - layout.maxStringLength;
    text = text.slice(0, layout.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // Long multi-line strings are printed one line per piece, joined with `+` like source code.
  if (
    text.length > MIN_LINE_WIDTH &&
    text.length > layout.breakLength - layout.indentationLvl - 4
  ) {
    const joiner = ` +\n${' '.repeat(layout.indentationLvl + 2)}`;
    return (
      text
        .split(/(?<=\n)/)
        .map(quoteString)
        .join(joiner) + trailer
    );
  }
  return quoteString(text) + trailer;
}
