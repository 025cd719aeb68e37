// What the benchmark prints and writes: a fixed-width table (figures, ratios, verdicts) and the
// same numbers as JSON under stable names.
import type { FigureName, Figures, RatioName, Verdict } from './figures';
import { FIGURES, judge, ratios, RATIOS } from './figures';
import type { Machine } from './machine';
import { machineLine } from './machine';
import type { Summary } from './stats';

export interface BenchReport {
  mode: 'full' | 'quick';
  date: string;
  machine: Machine;
  figures: Record<FigureName, Summary | null>;
  ratios: Record<RatioName, { p50: number; p95: number } | null>;
  targets: Array<{
    name: string;
    target: string;
    value: number | null;
    limit: number | null;
    pass: boolean | null;
  }>;
  /** Measurements that failed; their figures are null. */
  errors: string[];
}

/** Few significant digits, thousands grouped: 0.104, 12.3, 456, 41,230. */
export function formatNumber(value: number): string {
  const digits =
    Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * `≤ 1.50`, or `≥ 0.250 × raw.throughputPerSec = 10,230` once the other figure is known, or
 * `≤ 5.00 × raw.rttMs + 20.0 = 20.3` with a fixed amount added.
 */
export function targetText(verdict: Verdict): string {
  const { target, limit } = verdict;
  const bound = `${target.op} ${formatNumber(target.bound)}`;
  if (!target.times) return bound;
  const plus = target.plus === undefined ? '' : ` + ${formatNumber(target.plus)}`;
  return `${bound} × ${target.times}${plus}${limit === null ? '' : ` = ${formatNumber(limit)}`}`;
}

type TargetRow = BenchReport['targets'][number];

function verdictText(row: TargetRow | undefined): string[] {
  if (!row) return ['', ''];
  const mark = row.pass === null ? '– not measured' : row.pass ? '✓ pass' : '✗ MISS';
  return [row.target, mark];
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  // Numbers (columns 1–3) line up on the right, words on the left.
  const cell = (text: string, column: number) =>
    column >= 1 && column <= 3 ? text.padStart(widths[column]!) : text.padEnd(widths[column]!);
  return rows.map((row) => row.map(cell).join('  ').trimEnd()).join('\n');
}

export function formatTable(report: BenchReport): string {
  const verdicts = report.targets;
  const verdictOf = (name: string) => verdicts.find((row) => row.name === name);
  const rows: string[][] = [['figure', 'p50', 'p95', 'n', 'target (on p50)', 'result']];
  for (const name of Object.keys(FIGURES) as FigureName[]) {
    const figure = report.figures[name];
    const numbers = figure
      ? [formatNumber(figure.p50), formatNumber(figure.p95), String(figure.n)]
      : ['—', '—', ''];
    rows.push([name, ...numbers, ...verdictText(verdictOf(name))]);
  }
  for (const [top, base] of RATIOS) {
    const name: RatioName = `${top} / ${base}`;
    const ratio = report.ratios[name];
    const numbers = ratio ? [formatNumber(ratio.p50), formatNumber(ratio.p95), ''] : ['—', '—', ''];
    rows.push([name, ...numbers, ...verdictText(verdictOf(name))]);
  }
  const misses = verdicts.filter((row) => row.pass === false).length;
  const passes = verdicts.filter((row) => row.pass === true).length;
  return [
    `Serverless Playground benchmark (${report.mode}), ${report.date}`,
    `Machine: ${machineLine(report.machine)}`,
    '',
    pad(rows),
    '',
    `${passes} of ${verdicts.length} targets met, ${misses} missed.`,
    ...report.errors.map((error) => `Not measured: ${error}`),
  ].join('\n');
}

export function buildReport(options: {
  mode: BenchReport['mode'];
  date: Date;
  machine: Machine;
  figures: Figures;
  errors: string[];
}): BenchReport {
  const { figures } = options;
  const measuredRatios = ratios(figures);
  return {
    mode: options.mode,
    date: options.date.toISOString(),
    machine: options.machine,
    figures: Object.fromEntries(
      (Object.keys(FIGURES) as FigureName[]).map((name) => [name, figures[name] ?? null]),
    ) as BenchReport['figures'],
    ratios: Object.fromEntries(
      RATIOS.map(([top, base]) => [`${top} / ${base}`, measuredRatios[`${top} / ${base}`] ?? null]),
    ) as BenchReport['ratios'],
    targets: judge(figures).map((verdict) => ({
      name: verdict.target.name,
      target: targetText(verdict),
      value: verdict.value,
      limit: verdict.limit,
      pass: verdict.pass,
    })),
    errors: options.errors,
  };
}
