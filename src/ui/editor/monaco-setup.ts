// Monaco, set up once per page for Lambda code: served from our own bundle (no CDN) with only the
// features a learner uses, its workers built by Vite and started once the editor accepts typing,
// and TypeScript configured like a Node.js function with @types/aws-lambda. Python files are
// highlighted only (model-language.ts keeps them away from TypeScript's worker).
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/typescript/register';
import type {
  CompilerOptions,
  ScriptTarget,
} from 'monaco-editor/languages/features/typescript/register';
import {
  javascriptDefaults,
  ModuleKind,
  ModuleResolutionKind,
  typescriptDefaults,
} from 'monaco-editor/languages/features/typescript/register';
import { bundlerStatus, subscribeBundlerStatus } from '../../store';
import { editorReady } from './editor-ready';
import './monaco-features';
import { watchSdkImports } from './sdk-language';

/** TypeScript's own enum values, which Monaco's enums do not list. */
const ES2022 = 9 as ScriptTarget;
const FORCE_MODULE_DETECTION = 3;

const compilerOptions: CompilerOptions = {
  target: ES2022,
  // Lambda has no DOM; the `webworker` lib brings the web-standard globals Node shares (fetch, URL, timers).
  // File names: compiler options given to the API (not tsconfig.json) name libs this way.
  lib: ['lib.es2023.d.ts', 'lib.webworker.d.ts'],
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  // Every file is its own module on Lambda, even a CommonJS script without import or export.
  moduleDetection: FORCE_MODULE_DETECTION,
  strict: true,
  allowJs: true,
  checkJs: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  allowImportingTsExtensions: true,
  noEmit: true,
  allowNonTsExtensions: true,
};

const languageDefaults = [typescriptDefaults, javascriptDefaults];
for (const defaults of languageDefaults) {
  defaults.setCompilerOptions(compilerOptions);
  defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  // Imports between the function's files type-check only if every file is in the worker.
  defaults.setEagerModelSync(true);
}

/** TypeScript waits at most this long for esbuild, which may never be asked to load. */
const BUNDLER_WAIT_MS = 10_000;

/**
 * Settles once esbuild has loaded (or failed to): on two cores, its 14 MB and TypeScript's 7 MB
 * compete, and the first invoke needs esbuild while type checks can wait a moment.
 */
function bundlerSettled(): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => ['ready', 'failed'].includes(bundlerStatus().state);
    if (settled()) return resolve();
    const timer = setTimeout(done, BUNDLER_WAIT_MS);
    const stop = subscribeBundlerStatus(() => {
      if (settled()) done();
    });
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

/**
 * The Lambda types (165 KB of declarations, in a chunk of their own) once the editor accepts
 * typing and esbuild has loaded. Added one by one: addExtraLib fills the object a waiting worker's
 * start-up data already holds, so TypeScript never checks the code without them. A failed load
 * leaves TypeScript without them rather than without a worker.
 */
const lambdaTypesAdded = editorReady
  .then(bundlerSettled)
  .then(() => import('./lambda-language'))
  .then(({ installLambdaLanguage }) => installLambdaLanguage(monaco, languageDefaults))
  .catch(() => undefined);

/** The AWS SDK's types, after the Lambda types, once a file imports the SDK (sdk-language.ts). */
const sdkTypes = watchSdkImports(monaco, languageDefaults, lambdaTypesAdded);

// Monaco asks for a worker on first use (TypeScript's right away, for the open files' diagnostics);
// answering with a promise holds the editor's own worker, and TypeScript's, until then.
self.MonacoEnvironment = {
  getWorker: async (_workerId, label) => {
    if (label !== 'typescript' && label !== 'javascript') {
      await editorReady;
      return new EditorWorker();
    }
    await lambdaTypesAdded;
    // A workspace that opens with SDK imports: its first check already knows the SDK's types.
    await sdkTypes.added();
    return new TypeScriptWorker();
  },
};

loader.config({ monaco });

export { monaco };
