// The Architecture region: the workspace drawn as a live diagram of its resources and what
// connects them, beside the stage. It can be hidden; hidden, it draws and animates nothing.
import { useId, useState } from 'react';
import { ArchitectureDiagram } from './ArchitectureDiagram';
import './architecture.css';

export function ArchitecturePanel() {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  return (
    <section className="panel architecture" aria-label="Architecture">
      <div className="panel-title">
        <h2>Architecture</h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide diagram' : 'Show diagram'}
        </button>
      </div>
      <div id={bodyId}>
        {open ? (
          <>
            <ArchitectureDiagram />
            <p className="hint arch-legend">
              <span className="arch-key configured">configured</span>
              <span className="arch-key observed">seen at run time (SDK calls)</span>
              Click a resource to open its tab.
            </p>
          </>
        ) : (
          <p className="hint">
            Functions, buckets, topics, queues, APIs and schedules, and the messages between them.
          </p>
        )}
      </div>
    </section>
  );
}
