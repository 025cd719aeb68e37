// DynamoDB Streams as the Platform offers them.
import type { EngineContext } from '../context';
import {
  createStreamMapping,
  deleteStreamMapping,
  streamMappingSnapshots,
} from './dynamodb-poller';
import type { DynamoDBStreamsApi } from './dynamodb-stream-types';
import { defineStreamTables, putStreamRecords, streamTableSnapshots } from './dynamodb-streams';

export function createDynamoDBStreams(ctx: EngineContext): DynamoDBStreamsApi {
  return {
    defineStreamTables: (tables) => defineStreamTables(ctx, tables),
    putStreamRecords: (tableName, changes) => putStreamRecords(ctx, tableName, changes),
    createStreamMapping: (config) => createStreamMapping(ctx, config),
    deleteStreamMapping: (id) => deleteStreamMapping(ctx, id),
    streamTables: () => streamTableSnapshots(ctx),
    streamMappings: () => streamMappingSnapshots(ctx),
  };
}
