// Shown instead of the app when the open workspace cannot be shown: every saved workspace stays
// reachable, all of them can be saved to a file, and a clean one is a click away. Nothing is deleted.
import { useWorkspaceLibrary } from '../hooks/use-stores';
import { backupOfAllWork, createWorkspace, switchWorkspace } from '../../store';
import { saveFile } from '../download';
import { FailureCard } from './FailureCard';

interface Props {
  error: unknown;
  componentStack: string | null;
  /** The workspace that was open when the app failed. */
  failedId: string;
  /** Called after the learner chose a way on: the app is shown again. */
  onRecovered: () => void;
}

export function RecoveryScreen({ error, componentStack, failedId, onRecovered }: Props) {
  const entries = useWorkspaceLibrary((s) => s.entries);
  const failed = entries.find((entry) => entry.id === failedId);
  const open = (id: string) => {
    switchWorkspace(id);
    onRecovered();
  };
  const exportAll = () => {
    const { fileName, text } = backupOfAllWork();
    saveFile(fileName, text, 'application/json');
  };

  return (
    <main className="panel recovery" aria-label="Recovery">
      <FailureCard
        where={failed ? `the workspace “${failed.name}”` : 'this workspace'}
        error={error}
        componentStack={componentStack}
        actions={
          <>
            <button type="button" onClick={exportAll}>
              Export all my work
            </button>
            <button
              type="button"
              onClick={() => {
                createWorkspace();
                onRecovered();
              }}
            >
              Start with a clean workspace
            </button>
          </>
        }
      />
      <h3>Open another workspace</h3>
      <ul className="recovery-list" aria-label="Saved workspaces">
        {entries.map((entry) => (
          <li key={entry.id} data-failed={entry.id === failedId || undefined}>
            <span>
              {entry.name}
              {entry.id === failedId && <span className="recovery-failed"> — did not open</span>}
            </span>
            <button
              type="button"
              aria-label={`Open workspace ${entry.name}`}
              onClick={() => open(entry.id)}
            >
              {entry.id === failedId ? 'Try again' : 'Open'}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
