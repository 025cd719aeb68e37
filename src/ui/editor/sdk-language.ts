// The AWS SDK v3's types for Monaco's TypeScript (the packages the runtime provides,
// src/engine/functions/sdk-packages.ts), loaded the first time a file imports the SDK: 2.6 MB of
// declarations that a workspace without the SDK never downloads or parses (docs/performance.md).
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { IDisposable } from 'monaco-editor/editor/editor.api';
import type { LanguageServiceDefaults } from 'monaco-editor/languages/features/typescript/register';
import { importsAwsSdk } from './sdk-imports';

export interface SdkTypes {
  /** Settles once the types are added (or failed to load); null while no file imports the SDK. */
  added(): Promise<void> | null;
}

/** Adds every file of the SDK's types; one change event follows, so TypeScript rereads once. */
async function addSdkTypes(languageDefaults: readonly LanguageServiceDefaults[]): Promise<void> {
  const { default: files } = await import('virtual:sdk-types');
  for (const defaults of languageDefaults) {
    for (const [filePath, content] of Object.entries(files))
      defaults.addExtraLib(content, filePath);
  }
}

/**
 * Watches every model, present and future, for an import of `@aws-sdk/…`; the first one loads the
 * types, once `after` has settled (the Lambda types, which come first). A load that fails (the
 * chunk unreachable) is not retried: the imports stay flagged, as they are without types.
 */
export function watchSdkImports(
  monaco: typeof Monaco,
  languageDefaults: readonly LanguageServiceDefaults[],
  after: Promise<unknown>,
): SdkTypes {
  let added: Promise<void> | null = null;
  const watching: IDisposable[] = [];
  const load = () => {
    if (added) return;
    for (const subscription of watching.splice(0)) subscription.dispose();
    added = after.then(() => addSdkTypes(languageDefaults)).catch(() => undefined);
  };
  const watch = (model: Monaco.editor.ITextModel) => {
    if (added) return;
    if (importsAwsSdk(model.getValue())) return load();
    watching.push(
      model.onDidChangeContent(() => {
        if (importsAwsSdk(model.getValue())) load();
      }),
    );
  };
  watching.push(monaco.editor.onDidCreateModel(watch));
  for (const model of monaco.editor.getModels()) watch(model);
  return { added: () => added };
}
