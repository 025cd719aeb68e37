// How Node's util.inspect lays entries out: on one line when they fit, in aligned columns for long
// arrays of short items, otherwise one entry per line (reduceToSingleString, groupArrayElements).

export interface LayoutContext {
  indentationLvl: number;
  currentDepth: number;
  breakLength: number;
  compact: number;
}

export type Braces = [open: string, close: string];

function isBelowBreakLength(ctx: LayoutContext, output: string[], start: number, base: string) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

/**
 * Joins formatted entries into the final text. `isArrayLike` marks lists whose entries are values
 * only (arrays, typed arrays); `recurseTimes` is the depth of the value being closed.
 */
export function reduceToSingleString(
  ctx: LayoutContext,
  entries: string[],
  base: string,
  braces: Braces,
  isArrayLike: boolean,
  recurseTimes: number,
  numeric: boolean,
): string {
  let output = entries;
  if (isArrayLike && entries.length > 6) output = groupArrayElements(ctx, entries, numeric);
  const prefix = base ? `${base} ` : '';
  // Only the innermost `compact` levels may share a line, and never once grouped into columns.
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries.length === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) return `${prefix}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${prefix}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

/**
 * Arranges many short entries in columns, as close to a square as a 2.5:1 character allows.
 * `numeric` right-aligns the columns (every entry is a number or bigint).
 */
function groupArrayElements(ctx: LayoutContext, output: string[], numeric: boolean): string[] {
  const separatorSpace = 2;
  // A trailing "... n more items" is not part of the grid.
  const outputLength = output[output.length - 1]?.startsWith('... ')
    ? output.length - 1
    : output.length;
  let totalLength = 0;
  let maxLength = 0;
  for (let i = 0; i < outputLength; i++) {
    const length = output[i]?.length ?? 0;
    totalLength += length + separatorSpace;
    if (maxLength < length) maxLength = length;
  }
  const actualMax = maxLength + separatorSpace;
  if (
    actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
    (totalLength / actualMax <= 5 && maxLength > 6)
  ) {
    return output;
  }
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;
  const columnWidths: number[] = [];
  for (let column = 0; column < columns; column++) {
    let width = 0;
    for (let j = column; j < outputLength; j += columns) {
      width = Math.max(width, output[j]?.length ?? 0);
    }
    columnWidths.push(width + separatorSpace);
  }
  const rows: string[] = [];
  for (let i = 0; i < outputLength; i += columns) {
    const end = Math.min(i + columns, outputLength);
    let row = '';
    for (let j = i; j < end - 1; j++) {
      const cell = `${output[j]}, `;
      const width = columnWidths[j - i] ?? 0;
      row += numeric ? cell.padStart(width) : cell.padEnd(width);
    }
    const last = output[end - 1] ?? '';
    row += numeric ? last.padStart((columnWidths[end - 1 - i] ?? 0) - separatorSpace) : last;
    rows.push(row);
  }
  if (outputLength < output.length) rows.push(output[outputLength] ?? '');
  return rows;
}
