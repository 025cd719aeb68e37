// The edit that makes type names importable from a module, as an auto-import does: added to the
// file's existing named import from that module, or as a new `import type` line after the imports.
import type { TextEdit } from './minimal-edit';

/** `import [type] { … } from 'module'`, its brace contents captured; `g` for every one. */
function namedImports(module: string): RegExp {
  const escaped = module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^import\\s+(type\\s+)?\\{([^}]*)\\}\\s*from\\s*(['"])${escaped}\\3`, 'gm');
}

/**
 * A top-level import statement, single- or multi-line, up to its quoted module and `;` (not an
 * `import(…)` call or `import.meta`).
 */
const IMPORT_STATEMENT = /^import(?!\s*[(.])[^;]*?['"][^'"\n]*['"][ \t]*;?[ \t]*$/gm;

/** The names an import's braces bind locally: `type A`, `B as C` → A, C. */
function localNames(braces: string): string[] {
  return braces
    .split(',')
    .map((part) => part.trim().replace(/^type\s+/, ''))
    .filter((part) => part !== '')
    .map((part) =>
      part
        .split(/\s+as\s+/)
        .pop()!
        .trim(),
    );
}

/** Where a new import line goes: after the last import statement, else at the very start. */
function newImportOffset(text: string): number {
  let offset = 0;
  for (const match of text.matchAll(IMPORT_STATEMENT)) offset = match.index + match[0].length + 1;
  return Math.min(offset, text.length);
}

/**
 * The edit importing `names` as types from `module` into `text`, or null when each is already
 * imported from it. An existing value import gets `type` on the names it gains.
 */
export function typeImportEdit(
  text: string,
  names: readonly string[],
  module: string,
): TextEdit | null {
  const imports = [...text.matchAll(namedImports(module))];
  const bound = new Set(imports.flatMap((match) => localNames(match[2] ?? '')));
  const missing = names.filter((name, index) => !bound.has(name) && names.indexOf(name) === index);
  if (missing.length === 0) return null;
  const [first] = imports;
  if (first) {
    const typeOnly = first[1] !== undefined;
    const braces = first[2] ?? '';
    const added = missing.map((name) => (typeOnly ? name : `type ${name}`)).join(', ');
    // Just inside the closing brace, after any trailing comma and spacing the learner left.
    const kept = braces.replace(/[\s,]*$/, '');
    const start = first.index + first[0].indexOf('{') + 1 + kept.length;
    const end = first.index + first[0].indexOf('{') + 1 + braces.length;
    const separator = kept.trim() === '' ? ' ' : ', ';
    return { start, end, text: `${separator}${added} ` };
  }
  const offset = newImportOffset(text);
  const line = `import type { ${missing.join(', ')} } from '${module}';\n`;
  // Appended to a last line without a newline, the import needs one of its own first.
  const before = offset > 0 && text[offset - 1] !== '\n' ? '\n' : '';
  return { start: offset, end: offset, text: before + line };
}
