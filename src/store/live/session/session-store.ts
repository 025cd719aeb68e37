// The session store: the engine's events, batched (see frame-batch.ts) and projected for the UI.
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../../../engine';
import { createFrameBatch } from '../frame-batch';
import { projectEvents } from './project-events';
import type { SessionState } from './session-model';
import { emptySession } from './session-model';

export const sessionStore = createStore<SessionState>()(emptySession);

const batch = createFrameBatch<PlatformEvent>((events) =>
  sessionStore.setState(projectEvents(sessionStore.getState(), events)),
);

export function receivePlatformEvent(event: PlatformEvent): void {
  batch.push(event);
}

export function resetSession(): void {
  batch.clear();
  sessionStore.setState(emptySession());
}
