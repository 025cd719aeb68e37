// The Monaco language a file's model is in, from its path. Python files are named outright so
// they never reach TypeScript's worker (which checks only `typescript` and `javascript` models);
// for the rest Monaco goes by the extension its registered languages claim.

const BY_EXTENSION: ReadonlyMap<string, string> = new Map([['.py', 'python']]);

/** `python` for a `.py` file; undefined where Monaco should pick by the extension itself. */
export function modelLanguageOf(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  if (dot <= path.lastIndexOf('/')) return undefined;
  return BY_EXTENSION.get(path.slice(dot));
}
