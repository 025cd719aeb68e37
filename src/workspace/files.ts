// Rules for the files of a function: which paths are valid and what renames/deletes may do.

const PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;
// `.py` for Python functions' modules; a Node.js function may hold one too, as a zip may.
const SOURCE_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.py'];

/** Why a new path cannot be used, or null when it can. */
export function filePathProblem(path: string, existing: Record<string, string>): string | null {
  if (!path) return 'A file needs a name.';
  if (!PATH.test(path) || path.split('/').some((part) => part === '.' || part === '..')) {
    return 'Use letters, digits, ".", "-", "_" and "/" between folders.';
  }
  if (!SOURCE_EXTENSIONS.some((ext) => path.endsWith(ext))) {
    return `End the name with one of ${SOURCE_EXTENSIONS.join(', ')}.`;
  }
  if (Object.hasOwn(existing, path)) return `${path} already exists.`;
  return null;
}

/** The files with one renamed, keeping their order so the file list does not jump. */
export function renameFile(
  files: Record<string, string>,
  from: string,
  to: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([path, content]) => [path === from ? to : path, content]),
  );
}

/** The files without one; the last file of a function cannot go (Lambda needs its handler). */
export function deleteFile(files: Record<string, string>, path: string): Record<string, string> {
  const rest = Object.fromEntries(Object.entries(files).filter(([own]) => own !== path));
  return Object.keys(rest).length > 0 ? rest : files;
}
