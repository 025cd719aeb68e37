// The link just opened: keep it, discard it, or put it in place of the workspace open before; or,
// when storage refused it, say that it is not saved and offer to save it again.
import { useWorkspaceLibrary } from '../hooks/use-stores';
import type { OpenedLink } from '../../store';
import {
  discardSharedWorkspace,
  keepSharedWorkspace,
  replaceWithSharedWorkspace,
  saveSharedAgain,
} from '../../store';

export function OpenedLinkNotice({ opened }: { opened: OpenedLink }) {
  const entries = useWorkspaceLibrary((s) => s.entries);
  const nameOf = (id: string) => entries.find((e) => e.id === id)?.name ?? 'your workspace';
  if (!opened.saved) {
    return (
      <div className="banner-row">
        <span>
          This shared scenario is open as “{nameOf(opened.id)}”, but it is not saved: browser
          storage is full. The link stays in the address bar until it is; delete a workspace you no
          longer need, then Save again.
        </span>
        <button type="button" onClick={saveSharedAgain}>
          Save again
        </button>
        <button type="button" onClick={discardSharedWorkspace}>
          Discard
        </button>
      </div>
    );
  }
  return (
    <div className="banner-row">
      <span>
        This shared scenario opened as its own workspace, “{nameOf(opened.id)}”. Your work is safe
        in “{nameOf(opened.previousId)}”.
      </span>
      <button type="button" onClick={keepSharedWorkspace}>
        Keep
      </button>
      <button type="button" onClick={discardSharedWorkspace}>
        Discard
      </button>
      <button
        type="button"
        onClick={replaceWithSharedWorkspace}
        title={`Put this scenario in place of “${nameOf(opened.previousId)}” (Undo brings it back)`}
      >
        Replace current
      </button>
    </div>
  );
}
