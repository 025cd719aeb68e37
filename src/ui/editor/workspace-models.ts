// One Monaco model per file of the shown function (`file:///<functionId>/<path>`), so imports
// between files type-check and each file keeps its undo stack; kept in step with the files prop.
import type { editor, IDisposable } from 'monaco-editor/editor/editor.api';
import type { Diagnostic } from '../../bundler';
import { MARKER_OWNER, markersFor } from './markers';
import { minimalEdit } from './minimal-edit';
import { modelLanguageOf } from './model-language';
import { monaco } from './monaco-setup';

interface Entry {
  model: editor.ITextModel;
  subscription: IDisposable;
  /** The text last reported through onChange: a files prop still holding it is only behind. */
  reported: string;
  applyingOutsideChange: boolean;
}

export interface WorkspaceModels {
  /** The model URI (as a string) of a file, for the editor's `path`. */
  uriOf(path: string): string;
  /** Creates, updates and disposes models until they match `files`. */
  sync(files: Readonly<Record<string, string>>): void;
  showDiagnostics(diagnostics: readonly Diagnostic[]): void;
  dispose(): void;
}

function replaceText(model: editor.ITextModel, text: string): void {
  const { start, end, text: inserted } = minimalEdit(model.getValue(), text);
  const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
  // Its own undo step, so the learner can undo a reset.
  model.pushStackElement();
  model.pushEditOperations([], [{ range, text: inserted }], () => null);
  model.pushStackElement();
}

export function createWorkspaceModels(
  functionId: string,
  onChange: (path: string, text: string) => void,
): WorkspaceModels {
  const entries = new Map<string, Entry>();
  const uri = (path: string) => monaco.Uri.from({ scheme: 'file', path: `/${functionId}/${path}` });

  function open(path: string, text: string): Entry {
    const model =
      monaco.editor.getModel(uri(path)) ??
      monaco.editor.createModel(text, modelLanguageOf(path), uri(path));
    if (model.getValue() !== text) model.setValue(text);
    const entry: Entry = {
      model,
      reported: text,
      applyingOutsideChange: false,
      subscription: model.onDidChangeContent(() => {
        if (entry.applyingOutsideChange) return;
        entry.reported = model.getValue();
        onChange(path, entry.reported);
      }),
    };
    return entry;
  }

  function close(path: string, entry: Entry): void {
    entry.subscription.dispose();
    entry.model.dispose();
    entries.delete(path);
  }

  return {
    uriOf: (path) => uri(path).toString(),
    sync(files) {
      for (const [path, entry] of entries) if (!Object.hasOwn(files, path)) close(path, entry);
      for (const [path, text] of Object.entries(files)) {
        const entry = entries.get(path);
        if (!entry) {
          entries.set(path, open(path, text));
        } else if (text !== entry.reported && text !== entry.model.getValue()) {
          entry.applyingOutsideChange = true;
          replaceText(entry.model, text);
          entry.applyingOutsideChange = false;
          entry.reported = text;
        }
      }
    },
    showDiagnostics(diagnostics) {
      for (const [path, { model }] of entries) {
        monaco.editor.setModelMarkers(
          model,
          MARKER_OWNER,
          markersFor(diagnostics, path, monaco.MarkerSeverity),
        );
      }
    },
    dispose() {
      for (const [path, entry] of entries) close(path, entry);
    },
  };
}
