// The command line of `npm run bench`: `--quick` for a short check run, `--json PATH` for a file.

export interface BenchArgs {
  quick: boolean;
  /** Where to write the figures as JSON; null writes none. */
  json: string | null;
  /** Serve the app already in dist/ (built by `npm run build`) instead of building it again. */
  prebuilt: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--json PATH] [--prebuilt]
  --quick      few repetitions: checks that the benchmark still works, in about a minute
  --json PATH  also write every figure, ratio and verdict to PATH as JSON
  --prebuilt   measure the app already in dist/ (after npm run build) instead of rebuilding it`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, json: null, prebuilt: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--prebuilt') args.prebuilt = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--json' || arg.startsWith('--json=')) {
      const path = arg === '--json' ? argv[++i] : arg.slice('--json='.length);
      if (!path || path.startsWith('--')) throw new Error('--json needs a file path');
      args.json = path;
    } else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  return args;
}
