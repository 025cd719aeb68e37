// Presenter mode's key guide, always on screen while presenting, so the keys need no memory.
import { useView } from '../hooks/use-stores';
import { PANELS } from './view-mode';

export function PresenterHelp() {
  const presenter = useView((s) => s.presenter);
  const hidden = useView((s) => s.hidden);
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
