// PutItem, UpdateItem and DeleteItem: a write of one item, under an optional ConditionExpression.
// A failed condition still consumes the write's capacity, as DynamoDB bills it.
import type { Item, TableDefinition } from '../../engine';
import { writeUnits, type Consumed } from './capacity';
import { conditionalCheckFailed, INVALID_PARAMETERS, validationError } from './errors';
import type { Condition, UpdateAction } from './expressions/ast';
import { readExpressionContext } from './expressions/context';
import { evaluateCondition } from './expressions/evaluate';
import { parseCondition, parseUpdate } from './expressions/parser';
import { project } from './expressions/projection';
import { applyUpdate, copyItem } from './expressions/update';
import { itemSize, MAX_ITEM_BYTES } from './item-size';
import {
  refuseLegacyParameters,
  tableOrThrow,
  type OperationContext,
  type OperationResult,
} from './operation';
import {
  checkItemKey,
  checkKey,
  optionalEnum,
  optionalString,
  requiredItem,
  tableNameOf,
  type Input,
} from './request';
import { keyOf } from './table-store';
import { emptyRecord } from './values';

const RETURN_VALUES = ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'] as const;
type ReturnValues = (typeof RETURN_VALUES)[number];

/** A write's ConditionExpression and expression maps, parsed and checked. */
export interface WriteRequest {
  condition: Condition | null;
  returnOnFailure: boolean;
}

function returnValuesOf(input: Input, allowed: readonly ReturnValues[]): ReturnValues {
  const value = optionalEnum(input, 'ReturnValues', RETURN_VALUES) ?? 'NONE';
  if (!allowed.includes(value)) throw validationError('Return values set to invalid value');
  return value;
}

function returnOnFailureOf(input: Input): boolean {
  return (
    optionalEnum(input, 'ReturnValuesOnConditionCheckFailure', ['ALL_OLD', 'NONE']) === 'ALL_OLD'
  );
}

/** Fails the write when its condition does not hold on the item as it is (empty when missing). */
export function checkCondition(
  condition: Condition | null,
  current: Item | undefined,
  returnOnFailure: boolean,
  consumed: Consumed,
): void {
  if (condition === null || evaluateCondition(current ?? emptyRecord(), condition)) return;
  const error = conditionalCheckFailed(returnOnFailure && current !== undefined ? current : null);
  error.consumed = [consumed];
  throw error;
}

function checkSize(item: Item, message: string): void {
  if (itemSize(item) > MAX_ITEM_BYTES) throw validationError(message);
}

function attributesMember(attributes: Item | undefined): Record<string, unknown> {
  return attributes === undefined || Object.keys(attributes).length === 0
    ? {}
    : { Attributes: attributes };
}

/**
 * The request's ConditionExpression, parsed against its expression attribute names and values;
 * names or values it leaves unused are refused, as DynamoDB does.
 */
function conditionOf(input: Input): Condition | null {
  const source = optionalString(input, 'ConditionExpression');
  const expressions = readExpressionContext(
    input['ExpressionAttributeNames'],
    input['ExpressionAttributeValues'],
    source !== undefined,
  );
  const condition =
    source === undefined ? null : parseCondition(source, 'ConditionExpression', expressions);
  expressions.requireAllUsed();
  return condition;
}

// ---- PutItem -----------------------------------------------------------------------------------

export interface PreparedPut {
  tableName: string;
  definition: TableDefinition;
  item: Item;
  condition: Condition | null;
  returnOnFailure: boolean;
}

export function preparePut(input: Input, context: OperationContext): PreparedPut {
  const tableName = tableNameOf(input);
  refuseLegacyParameters(input, ['ConditionExpression']);
  const item = requiredItem(input, 'Item');
  const condition = conditionOf(input);
  const definition = tableOrThrow(context, tableName);
  checkItemKey(definition, item);
  checkSize(item, 'Item size has exceeded the maximum allowed size');
  return { tableName, definition, item, condition, returnOnFailure: returnOnFailureOf(input) };
}

/** Applies a prepared put; returns the item it replaced. */
export function commitPut(
  put: PreparedPut,
  context: OperationContext,
): { old: Item | undefined; consumed: Consumed } {
  const key = keyOf(put.definition, put.item);
  const old = context.tables.get(put.tableName, key);
  const consumed = {
    tableName: put.tableName,
    readUnits: 0,
    writeUnits: writeUnits(Math.max(itemSize(put.item), old === undefined ? 0 : itemSize(old))),
  };
  checkCondition(put.condition, old, put.returnOnFailure, consumed);
  context.tables.write(put.tableName, key, put.item, context.origin);
  return { old, consumed };
}

export function putItem(input: Input, context: OperationContext): OperationResult {
  const returnValues = returnValuesOf(input, ['NONE', 'ALL_OLD']);
  const put = preparePut(input, context);
  const { old, consumed } = commitPut(put, context);
  return {
    output: attributesMember(returnValues === 'ALL_OLD' ? old : undefined),
    consumed: [consumed],
  };
}

// ---- UpdateItem --------------------------------------------------------------------------------

export interface PreparedUpdate {
  tableName: string;
  definition: TableDefinition;
  key: Item;
  actions: UpdateAction[];
  condition: Condition | null;
  returnOnFailure: boolean;
}

export function prepareUpdate(input: Input, context: OperationContext): PreparedUpdate {
  const tableName = tableNameOf(input);
  refuseLegacyParameters(input, ['UpdateExpression', 'ConditionExpression']);
  const key = requiredItem(input, 'Key');
  const updateSource = optionalString(input, 'UpdateExpression');
  const conditionSource = optionalString(input, 'ConditionExpression');
  const expressions = readExpressionContext(
    input['ExpressionAttributeNames'],
    input['ExpressionAttributeValues'],
    updateSource !== undefined || conditionSource !== undefined,
  );
  const actions = updateSource === undefined ? [] : parseUpdate(updateSource, expressions);
  const condition =
    conditionSource === undefined
      ? null
      : parseCondition(conditionSource, 'ConditionExpression', expressions);
  expressions.requireAllUsed();
  const definition = tableOrThrow(context, tableName);
  checkKey(definition, key);
  const keyNames = [definition.partitionKey.name, definition.sortKey?.name];
  for (const action of actions) {
    const first = action.path.elements[0];
    if (first?.kind === 'name' && keyNames.includes(first.name)) {
      throw validationError(
        `${INVALID_PARAMETERS} Cannot update attribute ${first.name}. This attribute is part of the key`,
      );
    }
  }
  return {
    tableName,
    definition,
    key,
    actions,
    condition,
    returnOnFailure: returnOnFailureOf(input),
  };
}

export function commitUpdate(
  update: PreparedUpdate,
  context: OperationContext,
): { old: Item | undefined; updated: Item; consumed: Consumed } {
  const old = context.tables.get(update.tableName, update.key);
  const oldSize = old === undefined ? 0 : itemSize(old);
  const failedConsumed = {
    tableName: update.tableName,
    readUnits: 0,
    writeUnits: writeUnits(Math.max(oldSize, itemSize(update.key))),
  };
  checkCondition(update.condition, old, update.returnOnFailure, failedConsumed);
  // An update of a missing item creates it from its key.
  const updated = applyUpdate(old ?? copyItem(update.key), update.actions);
  checkSize(updated, 'Item size to update has exceeded the maximum allowed size');
  const consumed = {
    ...failedConsumed,
    writeUnits: writeUnits(Math.max(oldSize, itemSize(updated))),
  };
  context.tables.write(update.tableName, update.key, updated, context.origin);
  return { old, updated, consumed };
}

export function updateItem(input: Input, context: OperationContext): OperationResult {
  const returnValues = returnValuesOf(input, RETURN_VALUES);
  const update = prepareUpdate(input, context);
  const { old, updated, consumed } = commitUpdate(update, context);
  const paths = update.actions.map((action) => action.path);
  const attributes: Record<ReturnValues, Item | undefined> = {
    NONE: undefined,
    ALL_OLD: old,
    ALL_NEW: updated,
    UPDATED_OLD: old === undefined ? undefined : project(old, paths),
    UPDATED_NEW: project(updated, paths),
  };
  return { output: attributesMember(attributes[returnValues]), consumed: [consumed] };
}

// ---- DeleteItem --------------------------------------------------------------------------------

export interface PreparedDelete {
  tableName: string;
  key: Item;
  condition: Condition | null;
  returnOnFailure: boolean;
}

export function prepareDelete(input: Input, context: OperationContext): PreparedDelete {
  const tableName = tableNameOf(input);
  refuseLegacyParameters(input, ['ConditionExpression']);
  const key = requiredItem(input, 'Key');
  const condition = conditionOf(input);
  checkKey(tableOrThrow(context, tableName), key);
  return { tableName, key, condition, returnOnFailure: returnOnFailureOf(input) };
}

export function commitDelete(
  deletion: PreparedDelete,
  context: OperationContext,
): { old: Item | undefined; consumed: Consumed } {
  const old = context.tables.get(deletion.tableName, deletion.key);
  const consumed = {
    tableName: deletion.tableName,
    readUnits: 0,
    writeUnits: writeUnits(old === undefined ? 0 : itemSize(old)),
  };
  checkCondition(deletion.condition, old, deletion.returnOnFailure, consumed);
  context.tables.write(deletion.tableName, deletion.key, null, context.origin);
  return { old, consumed };
}

export function deleteItem(input: Input, context: OperationContext): OperationResult {
  const returnValues = returnValuesOf(input, ['NONE', 'ALL_OLD']);
  const { old, consumed } = commitDelete(prepareDelete(input, context), context);
  return {
    output: attributesMember(returnValues === 'ALL_OLD' ? old : undefined),
    consumed: [consumed],
  };
}
