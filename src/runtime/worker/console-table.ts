// console.table's text as Node draws it (lib/internal/console/constructor.js `table`, and
// lib/internal/cli_table.js): an `(index)` column, one column per key, cells inspected on one line
// and left-aligned in box-drawing borders. Node then hands the table to console.log.
import { inspect } from './node/inspect';

const INDEX = '(index)';
const ITERATION_INDEX = '(iteration index)';
const KEY = 'Key';
const VALUES = 'Values';

/**
 * Columns as wide as their widest cell. Node counts terminal columns (wide CJK characters as 2);
 * here a code point is one column, exact for the Latin text and numbers tables usually hold.
 */
const width = (text: string) => [...text].length;

function renderRow(row: readonly string[], widths: readonly number[]): string {
  const cells = row.map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell)));
  return `│ ${cells.join(' │ ')} │`;
}

/** Node's cli_table: `head` names the columns, `columns[i]` holds column i's cells (sparse). */
export function drawTable(head: readonly string[], columns: ReadonlyArray<readonly string[]>) {
  const rowCount = Math.max(...columns.map((column) => column.length));
  const widths = head.map((h) => width(h));
  const rows: string[][] = Array.from({ length: rowCount }, () => []);
  head.forEach((_, i) => {
    for (let j = 0; j < rowCount; j++) {
      const value = Object.hasOwn(columns[i]!, j) ? columns[i]![j]! : '';
      rows[j]![i] = value;
      widths[i] = Math.max(widths[i]!, width(value));
    }
  });
  const divider = widths.map((w) => '─'.repeat(w + 2));
  return [
    `┌${divider.join('┬')}┐`,
    renderRow(head, widths),
    `├${divider.join('┼')}┤`,
    ...rows.map((row) => renderRow(row, widths)),
    `└${divider.join('┴')}┘`,
  ].join('\n');
}

/** A cell's text: one line, nested objects collapsed unless the value is a small object. */
function cell(value: unknown): string {
  const depth =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value).length > 2
        ? -1
        : 0
      : 0;
  return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity });
}

/** An array index, as an object orders its keys: a canonical integer below 2^32 - 1. */
const isIndex = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

const indexes = (length: number) => Array.from({ length }, (_, i) => cell(i));

/**
 * What console.table(data, properties) prints, or null when Node would print the data as
 * console.log does (a primitive, or null).
 */
export function tableText(data: unknown, properties?: readonly string[]): string | null {
  if (data === null || typeof data !== 'object') return null;
  if (data instanceof Map) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [key, value] of data) {
      keys.push(cell(key));
      values.push(cell(value));
    }
    return drawTable([ITERATION_INDEX, KEY, VALUES], [indexes(keys.length), keys, values]);
  }
  if (data instanceof Set) {
    const values = [...data].map(cell);
    return drawTable([ITERATION_INDEX, VALUES], [indexes(values.length), values]);
  }
  // Keyed in a Map, where Node uses an object without a prototype: a column may be `constructor`.
  const columns = new Map<string, string[]>();
  const primitives: string[] = [];
  let hasPrimitives = false;
  const rowKeys = Object.keys(data);
  rowKeys.forEach((rowKey, i) => {
    const item: unknown = (data as Record<string, unknown>)[rowKey];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitives[i] = cell(item);
      return;
    }
    const keys = properties ?? Object.keys(item as object);
    for (const key of keys) {
      const column = columns.get(key) ?? [];
      columns.set(key, column);
      const has = !primitive && Object.hasOwn(item as object, key);
      column[i] = has ? cell((item as Record<string, unknown>)[key]) : '';
    }
  });
  // Node collects columns in an object, so integer-like keys come first, in ascending order.
  const keys = [...columns.keys()];
  const ordered = [
    ...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)),
    ...keys.filter((k) => !isIndex(k)),
  ];
  const head = [INDEX, ...ordered];
  const body = [rowKeys, ...ordered.map((key) => columns.get(key)!)];
  if (hasPrimitives) {
    head.push(VALUES);
    body.push(primitives);
  }
  return drawTable(head, body);
}
