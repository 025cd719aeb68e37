// What the learner must know about saving: another tab saved this workspace (pick a version), a
// workspace was deleted (Undo), or storage failed (full, unavailable, damaged).
import { useWorkspaceLibrary } from '../hooks/use-stores';
import { dismissLibraryMessage, forgetDeleted, resolveConflict, undoDelete } from '../../store';
import { DismissableProblem } from '../layout/DismissableProblem';

export function WorkspaceNotices() {
  const conflict = useWorkspaceLibrary((s) => s.conflict);
  const deleted = useWorkspaceLibrary((s) => s.deleted);
  const message = useWorkspaceLibrary((s) => s.message);
  return (
    <>
      {conflict && (
        <div className="banner banner-error" role="alert">
          <span>
            This workspace was changed and saved in another tab. Saving here is paused so neither
            version is lost: reload the other tab&apos;s version, or keep this one (it replaces the
            other tab&apos;s).
          </span>
          <button type="button" onClick={() => resolveConflict('theirs')}>
            Reload theirs
          </button>
          <button type="button" onClick={() => resolveConflict('mine')}>
            Keep mine
          </button>
        </div>
      )}
      {message && <DismissableProblem text={message} onDismiss={dismissLibraryMessage} />}
      {deleted && (
        <div className="banner" role="status">
          <span>Deleted “{deleted.name}”.</span>
          <button type="button" onClick={undoDelete}>
            Undo
          </button>
          <button type="button" onClick={forgetDeleted}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
