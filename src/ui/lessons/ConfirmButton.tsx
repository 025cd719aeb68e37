// A button whose action replaces the learner's code: a second click, on "Yes", confirms it.
import { useState } from 'react';

export function ConfirmButton(props: { label: string; question: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span className="lesson-confirm" role="group" aria-label={props.label}>
      {props.question}{' '}
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        Yes, {props.label.toLowerCase()}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
