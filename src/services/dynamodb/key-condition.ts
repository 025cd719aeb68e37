// A Query's KeyConditionExpression: equality on the partition key and at most one condition on the
// sort key (=, <, <=, >, >=, BETWEEN, begins_with), joined by AND, as DynamoDB allows them.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html
import type { AttributeValue, Item, TableDefinition } from '../../engine';
import { INVALID_PARAMETERS, validationError } from './errors';
import type { Condition, Operand } from './expressions/ast';
import { evaluateCondition } from './expressions/evaluate';
import { expressionError } from './expressions/context';
import { typeOf } from './values';

export interface KeyCondition {
  partitionValue: AttributeValue;
  /** The sort key's condition, evaluated on an item; null for none. */
  sortCondition: Condition | null;
}

function operatorName(condition: Condition): string {
  switch (condition.kind) {
    case 'compare':
      return condition.operator;
    case 'between':
      return 'BETWEEN';
    case 'and':
    case 'or':
    case 'not':
    case 'in':
      return condition.kind.toUpperCase();
    default:
      return condition.kind;
  }
}

function flatten(condition: Condition): Condition[] {
  if (condition.kind === 'and') return [...flatten(condition.left), ...flatten(condition.right)];
  const allowed =
    (condition.kind === 'compare' && condition.operator !== '<>') ||
    condition.kind === 'between' ||
    condition.kind === 'begins_with';
  if (!allowed) {
    throw expressionError(
      'KeyConditionExpression',
      `Invalid operator used in KeyConditionExpression: ${operatorName(condition)}`,
    );
  }
  return [condition];
}

/** The attribute a key condition is on, and the values it compares it with. */
function partsOf(condition: Condition): { name: string | null; values: Operand[] } {
  const subject =
    condition.kind === 'compare'
      ? condition.left
      : condition.kind === 'between'
        ? condition.operand
        : condition.kind === 'begins_with'
          ? condition.operand
          : null;
  const values =
    condition.kind === 'compare'
      ? [condition.right]
      : condition.kind === 'between'
        ? [condition.lower, condition.upper]
        : condition.kind === 'begins_with'
          ? [condition.prefix]
          : [];
  const element =
    subject?.kind === 'path' && subject.path.elements.length === 1
      ? subject.path.elements[0]
      : undefined;
  return { name: element?.kind === 'name' ? element.name : null, values };
}

export function analyzeKeyCondition(
  definition: TableDefinition,
  condition: Condition,
): KeyCondition {
  const conditions = flatten(condition);
  const byName = new Map<string, Condition>();
  for (const part of conditions) {
    const { name, values } = partsOf(part);
    if (name === null || values.some((value) => value.kind !== 'value')) {
      throw validationError('Query key condition not supported');
    }
    if (byName.has(name)) {
      throw validationError('KeyConditionExpressions must only contain one condition per key');
    }
    byName.set(name, part);
  }
  const partitionKey = definition.partitionKey;
  const partition = byName.get(partitionKey.name);
  if (partition === undefined) {
    throw validationError(`Query condition missed key schema element: ${partitionKey.name}`);
  }
  const sortKey = definition.sortKey;
  const sortCondition = sortKey === null ? undefined : byName.get(sortKey.name);
  if (byName.size > (sortCondition === undefined ? 1 : 2)) {
    // A condition on an attribute that is not a key.
    throw validationError(
      sortKey !== null && sortCondition === undefined
        ? `Query condition missed key schema element: ${sortKey.name}`
        : 'Query key condition not supported',
    );
  }
  if (partition.kind !== 'compare' || partition.operator !== '=') {
    throw validationError('Query key condition not supported');
  }
  for (const [name, part] of byName) {
    const type = name === partitionKey.name ? partitionKey.type : sortKey!.type;
    for (const value of partsOf(part).values) {
      if (value.kind === 'value' && typeOf(value.value) !== type) {
        throw validationError(
          `${INVALID_PARAMETERS} Condition parameter type does not match schema type`,
        );
      }
    }
  }
  const right = partition.right;
  return {
    partitionValue: right.kind === 'value' ? right.value : { NULL: true },
    sortCondition: sortCondition ?? null,
  };
}

export function matchesSortCondition(keyCondition: KeyCondition, item: Item): boolean {
  return keyCondition.sortCondition === null || evaluateCondition(item, keyCondition.sortCondition);
}
