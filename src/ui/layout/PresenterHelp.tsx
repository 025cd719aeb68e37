// Presenter mode's key guide, always on screen while presenting, so the keys need no memory.
import { useStore } from 'zustand';
import { PANELS } from './view-mode';
import { viewStore } from './view-store';

export function PresenterHelp() {
  const presenter = useStore(viewStore, (s) => s.presenter);
  const hidden = useStore(viewStore, (s) => s.hidden);
  if (!presenter) return null;
  return (
    <aside className="presenter-help" aria-label="Presenter keys">
      <span>Show or hide:</span>
      <ul>
        {PANELS.map(({ key, panel, label }) => (
          <li key={panel} data-hidden={hidden.has(panel)}>
            <kbd>{key}</kbd> {label}
          </li>
        ))}
        <li>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd> leave presenter mode
        </li>
      </ul>
    </aside>
  );
}
