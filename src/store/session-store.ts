// The session store: the engine's events, batched per animation frame, projected for the UI.
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../engine';
import { projectEvents } from './project-events';
import type { SessionState } from './session-model';
import { emptySession } from './session-model';

export const sessionStore = createStore<SessionState>()(emptySession);

let pending: PlatformEvent[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  const batch = pending;
  pending = [];
  if (batch.length > 0) sessionStore.setState(projectEvents(sessionStore.getState(), batch));
}

/**
 * Queues an event for the next frame: under load the engine emits thousands of events a second,
 * and one React update per frame keeps the page smooth. A hidden tab gets no frames, so a timer
 * flushes as well.
 */
export function receivePlatformEvent(event: PlatformEvent): void {
  pending.push(event);
  if (scheduled) return;
  scheduled = true;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
  setTimeout(() => scheduled && flush(), 100);
}

export function resetSession(): void {
  pending = [];
  sessionStore.setState(emptySession());
}
