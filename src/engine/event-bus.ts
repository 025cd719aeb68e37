// Delivers PlatformEvents to subscribers synchronously, in order; a throwing listener harms no one.
import type { PlatformEvent } from './types';

export type PlatformListener = (event: PlatformEvent) => void;

/** Generic over the event so the Fargate model (src/engine/ecs) shares this one bus. */
export interface EventBus<E = PlatformEvent> {
  /** True when someone listens: the engine skips building events (and log lines) otherwise. */
  active(): boolean;
  emit(event: E): void;
  subscribe(listener: (event: E) => void): () => void;
  clear(): void;
}

/**
 * `onListenerError` hears what a listener threw (the engine has no console of its own); the event
 * still reaches every other listener and the engine carries on.
 */
export function createEventBus<E = PlatformEvent>(
  onListenerError: (error: unknown) => void = () => {},
): EventBus<E> {
  type Listener = (event: E) => void;
  // Replaced, never mutated, so a listener may unsubscribe (or subscribe) while an event is delivered.
  let listeners: readonly Listener[] = [];

  return {
    active: () => listeners.length > 0,
    emit(event) {
      const current = listeners;
      for (let i = 0; i < current.length; i++) {
        try {
          (current[i] as Listener)(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners = [...listeners, listener];
      return () => {
        listeners = listeners.filter((other) => other !== listener);
      };
    },
    clear() {
      listeners = [];
    },
  };
}
