// Presenter mode's key guide, always on screen while presenting, so the keys need no memory: the
// layouts (the one on screen marked) and the panels to show or hide on top of it.
import { useView } from '../hooks/use-stores';
import { PRESENTER_LAYOUTS } from './presenter-layouts';
import { PANELS } from './view-mode';

export function PresenterHelp() {
  const presenter = useView((s) => s.presenter);
  const layout = useView((s) => s.layout);
  const hidden = useView((s) => s.hidden);
  if (!presenter) return null;
  return (
    <aside className="presenter-help" aria-label="Presenter keys">
      <span>Layout:</span>
      <ul aria-label="Layouts">
        {PRESENTER_LAYOUTS.map(({ id, key, label }) => (
          <li key={id} aria-current={layout === id} data-testid="presenter-layout">
            <kbd>{key.toUpperCase()}</kbd> {label}
          </li>
        ))}
      </ul>
      <span>Show or hide:</span>
      <ul aria-label="Panels">
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
