// DynamoDB's and Lambda's checks of a table definition and of a stream's event source mapping,
// worded as their APIs' validation errors (docs/aws-services.md#dynamodb-streams), so a form can
// show the problem before the platform refuses the same settings.
import type { KeyAttribute, TableDefinition } from './dynamodb-types';
import type { StreamMappingConfig } from './dynamodb-stream-types';

/** CreateTable's TableName: 3–255 of [a-zA-Z0-9_.-]. */
export const TABLE_NAME_LENGTH = { min: 3, max: 255 } as const;
const TABLE_NAME_PATTERN = '[a-zA-Z0-9_.-]+';
/** A key attribute's name: 1–255 bytes of UTF-8. */
export const ATTRIBUTE_NAME_BYTES = { min: 1, max: 255 } as const;

// services-ddb-params: BatchSize default 100, at most 10,000; MaximumBatchingWindowInSeconds
// 0–300; MaximumRetryAttempts and MaximumRecordAgeInSeconds default -1 (infinite).
export const STREAM_BATCH_SIZE = { min: 1, max: 10_000, default: 100 } as const;
export const STREAM_BATCHING_WINDOW = { min: 0, max: 300, default: 0 } as const;
export const STREAM_RETRY_ATTEMPTS = { min: -1, max: 10_000, default: -1 } as const;
export const STREAM_RECORD_AGE = { min: -1, max: 604_800, default: -1, minFinite: 60 } as const;

/** The framing AWS's request validation gives one failed constraint. */
function validationError(value: string | number, field: string, constraint: string): string {
  return `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member ${constraint}`;
}

function rangeProblem(value: number, field: string, range: { min: number; max: number }) {
  if (!Number.isInteger(value)) return validationError(value, field, 'must be a whole number');
  if (value < range.min) {
    return validationError(value, field, `must have value greater than or equal to ${range.min}`);
  }
  if (value > range.max) {
    return validationError(value, field, `must have value less than or equal to ${range.max}`);
  }
  return null;
}

/** What CreateTable says of this table name, or null; `taken`: the tables that exist. */
export function tableNameProblem(name: string, taken: readonly string[] = []): string | null {
  if (name.length < TABLE_NAME_LENGTH.min) {
    return validationError(name, 'tableName', 'must have length greater than or equal to 3');
  }
  if (name.length > TABLE_NAME_LENGTH.max) {
    return validationError(name, 'tableName', 'must have length less than or equal to 255');
  }
  if (!new RegExp(`^${TABLE_NAME_PATTERN}$`).test(name)) {
    return validationError(
      name,
      'tableName',
      `must satisfy regular expression pattern: ${TABLE_NAME_PATTERN}`,
    );
  }
  return taken.includes(name) ? `Table already exists: ${name}` : null;
}

const encoder = new TextEncoder();

/** What CreateTable says of one key attribute (`index` 1 for the partition key, 2 for the sort). */
export function keyAttributeProblem(key: KeyAttribute, index: 1 | 2): string | null {
  const field = `keySchema.${index}.member.attributeName`;
  const bytes = encoder.encode(key.name).length;
  if (bytes < ATTRIBUTE_NAME_BYTES.min) {
    return validationError(key.name, field, 'must have length greater than or equal to 1');
  }
  if (bytes > ATTRIBUTE_NAME_BYTES.max) {
    return validationError(key.name, field, 'must have length less than or equal to 255');
  }
  if (key.type !== 'S' && key.type !== 'N' && key.type !== 'B') {
    return validationError(
      key.type,
      `attributeDefinitions.${index}.member.attributeType`,
      'must satisfy enum value set: [B, N, S]',
    );
  }
  return null;
}

/** The first thing CreateTable refuses in the definition, or null. */
export function tableDefinitionProblem(
  table: TableDefinition,
  taken: readonly string[] = [],
): string | null {
  const problem =
    tableNameProblem(table.name, taken) ??
    keyAttributeProblem(table.partitionKey, 1) ??
    (table.sortKey && keyAttributeProblem(table.sortKey, 2));
  if (problem) return problem;
  if (table.sortKey !== null && table.sortKey.name === table.partitionKey.name) {
    return 'Both the Hash Key and the Range Key element in the KeySchema have the same name';
  }
  return null;
}

/** What CreateEventSourceMapping says of a stream mapping's settings, or null. */
export function streamMappingProblem(
  config: Omit<StreamMappingConfig, 'tableName'>,
): string | null {
  if (config.startingPosition !== 'LATEST' && config.startingPosition !== 'TRIM_HORIZON') {
    return validationError(
      String(config.startingPosition),
      'startingPosition',
      'must satisfy enum value set: [LATEST, TRIM_HORIZON, AT_TIMESTAMP]',
    );
  }
  const age = config.maximumRecordAgeSec ?? STREAM_RECORD_AGE.default;
  const problem =
    rangeProblem(config.batchSize ?? STREAM_BATCH_SIZE.default, 'batchSize', STREAM_BATCH_SIZE) ??
    rangeProblem(
      config.maximumBatchingWindowSec ?? STREAM_BATCHING_WINDOW.default,
      'maximumBatchingWindowInSeconds',
      STREAM_BATCHING_WINDOW,
    ) ??
    rangeProblem(
      config.maximumRetryAttempts ?? STREAM_RETRY_ATTEMPTS.default,
      'maximumRetryAttempts',
      STREAM_RETRY_ATTEMPTS,
    ) ??
    rangeProblem(age, 'maximumRecordAgeInSeconds', STREAM_RECORD_AGE);
  if (problem) return problem;
  if (age !== -1 && age < STREAM_RECORD_AGE.minFinite) {
    return 'MaximumRecordAgeInSeconds must be -1 (infinite) or between 60 and 604800 seconds.';
  }
  return null;
}
