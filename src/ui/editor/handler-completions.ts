// Completions that make @types/aws-lambda discoverable in TypeScript files: each handler type with
// the `import type` it needs (Monaco's TypeScript worker asks for no auto-imports), and the typed
// handler skeletons (handler-s3, …) with theirs.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { editor, languages } from 'monaco-editor/editor/editor.api';
import type { HandlerSnippet } from './handler-snippets';
import { typeImportEdit } from './type-import';

const MODULE = 'aws-lambda';

export function handlerCompletionProvider(
  monaco: typeof Monaco,
  typeNames: readonly string[],
  snippets: readonly HandlerSnippet[],
): languages.CompletionItemProvider {
  const { CompletionItemKind, CompletionItemInsertTextRule } = monaco.languages;
  const { Range } = monaco;

  function importEdits(model: editor.ITextModel, names: readonly string[]): languages.TextEdit[] {
    const edit = typeImportEdit(model.getValue(), names, MODULE);
    if (!edit) return [];
    const range = Range.fromPositions(
      model.getPositionAt(edit.start),
      model.getPositionAt(edit.end),
    );
    return [{ range, text: edit.text }];
  }

  return {
    provideCompletionItems(model, position) {
      const { lineNumber, column } = position;
      const word = model.getWordUntilPosition(position);
      const wordRange = new Range(lineNumber, word.startColumn, lineNumber, column);
      // Snippet prefixes hold a `-`, which is no word character in TypeScript.
      const typed =
        /[\w-]*$/.exec(model.getLineContent(lineNumber).slice(0, column - 1))?.[0] ?? '';
      const prefixRange = new Range(lineNumber, column - typed.length, lineNumber, column);
      const types = typeNames.flatMap((name): languages.CompletionItem[] => {
        const additionalTextEdits = importEdits(model, [name]);
        // Already imported: TypeScript's own completion offers it.
        if (additionalTextEdits.length === 0) return [];
        return [
          {
            label: name,
            kind: CompletionItemKind.Interface,
            detail: `Auto import from '${MODULE}'`,
            insertText: name,
            range: wordRange,
            additionalTextEdits,
          },
        ];
      });
      const skeletons = snippets.map((snippet): languages.CompletionItem => ({
        label: snippet.prefix,
        kind: CompletionItemKind.Snippet,
        detail: snippet.description,
        documentation: { value: '```ts\n' + snippet.body.replaceAll('$0', '') + '```' },
        insertText: snippet.body,
        insertTextRules: CompletionItemInsertTextRule.InsertAsSnippet,
        range: prefixRange,
        additionalTextEdits: importEdits(model, snippet.types),
      }));
      return { suggestions: [...types, ...skeletons] };
    },
  };
}
