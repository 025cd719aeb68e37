// The test event's JSON, checked as the learner types; invalid text is kept, never replaced.
import { jsonProblem } from '../../store';

interface Props {
  value: string;
  onChange: (text: string) => void;
}

export function EventEditor({ value, onChange }: Props) {
  const problem = jsonProblem(value);
  return (
    <div className="event-editor" data-testid="event-editor">
      <label htmlFor="test-event" className="field-label">
        Event JSON
      </label>
      <textarea
        id="test-event"
        className="mono"
        spellCheck={false}
        rows={6}
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'test-event-problem' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <p id="test-event-problem" className="field-problem" role="alert">
          Not valid JSON: {problem}
        </p>
      )}
    </div>
  );
}
