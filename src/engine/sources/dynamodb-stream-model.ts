// The engine's internal records of tables, their streams and the mappings that read them (never
// handed out: snapshots are copies).
import type { TimerHandle } from '../types';
import type { StreamRecordInput, StreamStartingPosition } from './dynamodb-stream-types';
import type { TableDefinition, StreamViewType } from './dynamodb-types';

/** A record in a stream's one shard; `index` counts the table's records, so order is by index. */
export interface StreamRecord extends StreamRecordInput {
  readonly index: number;
}

export interface TableStream {
  readonly viewType: StreamViewType;
  /** The stream's label: its creation time, ISO 8601 without a zone, as in its ARN. */
  readonly label: string;
  /** In shard order; records older than the retention period are trimmed from the front. */
  readonly records: StreamRecord[];
}

export interface TableRecord {
  definition: TableDefinition;
  /** null: the table has no stream. */
  stream: TableStream | null;
  /** Records ever written to the table's streams, for increasing sequence numbers. */
  written: number;
}

/** Records a mapping hands the function together, and how often they were retried. */
export interface StreamBatch {
  readonly records: readonly StreamRecord[];
  readonly retries: number;
}

export interface StreamMapping {
  readonly id: string;
  readonly tableName: string;
  /** The stream it reads; a new stream of the same table is another stream. */
  readonly stream: TableStream;
  readonly functionName: string;
  readonly startingPosition: StreamStartingPosition;
  readonly batchSize: number;
  readonly windowMs: number;
  /** -1: until the records expire. */
  readonly maximumRetryAttempts: number;
  /** -1: the stream's retention. */
  readonly maximumRecordAgeSec: number;
  readonly bisect: boolean;
  readonly reportBatchItemFailures: boolean;
  readonly createdAt: number;
  deleted: boolean;
  /** The index of the next record to read from the shard. */
  position: number;
  /** Batches that failed and wait to be tried again, first first: the shard waits for them. */
  readonly retries: StreamBatch[];
  /** The batch being invoked now. */
  inFlight: StreamBatch | null;
  pollTimer: TimerHandle | null;
  retryTimer: TimerHandle | null;
  retryAt: number | null;
  windowStart: number | null;
  windowTimer: TimerHandle | null;
  /** The wait before the next retry: 1 s, doubling, at most 5 min; reset by a success. */
  retryDelayMs: number;
}
