// Reporting DynamoDB Streams' decisions with the engine clock's time.
import type { EngineContext } from '../context';
import type { DynamoDBStreamEvent } from './dynamodb-stream-types';

type Untimed<E> = E extends unknown ? Omit<E, 'time'> : never;

export function emitStream(ctx: EngineContext, event: Untimed<DynamoDBStreamEvent>): void {
  if (ctx.bus.active()) ctx.bus.emit({ ...event, time: ctx.clock.now() });
}
