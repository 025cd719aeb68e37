import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { HANDLER_SNIPPETS } from './handler-snippets';
import { LAMBDA_GLOBALS } from './lambda-globals';
import { typeImportEdit } from './type-import';

/** Files in the repository's folder, so that 'aws-lambda' resolves to the installed @types. */
const fileFor = (name: string) => join(import.meta.dirname, `${name}.under-test.ts`);
const GLOBALS = fileFor('lambda-globals');

/**
 * TypeScript's errors for each source (by name), checked together as the editor checks a handler:
 * monaco-setup's options and the runtime's globals (which declare the `node:` modules).
 */
function typeErrors(sources: Readonly<Record<string, string>>): Record<string, string[]> {
  const files = new Map(Object.entries(sources).map(([name, text]) => [fileFor(name), text]));
  files.set(GLOBALS, LAMBDA_GLOBALS);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2023.d.ts', 'lib.webworker.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors: Record<string, string[]> = {};
  for (const name of Object.keys(sources)) {
    errors[name] = ts
      .getPreEmitDiagnostics(program, program.getSourceFile(fileFor(name)))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  return errors;
}

/** The code a snippet leaves in an empty file: its imports, then its body without tab stops. */
function expand(body: string, types: readonly string[]): string {
  const code = body.replaceAll('$0', '').replaceAll('\\$', '$');
  const edit = typeImportEdit(code, types, 'aws-lambda');
  return edit ? code.slice(0, edit.start) + edit.text + code.slice(edit.end) : code;
}

describe('HANDLER_SNIPPETS', () => {
  it('type-check against @types/aws-lambda, with their imports, and a missing import fails', () => {
    const sources = Object.fromEntries(
      HANDLER_SNIPPETS.map((snippet) => [snippet.prefix, expand(snippet.body, snippet.types)]),
    );
    sources['no-import'] = expand('export const handler: S3Handler = async () => {};', []);
    expect(typeErrors(sources)).toEqual({
      'handler-http': [],
      'handler-s3': [],
      'handler-sqs': [],
      'handler-sns': [],
      'handler-schedule': [],
      'no-import': ["Cannot find name 'S3Handler'."],
    });
    // A whole TypeScript program with its libs: seconds on a busy machine.
  }, 60_000);

  it('has one prefix per snippet, each with a cursor stop', () => {
    const prefixes = HANDLER_SNIPPETS.map((snippet) => snippet.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(HANDLER_SNIPPETS.filter((snippet) => !snippet.body.includes('$0'))).toEqual([]);
  });
});
