// The command line of `npm run bench`: `--quick` for a short check run, `--json PATH` for a file,
// `--only PART` to measure one part while working on it.

/** The parts of a run, in the order they are measured. */
export const BENCH_PARTS = ['engine', 'page', 'first-load', 'memory', 'scale'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchArgs {
  quick: boolean;
  /** Where to write the figures as JSON; null writes none. */
  json: string | null;
  /** Serve the app already in dist/ (built by `npm run build`) instead of building it again. */
  prebuilt: boolean;
  /** The parts to measure; every part unless --only names some. */
  only: ReadonlySet<BenchPart> | null;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--json PATH] [--prebuilt] [--only PART,…]
  --quick      few repetitions: checks that the benchmark still works, in about a minute
  --json PATH  also write every figure, ratio and verdict to PATH as JSON
  --prebuilt   measure the app already in dist/ (after npm run build) instead of rebuilding it
  --only PART  measure only these parts (${BENCH_PARTS.join(', ')}); the rest report "not measured"`;

function parseParts(list: string | undefined): Set<BenchPart> {
  if (!list || list.startsWith('--'))
    throw new Error(`--only needs parts: ${BENCH_PARTS.join(', ')}`);
  const parts = new Set<BenchPart>();
  for (const name of list.split(',')) {
    const part = BENCH_PARTS.find((known) => known === name.trim());
    if (!part) throw new Error(`Unknown part ${name}: the parts are ${BENCH_PARTS.join(', ')}`);
    parts.add(part);
  }
  return parts;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, json: null, prebuilt: false, only: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--prebuilt') args.prebuilt = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--only') args.only = parseParts(argv[++i]);
    else if (arg.startsWith('--only=')) args.only = parseParts(arg.slice('--only='.length));
    else if (arg === '--json' || arg.startsWith('--json=')) {
      const path = arg === '--json' ? argv[++i] : arg.slice('--json='.length);
      if (!path || path.startsWith('--')) throw new Error('--json needs a file path');
      args.json = path;
    } else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  return args;
}
