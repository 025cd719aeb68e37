// The public face of DynamoDB Streams in the engine: a table's stream as the platform keeps it, and
// the event source mappings that read it (docs/aws-services.md#dynamodb-streams).
import type { InvokeStatus } from '../types';
import type { ItemChange, StreamViewType, TableDefinition } from './dynamodb-types';

/** Where a new mapping starts reading: records written after it exists, or the oldest kept. */
export type StreamStartingPosition = 'LATEST' | 'TRIM_HORIZON';

/** CreateEventSourceMapping for a table's stream (services-ddb-params). */
export interface StreamMappingConfig {
  tableName: string;
  functionName: string;
  startingPosition: StreamStartingPosition;
  /** Default 100, at most 10,000. */
  batchSize?: number;
  /** 0–300 s, default 0. */
  maximumBatchingWindowSec?: number;
  /** -1 (default): retried until the records expire; else 0–10,000. */
  maximumRetryAttempts?: number;
  /** -1 (default): the stream's 24 hours; else 60–604,800 s. */
  maximumRecordAgeSec?: number;
  /** Split a failing batch in two and retry each half (default false). */
  bisectBatchOnFunctionError?: boolean;
  /** FunctionResponseTypes ["ReportBatchItemFailures"]: retry from the first reported record. */
  reportBatchItemFailures?: boolean;
}

export interface StreamMappingSnapshot {
  id: string;
  tableName: string;
  functionName: string;
  startingPosition: StreamStartingPosition;
  batchSize: number;
  maximumBatchingWindowSec: number;
  maximumRetryAttempts: number;
  maximumRecordAgeSec: number;
  bisectBatchOnFunctionError: boolean;
  reportBatchItemFailures: boolean;
  /** Records of the stream this mapping has not yet handed to the function, or is retrying. */
  waiting: number;
  /** Whether a batch is being invoked or waits for its retry. */
  busy: boolean;
}

export interface StreamTableSnapshot {
  name: string;
  streamViewType: StreamViewType | null;
  /** The stream's label (its creation time, ISO 8601 without a zone); null without a stream. */
  streamLabel: string | null;
  /** Records still in the stream (kept 24 hours). */
  records: number;
}

/** One stream record as the engine keeps it: its change and its place in the shard. */
export interface StreamRecordInput {
  /** Increasing numeric text, unique in the stream: the record's SequenceNumber. */
  sequenceNumber: string;
  /** Engine ms when the change was written (ApproximateCreationDateTime). */
  createdAt: number;
  change: ItemChange;
}

/** Why a mapping gave up on records and moved past them. */
export type StreamDiscardReason = 'retries-exhausted' | 'record-age-exceeded';

export type DynamoDBStreamEvent =
  | {
      /** Item changes entered a table's stream. */
      type: 'ddb-stream-records';
      time: number;
      tableName: string;
      sequenceNumbers: string[];
    }
  | {
      /** A mapping invokes its function with a batch (once per attempt). */
      type: 'ddb-stream-batch';
      time: number;
      mappingId: string;
      tableName: string;
      functionName: string;
      requestId: string;
      sequenceNumbers: string[];
      /** 1 for the first try of these records; retries count up (a bisected half starts again). */
      attempt: number;
      /** The invocations whose SDK calls wrote these records, when any did (for loop detection). */
      origins: Array<{ functionName: string; requestId: string }>;
    }
  | {
      type: 'ddb-stream-batch-result';
      time: number;
      mappingId: string;
      tableName: string;
      functionName: string;
      requestId: string;
      status: InvokeStatus | 'throttled';
      /** Checkpointed: done with, the shard moves past them. */
      processed: string[];
      /** To be invoked again, in order (the shard waits for them). */
      retrying: string[];
      /** Given up on (retries or record age), with the reason. */
      discarded: string[];
      discardReason: StreamDiscardReason | null;
      /** The failed batch was split in two (BisectBatchOnFunctionError). */
      bisected: boolean;
      /** When the next attempt is made; null when none is waiting. */
      retryAt: number | null;
    };

export interface DynamoDBStreamsApi {
  /**
   * The tables that exist, with their stream settings, as the app's table store holds them. A new
   * table with a stream (or a stream turned on or changed) gets a new stream, labelled now; a table
   * gone or a stream turned off takes its records and the mappings that read it.
   */
  defineStreamTables(tables: readonly TableDefinition[]): void;
  /**
   * The item changes a write made to a table, in the order made: each becomes a stream record.
   * Nothing happens for a table without a stream. Returns the records' sequence numbers.
   */
  putStreamRecords(tableName: string, changes: readonly ItemChange[]): string[];
  /** Returns the mapping's id. Needs the table's stream and the function. */
  createStreamMapping(config: StreamMappingConfig): string;
  deleteStreamMapping(id: string): void;
  streamTables(): StreamTableSnapshot[];
  streamMappings(): StreamMappingSnapshot[];
}
