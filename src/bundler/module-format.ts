// Node's rule for which module system a file is loaded with, and what Lambda's Node.js runtimes do
// with a plain `.js` file written with ES module syntax that the rule makes CommonJS
// (docs/aws-lambda.md#module-format-and-syntax-errors-at-init).
import type { Runtime } from '../engine/types';
import { dirname } from './resolve';
import type { Diagnostic } from './types';

export type ModuleFormat = 'cjs' | 'esm';

/** What `package.json` files say: their text by workspace path. */
type FileText = Pick<ReadonlyMap<string, string>, 'get'>;

/** A TypeScript source's name once compiled: Lambda receives `index.js` for `index.ts`. */
export function deployedName(file: string): string {
  return file
    .replace(/\.tsx?$/, '.js')
    .replace(/\.mts$/, '.mjs')
    .replace(/\.cts$/, '.cjs');
}

/** Files Lambda receives as the learner wrote them; TypeScript arrives compiled. */
export function isJavaScriptSource(file: string): boolean {
  return !/\.([mc]?tsx?|json)$/.test(file);
}

/**
 * The `"type"` of the nearest package.json above `file`, as Node reads it: the first package.json
 * found walking up decides, whatever it says. The text is the learner's (or a shared link's), so
 * anything but a JSON object with a string `type` counts as no type (Lambda's runtime ignores a
 * package.json it cannot parse, with a warning: RIC src/UserFunction.js).
 */
export function packageType(files: FileText, file: string): string | undefined {
  let folder = dirname(file);
  for (;;) {
    const text = files.get(folder === '' ? 'package.json' : `${folder}/package.json`);
    if (text !== undefined) return typeField(text);
    if (folder === '') return undefined;
    folder = dirname(folder);
  }
}

function typeField(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const type: unknown = Object.getOwnPropertyDescriptor(parsed, 'type')?.value;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Node's rule for the file Lambda loads (https://nodejs.org/api/packages.html#determining-module-system):
 * `.mjs` is an ES module, `.cjs` CommonJS, `.js` an ES module only when the nearest package.json
 * says `"type": "module"`; a file with no extension is loaded with `require` (RIC `_tryRequire`).
 */
export function nodeFormat(files: FileText, file: string): ModuleFormat {
  const deployed = deployedName(file);
  if (deployed.endsWith('.mjs')) return 'esm';
  if (deployed.endsWith('.js')) return packageType(files, deployed) === 'module' ? 'esm' : 'cjs';
  return 'cjs';
}

/** Where ES module syntax first appears in a file, and V8's words when it is parsed as a script. */
export interface ModuleSyntax {
  line: number;
  column: number;
  length: number;
  message: string;
}

/** V8's messages for ES module syntax compiled as a script (Node's CommonJS wrapper). */
const SCRIPT_ERRORS: readonly { pattern: RegExp; message: string }[] = [
  { pattern: /\bimport\s*\.\s*meta\b/, message: "Cannot use 'import.meta' outside a module" },
  {
    pattern: /^\s*import\s*(?:[\w$*{"'`]|\s)/,
    message: 'Cannot use import statement outside a module',
  },
  { pattern: /^\s*export\b/, message: "Unexpected token 'export'" },
];

/** Blanks out comments and the insides of strings, keeping every position where it was. */
function codeOnly(text: string): string {
  return text.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\[\s\S]|[^`\\])*`/g,
    (match) => {
      const quote = /^['"`]/.test(match) ? match[0]! : '';
      const inside = match.slice(quote.length, match.length - quote.length).replace(/[^\n]/g, ' ');
      return quote ? quote + inside + quote : match.replace(/[^\n]/g, ' ');
    },
  );
}

/**
 * The first `import` statement, `export` or `import.meta` outside comments and strings, which is
 * where V8 stops when Node compiles the file as CommonJS; null when there is none. A lexical scan,
 * not a parse: esbuild has already said that the file uses ES module syntax.
 */
export function firstModuleSyntax(text: string): ModuleSyntax | null {
  const lines = codeOnly(text).split('\n');
  for (const [index, line] of lines.entries()) {
    for (const { pattern, message } of SCRIPT_ERRORS) {
      const match = pattern.exec(line);
      if (!match) continue;
      const keyword = /import|export/.exec(match[0])!;
      return {
        line: index + 1,
        column: match.index + keyword.index + 1,
        length: keyword[0].length,
        message,
      };
    }
  }
  return null;
}

/**
 * Whether Lambda's runtime fails to load a JavaScript file that the rule makes CommonJS but that
 * is written as an ES module. `.cjs` always fails: its extension is explicit. A typeless `.js`
 * fails on nodejs22.x, where Lambda turns off Node's syntax detection and require(esm)
 * (`--no-experimental-detect-module`, `--no-experimental-require-module`); nodejs24.x detects the
 * syntax and loads the file as an ES module.
 */
export function failsAsCommonJs(file: string, runtime: Runtime | undefined): boolean {
  if (file.endsWith('.cjs')) return true;
  return runtime === 'nodejs22.x';
}

/** The problem shown for a file Lambda would fail to load: V8's message, and why. */
export function moduleSyntaxProblem(
  file: string,
  syntax: ModuleSyntax,
  runtime: Runtime | undefined,
): Diagnostic {
  const why = file.endsWith('.cjs')
    ? 'a .cjs file is always CommonJS'
    : `Node treats .js as CommonJS unless the nearest package.json has "type": "module"${
        runtime === 'nodejs22.x'
          ? ', and nodejs22.x on Lambda turns off ES module syntax detection'
          : ''
      }`;
  return {
    file,
    line: syntax.line,
    column: syntax.column,
    endLine: syntax.line,
    endColumn: syntax.column + syntax.length,
    message: `SyntaxError: ${syntax.message} (${why}; use the .mjs extension or add "type": "module" to package.json). On Lambda this fails INIT with Runtime.UserCodeSyntaxError.`,
    severity: 'error',
  };
}
