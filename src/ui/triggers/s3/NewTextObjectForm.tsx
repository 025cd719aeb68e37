// Puts a text object typed in place: a key and its UTF-8 text.
import { useId, useState } from 'react';
import { objectKeyProblem, putObject } from '../../../store';
import { Field, FieldProblem } from '../../forms/Field';

const encoder = new TextEncoder();

export function NewTextObjectForm({ bucket }: { bucket: string }) {
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const problemId = useId();
  const problem = tried ? objectKeyProblem(key) : null;
  return (
    <form
      className="inline-form"
      aria-label="New text object"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (objectKeyProblem(key)) return;
        const bytes = encoder.encode(text);
        void putObject(bucket, { key, bytes, contentType: 'text/plain; charset=utf-8' });
        setKey('');
        setText('');
        setTried(false);
      }}
    >
      <div className="route-row">
        <Field label="Key">
          <input
            className="mono"
            placeholder="notes/hello.txt"
            value={key}
            aria-invalid={problem !== null}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setKey(e.target.value)}
          />
        </Field>
        <Field label="Text">
          <textarea
            className="mono"
            rows={1}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <button type="submit">New text object</button>
      </div>
      <FieldProblem as="p" id={problemId} text={problem} />
    </form>
  );
}
