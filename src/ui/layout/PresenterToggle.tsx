// The header's switch for presenter mode (also Alt+Shift+P).
import { useView } from '../hooks/use-stores';
import { setPresenter } from './view-store';

export function PresenterToggle() {
  const presenter = useView((s) => s.presenter);
  return (
    <button
      type="button"
      aria-pressed={presenter}
      aria-keyshortcuts="Alt+Shift+P"
      title="Presenter mode (Alt+Shift+P)"
      onClick={() => setPresenter(!presenter)}
    >
      Presenter mode
    </button>
  );
}
