// The session store: the engine's events projected for the UI (instances, logs, the last result).
import type { PlatformEvent } from '../../../engine';
import { createProjection } from '../projection';
import { projectEvents } from './project-events';
import { emptySession } from './session-model';

const session = createProjection(emptySession, projectEvents);

export const sessionStore = session.store;

/** The platform's subscriber (see ../../platform/platform-world.ts). */
export function receivePlatformEvent(event: PlatformEvent): void {
  session.receive(event);
}

export function resetSession(): void {
  session.batch.clear();
  sessionStore.setState(emptySession(), true);
}
