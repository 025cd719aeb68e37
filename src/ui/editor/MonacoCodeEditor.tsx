// The Monaco editor over the function's files (loaded lazily, see CodeEditor): one model per file,
// esbuild's problems as markers, Ctrl/Cmd+Enter to invoke, problems revealed on request.
import Editor from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ownValue } from '../../store';
import { useView } from '../hooks/use-stores';
import type { CodeEditorProps } from './code-editor-props';
import { announceEditorReady } from './editor-ready';
import { monaco } from './monaco-setup';
import { MONACO_THEME } from '../theme/theme';
import { useTheme } from '../theme/use-theme';
import { onRevealRequest, takeReveal } from './reveal';
import { createWorkspaceModels } from './workspace-models';

/** The code's size in presenter mode, read from the back of a classroom; the page's type grows too. */
const PRESENTER_FONT_SIZE = 16;

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  fontSize: 14,
  tabSize: 2,
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  // Its contribution is not loaded (monaco-features.ts); a later editor could still pick it up.
  stickyScroll: { enabled: false },
};

/** The latest value of a prop, for callbacks Monaco holds on to across renders. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

export default function MonacoCodeEditor(props: CodeEditorProps) {
  const { functionId, files, activePath, diagnostics, ariaLabel } = props;
  const onChange = useLatest(props.onChange);
  const onRun = useLatest(props.onRun);
  const theme = useTheme();
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor | null>(null);
  const models = useMemo(
    () => createWorkspaceModels(functionId, (path, text) => onChange.current(path, text)),
    [functionId, onChange],
  );

  // Layout effects run before the Editor's own effects, so the model it asks for already exists.
  useLayoutEffect(() => () => models.dispose(), [models]);
  useLayoutEffect(() => models.sync(files), [models, files]);
  // `files` too: a file just created needs the markers already known for it.
  useEffect(() => models.showDiagnostics(diagnostics), [models, diagnostics, files]);
  const presenter = useView((s) => s.presenter);
  const options = useMemo(
    () => ({ ...OPTIONS, ariaLabel, ...(presenter && { fontSize: PRESENTER_FONT_SIZE }) }),
    [ariaLabel, presenter],
  );
  const hasFile = Object.hasOwn(files, activePath);
  // With no file open there is nothing to type into: the work waiting for the editor may start.
  useEffect(() => {
    if (!hasFile) announceEditorReady();
  }, [hasFile]);

  useEffect(() => {
    if (!instance) return;
    const reveal = () => {
      const problem = takeReveal(activePath);
      if (!problem) return;
      const range = new monaco.Range(
        problem.line,
        problem.column,
        problem.endLine,
        problem.endColumn,
      );
      instance.setSelection(range);
      instance.revealRangeInCenter(range);
      instance.focus();
    };
    reveal();
    return onRevealRequest(reveal);
  }, [instance, activePath]);

  const mount = (created: editor.IStandaloneCodeEditor) => {
    created.addAction({
      id: 'playground.invoke',
      label: 'Invoke the function',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => onRun.current(),
    });
    setInstance(created);
    announceEditorReady();
  };

  if (!hasFile) return <p className="code-editor-empty">No file is open.</p>;
  return (
    <Editor
      path={models.uriOf(activePath)}
      defaultValue={ownValue(files, activePath)}
      keepCurrentModel
      theme={MONACO_THEME[theme]}
      options={options}
      onMount={mount}
      loading={<p className="code-editor-loading">Starting the code editor…</p>}
    />
  );
}
