// BatchGetItem (up to 100 keys), BatchWriteItem (up to 25 puts and deletes) and TransactWriteItems
// (up to 100 actions, all or nothing). A batch bills each item as its own request; a transaction
// bills each write twice. docs/aws-services.md#dynamodb-api.
import type { Item } from '../../engine';
import { readUnits, writeUnits, type Consumed } from './capacity';
import { DynamoDbError, validationError } from './errors';
import { readExpressionContext } from './expressions/context';
import { parseCondition, parseProjection } from './expressions/parser';
import { project } from './expressions/projection';
import { itemSize } from './item-size';
import { tableOrThrow, type OperationContext, type OperationResult } from './operation';
import {
  checkItemKey,
  checkKey,
  optionalBoolean,
  optionalString,
  recordMember,
  requiredItem,
  tableNameOf,
  type Input,
} from './request';
import { keyOf } from './table-store';
import { isRecord, readItem, recordOf } from './values';
import {
  checkCondition,
  commitDelete,
  commitPut,
  commitUpdate,
  prepareDelete,
  preparePut,
  prepareUpdate,
} from './write-operations';
import type { Condition } from './expressions/ast';

const BATCH_GET_LIMIT = 100;
const BATCH_WRITE_LIMIT = 25;
const TRANSACT_LIMIT = 100;

function requestItemsOf(input: Input): [string, unknown][] {
  const entries = Object.entries(recordMember(input, 'RequestItems'));
  if (entries.length === 0) {
    throw validationError(
      "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  }
  return entries;
}

function duplicateCheck(keys: readonly Item[]): void {
  const seen = new Set(keys.map((key) => JSON.stringify(Object.entries(key).sort())));
  if (seen.size !== keys.length)
    throw validationError('Provided list of item keys contains duplicates');
}

// ---- BatchGetItem ------------------------------------------------------------------------------

export function batchGetItem(input: Input, context: OperationContext): OperationResult {
  const requests = requestItemsOf(input).map(([tableName, raw]) => {
    const name = tableNameOf({ TableName: tableName });
    if (!isRecord(raw) || !Array.isArray(raw['Keys'])) {
      throw validationError(
        "1 validation error detected: Value null at 'requestItems.keys' failed to satisfy constraint: Member must not be null",
      );
    }
    const keys = raw['Keys'].map(readItem);
    const projectionSource = optionalString(raw, 'ProjectionExpression');
    const expressions = readExpressionContext(
      raw['ExpressionAttributeNames'],
      undefined,
      projectionSource !== undefined,
    );
    const projection =
      projectionSource === undefined ? null : parseProjection(projectionSource, expressions);
    expressions.requireAllUsed();
    return { name, keys, projection, consistent: optionalBoolean(raw, 'ConsistentRead') ?? false };
  });
  if (requests.reduce((sum, request) => sum + request.keys.length, 0) > BATCH_GET_LIMIT) {
    throw validationError('Too many items requested for the BatchGetItem call');
  }
  for (const request of requests) {
    const definition = tableOrThrow(context, request.name);
    for (const key of request.keys) checkKey(definition, key);
    duplicateCheck(request.keys);
  }
  const consumed: Consumed[] = [];
  const responses = requests.map((request) => {
    const found: Item[] = [];
    for (const key of request.keys) {
      const item = context.tables.get(request.name, key);
      // Each key is read as its own GetItem: its size rounded up to 4 KB on its own.
      consumed.push({
        tableName: request.name,
        readUnits: readUnits(item === undefined ? 0 : itemSize(item), request.consistent),
        writeUnits: 0,
      });
      if (item !== undefined)
        found.push(request.projection === null ? item : project(item, request.projection));
    }
    return [request.name, found] as const;
  });
  return { output: { Responses: recordOf(responses), UnprocessedKeys: {} }, consumed };
}

// ---- BatchWriteItem ----------------------------------------------------------------------------

type BatchWrite = { tableName: string; key: Item; item: Item | null };

export function batchWriteItem(input: Input, context: OperationContext): OperationResult {
  const writes: BatchWrite[] = [];
  for (const [tableName, raw] of requestItemsOf(input)) {
    const name = tableNameOf({ TableName: tableName });
    if (!Array.isArray(raw)) throw validationError('Unexpected value type in payload');
    const definition = tableOrThrow(context, name);
    const keys: Item[] = [];
    for (const request of raw) {
      const put =
        isRecord(request) && isRecord(request['PutRequest']) ? request['PutRequest'] : null;
      const del =
        isRecord(request) && isRecord(request['DeleteRequest']) ? request['DeleteRequest'] : null;
      if ((put === null) === (del === null)) {
        throw validationError(
          'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
        );
      }
      if (put !== null) {
        const item = requiredItem(put, 'Item');
        try {
          checkItemKey(definition, item);
        } catch (error) {
          // A batch reports a wrong-typed key with the generic schema message.
          if (error instanceof DynamoDbError && error.message.includes('Type mismatch')) {
            throw validationError('The provided key element does not match the schema');
          }
          throw error;
        }
        if (itemSize(item) > 400 * 1024) {
          throw validationError('Item size has exceeded the maximum allowed size');
        }
        const key = keyOf(definition, item);
        keys.push(key);
        writes.push({ tableName: name, key, item });
      } else {
        const key = requiredItem(del!, 'Key');
        checkKey(definition, key);
        keys.push(key);
        writes.push({ tableName: name, key, item: null });
      }
    }
    duplicateCheck(keys);
  }
  if (writes.length > BATCH_WRITE_LIMIT) {
    throw validationError('Too many items requested for the BatchWriteItem call');
  }
  const consumed = writes.map(({ tableName, key, item }) => {
    const old = context.tables.get(tableName, key);
    const bytes = Math.max(
      item === null ? 0 : itemSize(item),
      old === undefined ? 0 : itemSize(old),
    );
    context.tables.write(tableName, key, item, context.origin);
    return { tableName, readUnits: 0, writeUnits: writeUnits(bytes) };
  });
  return { output: { UnprocessedItems: {} }, consumed };
}

// ---- TransactWriteItems ------------------------------------------------------------------------

interface PreparedCheck {
  tableName: string;
  key: Item;
  condition: Condition;
  returnOnFailure: boolean;
}

function prepareConditionCheck(raw: Input, context: OperationContext): PreparedCheck {
  const tableName = tableNameOf(raw);
  const key = requiredItem(raw, 'Key');
  const source = optionalString(raw, 'ConditionExpression');
  if (source === undefined) {
    throw validationError(
      "1 validation error detected: Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null",
    );
  }
  const expressions = readExpressionContext(
    raw['ExpressionAttributeNames'],
    raw['ExpressionAttributeValues'],
    true,
  );
  const condition = parseCondition(source, 'ConditionExpression', expressions);
  expressions.requireAllUsed();
  checkKey(tableOrThrow(context, tableName), key);
  const returnOnFailure = optionalString(raw, 'ReturnValuesOnConditionCheckFailure') === 'ALL_OLD';
  return { tableName, key, condition, returnOnFailure };
}

type Prepared =
  | { kind: 'Put'; action: ReturnType<typeof preparePut>; key: Item }
  | { kind: 'Update'; action: ReturnType<typeof prepareUpdate>; key: Item }
  | { kind: 'Delete'; action: ReturnType<typeof prepareDelete>; key: Item }
  | { kind: 'ConditionCheck'; action: PreparedCheck; key: Item };

function prepareAction(raw: unknown, context: OperationContext): Prepared {
  const members = isRecord(raw)
    ? Object.entries(raw).filter(([, value]) => value !== undefined && value !== null)
    : [];
  const [kind, body] = members[0] ?? [undefined, undefined];
  if (members.length !== 1 || !isRecord(body)) {
    throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
  }
  switch (kind) {
    case 'Put': {
      const action = preparePut(body, context);
      return { kind, action, key: keyOf(action.definition, action.item) };
    }
    case 'Update': {
      const action = prepareUpdate(body, context);
      return { kind, action, key: action.key };
    }
    case 'Delete': {
      const action = prepareDelete(body, context);
      return { kind, action, key: action.key };
    }
    case 'ConditionCheck': {
      const action = prepareConditionCheck(body, context);
      return { kind, action, key: action.key };
    }
    default:
      throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
  }
}

export function transactWriteItems(input: Input, context: OperationContext): OperationResult {
  const raw = input['TransactItems'];
  if (!Array.isArray(raw) || raw.length === 0) {
    throw validationError(
      "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
    );
  }
  if (raw.length > TRANSACT_LIMIT) {
    throw validationError(
      `1 validation error detected: Value '[...]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to ${TRANSACT_LIMIT}`,
    );
  }
  const actions = raw.map((action) => prepareAction(action, context));
  const targets = actions.map(
    ({ action, key }) => `${action.tableName}\u0000${JSON.stringify(Object.entries(key).sort())}`,
  );
  if (new Set(targets).size !== targets.length) {
    throw validationError('Transaction request cannot include multiple operations on one item');
  }
  // Every condition is checked before anything is written: all the writes happen, or none.
  const consumed: Consumed[] = [];
  const reasons = actions.map(({ action, key }) => {
    const current = context.tables.get(action.tableName, key);
    const bytes = current === undefined ? 0 : itemSize(current);
    consumed.push({ tableName: action.tableName, readUnits: 0, writeUnits: 2 * writeUnits(bytes) });
    try {
      checkCondition(
        action.condition,
        current,
        action.returnOnFailure,
        consumed[consumed.length - 1]!,
      );
      return { Code: 'None' };
    } catch (error) {
      if (!(error instanceof DynamoDbError)) throw error;
      const item = error.extra.get('Item');
      return {
        Code: 'ConditionalCheckFailed',
        Message: 'The conditional request failed',
        ...(item === undefined ? {} : { Item: item }),
      };
    }
  });
  if (reasons.some((reason) => reason.Code !== 'None')) {
    const error = new DynamoDbError(
      'TransactionCanceledException',
      `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((reason) => reason.Code).join(', ')}]`,
      new Map([['CancellationReasons', reasons]]),
    );
    error.consumed = consumed;
    throw error;
  }
  const committed = actions.map((prepared) => {
    switch (prepared.kind) {
      case 'Put':
        return commitPut(prepared.action, context).consumed;
      case 'Update':
        return commitUpdate(prepared.action, context).consumed;
      case 'Delete':
        return commitDelete(prepared.action, context).consumed;
      case 'ConditionCheck':
        return { tableName: prepared.action.tableName, readUnits: 0, writeUnits: 1 };
    }
  });
  // A transactional write costs two write units per 1 KB.
  const billed = committed.map((one) => ({ ...one, writeUnits: 2 * one.writeUnits }));
  return { output: {}, consumed: billed };
}
