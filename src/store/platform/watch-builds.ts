// Rebuilds a function shortly after its files change, so problems show while the learner types.
import { buildFunction } from './build-function';
import { workspaceStore } from '../workspace/workspace-store';

const PAUSE_MS = 300;

/** Starts watching; returns the function that stops it. */
export function watchBuilds(): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const unsubscribe = workspaceStore.subscribe((state, previous) => {
    if (state.functions === previous.functions) return;
    for (const draft of state.functions) {
      const before = previous.functions.find((fn) => fn.id === draft.id);
      if (before?.files === draft.files && before.config.handler === draft.config.handler) continue;
      clearTimeout(timers.get(draft.id));
      timers.set(
        draft.id,
        setTimeout(() => {
          const latest = workspaceStore.getState().functions.find((fn) => fn.id === draft.id);
          if (latest) void buildFunction(latest);
        }, PAUSE_MS),
      );
    }
  });
  return () => {
    unsubscribe();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
