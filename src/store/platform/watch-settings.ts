// Applies a deployed function's settings shortly after they change, so a change such as turning
// Internet access off is in force at once, not only from the function's next invoke.
import { applySettings } from './deploy';
import { workspaceStore } from '../workspace/workspace-store';

/** Long enough that typing a name or a number applies once, at the end. */
const PAUSE_MS = 300;

/** Starts watching; returns the function that stops it. */
export function watchSettings(): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const unsubscribe = workspaceStore.subscribe((state, previous) => {
    if (state.functions === previous.functions) return;
    for (const draft of state.functions) {
      const before = previous.functions.find((fn) => fn.id === draft.id);
      if (!before || before.config === draft.config) continue;
      clearTimeout(timers.get(draft.id));
      timers.set(
        draft.id,
        setTimeout(() => {
          timers.delete(draft.id);
          void applySettings(draft.id);
        }, PAUSE_MS),
      );
    }
  });
  return () => {
    unsubscribe();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
