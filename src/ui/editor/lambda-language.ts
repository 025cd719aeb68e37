// What Monaco's TypeScript learns once the editor accepts typing (loaded lazily by monaco-setup):
// the Lambda type libraries, and completions that offer their handler types and skeletons.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { LanguageServiceDefaults } from 'monaco-editor/languages/features/typescript/register';
import { handlerCompletionProvider } from './handler-completions';
import { HANDLER_SNIPPETS } from './handler-snippets';
import { handlerTypeNames } from './handler-types';
import { lambdaExtraLibs } from './lambda-types';

export function installLambdaLanguage(
  monaco: typeof Monaco,
  languageDefaults: readonly LanguageServiceDefaults[],
): void {
  const libs = lambdaExtraLibs();
  for (const defaults of languageDefaults) {
    for (const { content, filePath } of libs) defaults.addExtraLib(content, filePath);
  }
  const typeNames = handlerTypeNames(libs.map((lib) => lib.content));
  // TypeScript only: `import type` is no JavaScript.
  monaco.languages.registerCompletionItemProvider(
    'typescript',
    handlerCompletionProvider(monaco, typeNames, HANDLER_SNIPPETS),
  );
}
