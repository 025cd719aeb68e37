// One object up close: its text, or what it is when it is binary.
import type { S3ObjectView } from '../../../store';
import { textPreview } from './object-display';

export function ObjectPreview({ object, onClose }: { object: S3ObjectView; onClose: () => void }) {
  const text = textPreview(object);
  return (
    <section className="object-preview" aria-label={`Object ${object.key}`}>
      <div className="panel-title">
        <span className="mono">
          {object.key} · {object.contentType}
        </span>
        <button type="button" aria-label={`Close ${object.key}`} onClick={onClose}>
          ×
        </button>
      </div>
      {text === null ? (
        <p className="hint">
          Binary object: {object.size} bytes of {object.contentType}.
        </p>
      ) : (
        <pre className="payload" data-testid="object-text">
          {text}
        </pre>
      )}
    </section>
  );
}
