// The test event's JSON, checked as the learner types; invalid text is kept, never replaced.
import { jsonProblem } from '../../store';
import { Field, FieldProblem } from '../forms/Field';

interface Props {
  value: string;
  onChange: (text: string) => void;
}

export function EventEditor({ value, onChange }: Props) {
  const problem = jsonProblem(value);
  return (
    <div className="event-editor" data-testid="event-editor">
      <Field label="Event JSON">
        <textarea
          className="mono"
          spellCheck={false}
          rows={6}
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'test-event-problem' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </Field>
      {/* Under the label, not in it: the problem is not part of the editor's name. */}
      <FieldProblem as="p" id="test-event-problem" text={problem && `Not valid JSON: ${problem}`} />
    </div>
  );
}
