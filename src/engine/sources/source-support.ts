// What the async queue and the event sources share: reporting their decisions with the engine
// clock's time, and the EventShapes port they build events with.
import type { EngineContext } from '../context';
import type { EventShapes } from '../shapes';
import type { ResourceKind, SourceEvent } from './source-events';

type Untimed<E> = E extends unknown ? Omit<E, 'time'> : never;

/** Sources are not the hot path: the event is built even when nobody listens, then dropped. */
export function emitSource(ctx: EngineContext, event: Untimed<SourceEvent>): void {
  if (ctx.bus.active()) ctx.bus.emit({ ...event, time: ctx.clock.now() });
}

export function emitResource(
  ctx: EngineContext,
  kind: ResourceKind,
  name: string,
  action: 'created' | 'updated' | 'deleted',
  note?: string,
): void {
  emitSource(ctx, { type: 'resource', kind, name, action, ...(note !== undefined && { note }) });
}

/** The port, or a clear error for an app that created the platform without one. */
export function requireShapes(ctx: EngineContext): EventShapes {
  if (ctx.shapes !== null) return ctx.shapes;
  throw new Error('This needs the AWS event factories: pass `shapes` to createPlatform.');
}
