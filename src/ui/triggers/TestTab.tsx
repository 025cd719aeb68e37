// The Test tab: a JSON test event and the Invoke button (also Ctrl/Cmd+Enter, see App).
import { invokeSelectedFunction, selectedFunction, workspaceActions } from '../../store';
import { useWorkspace } from '../hooks/use-stores';
import { EventEditor } from './EventEditor';

export function TestTab() {
  const fn = useWorkspace((s) => selectedFunction(s));

  return (
    <div className="test-tab">
      <EventEditor
        value={fn.testEvent}
        onChange={(text) => workspaceActions.setTestEvent(fn.id, text)}
      />
      <div className="invoke-row">
        <button
          type="button"
          className="primary"
          onClick={invokeSelectedFunction}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Invoke
        </button>
        <span className="hint">Synchronous (RequestResponse) · Ctrl/⌘ + Enter</span>
      </div>
    </div>
  );
}
