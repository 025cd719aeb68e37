// Pause and resume simulated time (idle lifetimes, retries, schedules, load); the handler's own
// code always runs at real speed.
import { setPaused } from '../../store';
import { useControl } from '../hooks/use-stores';

export function PauseButton() {
  const paused = useControl((s) => s.paused);
  return (
    <button type="button" onClick={() => setPaused(!paused)} aria-pressed={paused}>
      {paused ? 'Resume' : 'Pause'}
    </button>
  );
}
