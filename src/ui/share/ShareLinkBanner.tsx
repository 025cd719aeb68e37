// Opens a share link the page was loaded with (or that was pasted into the address bar later), then
// asks the learner what to do with it: keep it, discard it, or put it in place of their workspace.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import {
  discardSharedWorkspace,
  dismissShareProblem,
  keepSharedWorkspace,
  openShareFragment,
  replaceWithSharedWorkspace,
  shareStore,
  workspaceLibraryStore,
} from '../../store';
import { DismissableProblem } from '../layout/DismissableProblem';

/** Reads the fragment once, then removes it so a reload does not open the link a second time. */
function openFromAddress(): void {
  if (!openShareFragment(window.location.hash)) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

export function ShareLinkBanner() {
  const opened = useStore(shareStore, (s) => s.opened);
  const problem = useStore(shareStore, (s) => s.problem);
  const entries = useStore(workspaceLibraryStore, (s) => s.entries);

  useEffect(() => {
    openFromAddress();
    window.addEventListener('hashchange', openFromAddress);
    return () => window.removeEventListener('hashchange', openFromAddress);
  }, []);

  const nameOf = (id: string) => entries.find((e) => e.id === id)?.name ?? 'your workspace';
  return (
    <>
      {problem && <DismissableProblem text={problem} onDismiss={dismissShareProblem} />}
      {opened && (
        <div className="banner" role="region" aria-label="Shared scenario">
          <span>
            This shared scenario opened as its own workspace, “{nameOf(opened.id)}”. Your work is
            safe in “{nameOf(opened.previousId)}”.
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
      )}
    </>
  );
}
