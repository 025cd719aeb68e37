// The DynamoDB data plane as the SDK reaches it: AWS JSON 1.0, `POST /` with
// `x-amz-target: DynamoDB_20120810.<Operation>`, answered with the JSON DynamoDB sends (errors as
// `{"__type": ..., "message": ...}` with status 400). Tables are workspace resources: this API
// reads and writes their items. docs/aws-services.md#dynamodb-api.
import type { ApiCaller, ApiRequest, ServiceAnswer, ServiceHandler } from '../api-types';
import { jsonResponse } from '../wire/responses';
import { uuidRequestId } from '../wire/request-ids';
import { batchGetItem, batchWriteItem, transactWriteItems } from './batch-operations';
import { consumedCapacity, type Consumed } from './capacity';
import { DynamoDbError } from './errors';
import type { Operation } from './operation';
import { getItem, query, scan } from './read-operations';
import { optionalString, type Input } from './request';
import type { TableStore } from './table-store';
import { deleteItem, putItem, updateItem } from './write-operations';
import { isRecord } from './values';

const TARGET_PREFIX = 'DynamoDB_20120810.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';

const OPERATIONS: ReadonlyMap<string, Operation> = new Map([
  ['PutItem', putItem],
  ['GetItem', getItem],
  ['UpdateItem', updateItem],
  ['DeleteItem', deleteItem],
  ['Query', query],
  ['Scan', scan],
  ['BatchGetItem', batchGetItem],
  ['BatchWriteItem', batchWriteItem],
  ['TransactWriteItems', transactWriteItems],
]);

/** Operations that return one ConsumedCapacity per table (a list) rather than one. */
const LISTS_CAPACITY = new Set(['BatchGetItem', 'BatchWriteItem', 'TransactWriteItems']);

function totals(consumed: readonly Consumed[]): { readUnits: number; writeUnits: number } {
  return consumed.reduce(
    (sum, one) => ({
      readUnits: sum.readUnits + one.readUnits,
      writeUnits: sum.writeUnits + one.writeUnits,
    }),
    { readUnits: 0, writeUnits: 0 },
  );
}

/** One entry per table, in the order the tables were first touched. */
function perTable(consumed: readonly Consumed[]): Consumed[] {
  const tables = new Map<string, Consumed>();
  for (const one of consumed) {
    const sum = tables.get(one.tableName) ?? {
      tableName: one.tableName,
      readUnits: 0,
      writeUnits: 0,
    };
    tables.set(one.tableName, {
      tableName: one.tableName,
      readUnits: sum.readUnits + one.readUnits,
      writeUnits: sum.writeUnits + one.writeUnits,
    });
  }
  return [...tables.values()];
}

function capacityMember(
  operation: string,
  consumed: readonly Consumed[],
  mode: string | undefined,
): Record<string, unknown> {
  const entries = perTable(consumed)
    .map((one) => consumedCapacity(one, mode))
    .filter((entry) => entry !== null);
  if (entries.length === 0) return {};
  return { ConsumedCapacity: LISTS_CAPACITY.has(operation) ? entries : entries[0] };
}

/** The table a request names, for the call record (the first one for batches). */
function resourceOf(input: Input, tables: TableStore): string | null {
  let named: unknown = input['TableName'];
  const batch = input['RequestItems'];
  if (named === undefined && isRecord(batch)) named = Object.keys(batch)[0];
  const transact = input['TransactItems'];
  if (named === undefined && Array.isArray(transact) && isRecord(transact[0])) {
    const action = Object.values(transact[0])[0];
    if (isRecord(action)) named = action['TableName'];
  }
  if (typeof named !== 'string') return null;
  const name = named.includes(':table/') ? named.slice(named.indexOf(':table/') + 7) : named;
  return tables.definition(name) === undefined ? null : name;
}

function parseBody(request: ApiRequest): Input {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(request.body));
  } catch {
    throw new DynamoDbError(
      'SerializationException',
      'Start of structure or map found where not expected.',
    );
  }
  if (!isRecord(parsed)) {
    throw new DynamoDbError(
      'SerializationException',
      'Start of structure or map found where not expected.',
    );
  }
  return parsed;
}

export function createDynamoDbApi(tables: TableStore): ServiceHandler {
  return async (request: ApiRequest, caller: ApiCaller): Promise<ServiceAnswer> => {
    const requestId = uuidRequestId();
    const target = request.headers.get('x-amz-target') ?? '';
    const operationName = target.startsWith(TARGET_PREFIX)
      ? target.slice(TARGET_PREFIX.length)
      : target;
    const operation = OPERATIONS.get(operationName);
    const headers: [string, string][] = [['x-amzn-requestid', requestId]];
    let input: Input = {};
    try {
      if (operation === undefined) {
        throw new DynamoDbError(
          'UnknownOperationException',
          `The playground's DynamoDB answers the item operations (${[...OPERATIONS.keys()].join(', ')}); tables are created and changed in the workspace`,
        );
      }
      input = parseBody(request);
      const result = operation(input, {
        tables,
        // A write from the DynamoDB tab has no function behind it (the caller's name is empty).
        origin:
          caller.functionName === ''
            ? null
            : { functionName: caller.functionName, requestId: caller.requestId },
      });
      const body = {
        ...result.output,
        ...capacityMember(
          operationName,
          result.consumed,
          optionalString(input, 'ReturnConsumedCapacity'),
        ),
      };
      return {
        response: jsonResponse(200, body, CONTENT_TYPE, headers),
        record: {
          service: 'dynamodb',
          operation: operationName,
          resource: resourceOf(input, tables),
          statusCode: 200,
          errorCode: null,
          units: { kind: 'dynamodb', ...totals(result.consumed) },
        },
      };
    } catch (thrown) {
      const error =
        thrown instanceof DynamoDbError
          ? thrown
          : new DynamoDbError('InternalServerError', 'Internal server error', new Map(), 500);
      const body = {
        __type: error.type,
        message: error.message,
        ...Object.fromEntries(error.extra),
      };
      return {
        response: jsonResponse(error.statusCode, body, CONTENT_TYPE, headers),
        record: {
          service: 'dynamodb',
          operation: operationName === '' ? 'Unknown' : operationName,
          resource: resourceOf(input, tables),
          statusCode: error.statusCode,
          errorCode: error.code,
          units: { kind: 'dynamodb', ...totals(error.consumed) },
        },
      };
    }
  };
}
