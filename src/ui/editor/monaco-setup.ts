// Monaco, set up once per page for Lambda code: served from our own bundle (no CDN), its workers
// built by Vite, and TypeScript configured like a Node.js function with @types/aws-lambda.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/register.all';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import 'monaco-editor/languages/definitions/javascript/register';
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
import { lambdaExtraLibs } from './lambda-types';

self.MonacoEnvironment = {
  getWorker: (_workerId, label) =>
    label === 'typescript' || label === 'javascript' ? new TypeScriptWorker() : new EditorWorker(),
};

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

for (const defaults of [typescriptDefaults, javascriptDefaults]) {
  defaults.setCompilerOptions(compilerOptions);
  defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  defaults.setExtraLibs(lambdaExtraLibs());
  // Imports between the function's files type-check only if every file is in the worker.
  defaults.setEagerModelSync(true);
}

loader.config({ monaco });

export { monaco };
