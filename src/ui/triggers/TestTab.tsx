// The Test tab: a JSON test event (typed, from a template of every event AWS delivers, or saved
// under a name), the invocation type, and the Invoke button (also Ctrl/Cmd+Enter, see App).
import type { InvocationType } from '../../engine';
import {
  invokeSelectedFunction,
  selectedFunction,
  setInvocationType,
  workspaceActions,
} from '../../store';
import { eventTemplates } from '../../triggers';
import { Field } from '../forms/Field';
import { useControl, useWorkspace } from '../hooks/use-stores';
import { EventEditor } from './EventEditor';
import { SavedEvents } from './SavedEvents';

export function TestTab() {
  const fn = useWorkspace((s) => selectedFunction(s));
  const invocationType = useControl((s) => s.invocationType);

  const applyTemplate = (id: string) => {
    const template = eventTemplates.find((t) => t.id === id);
    if (template) workspaceActions.setTestEvent(fn.id, JSON.stringify(template.build(), null, 2));
  };

  return (
    <div className="test-tab">
      <Field label="Template">
        <select value="" onChange={(e) => applyTemplate(e.target.value)}>
          <option value="">Replace the event with a template…</option>
          {eventTemplates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </Field>
      <SavedEvents key={fn.id} fn={fn} />
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
        <Field layout="inline" label={<span className="visually-hidden">Invocation type</span>}>
          <select
            aria-label="Invocation type"
            value={invocationType}
            onChange={(e) => setInvocationType(e.target.value as InvocationType)}
          >
            <option value="RequestResponse">Synchronous (RequestResponse)</option>
            <option value="Event">Asynchronous (Event)</option>
          </select>
        </Field>
        <span className="hint">Ctrl/⌘ + Enter</span>
      </div>
    </div>
  );
}
