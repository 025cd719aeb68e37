// Evaluates a condition (ConditionExpression, FilterExpression) against an item, as DynamoDB does:
// a comparison with a missing attribute or across types is false (and `<>` true), ordering applies
// to strings, numbers and binaries only, and size() has no value for numbers, booleans and nulls.
import type { AttributeValue, Item } from '../../../engine';
import { base64ToBytes } from '../../../share/base64';
import { compareNumbers } from '../numbers';
import { compareScalars, getEntry, typeOf, valuesEqual } from '../values';
import type { Condition, DocumentPath, Operand } from './ast';

/** The value at a document path, or undefined when any step of it is missing. */
export function valueAt(item: Item, path: DocumentPath): AttributeValue | undefined {
  let current: AttributeValue | undefined;
  for (const [i, element] of path.elements.entries()) {
    if (i === 0) {
      if (element.kind !== 'name') return undefined;
      current = getEntry(item, element.name);
    } else if (current === undefined) return undefined;
    else if (element.kind === 'name')
      current = 'M' in current ? getEntry(current.M, element.name) : undefined;
    else current = 'L' in current ? current.L[element.index] : undefined;
  }
  return current;
}

function sizeOf(value: AttributeValue): number | null {
  if ('S' in value) return Array.from(value.S).length;
  if ('B' in value) return base64ToBytes(value.B).length;
  if ('SS' in value) return value.SS.length;
  if ('NS' in value) return value.NS.length;
  if ('BS' in value) return value.BS.length;
  if ('L' in value) return value.L.length;
  if ('M' in value) return Object.keys(value.M).length;
  return null;
}

/** A condition operand's value: a path's, a placeholder's, or size()'s; undefined when it has none. */
export function operandValue(item: Item, operand: Operand): AttributeValue | undefined {
  switch (operand.kind) {
    case 'path':
      return valueAt(item, operand.path);
    case 'value':
      return operand.value;
    case 'size': {
      const value = valueAt(item, operand.path);
      const size = value === undefined ? null : sizeOf(value);
      return size === null ? undefined : { N: String(size) };
    }
    default:
      // Update functions never reach a condition: the parser refuses them there.
      return undefined;
  }
}

function compare(operator: string, left?: AttributeValue, right?: AttributeValue): boolean {
  if (left === undefined || right === undefined) return operator === '<>';
  if (operator === '=') return valuesEqual(left, right);
  if (operator === '<>') return !valuesEqual(left, right);
  const order = compareScalars(left, right);
  if (order === null) return false;
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}

function beginsWith(value?: AttributeValue, prefix?: AttributeValue): boolean {
  if (value === undefined || prefix === undefined) return false;
  if ('S' in value && 'S' in prefix) return value.S.startsWith(prefix.S);
  if ('B' in value && 'B' in prefix) {
    const bytes = base64ToBytes(value.B);
    const start = base64ToBytes(prefix.B);
    return start.length <= bytes.length && start.every((byte, i) => bytes[i] === byte);
  }
  return false;
}

function contains(value?: AttributeValue, member?: AttributeValue): boolean {
  if (value === undefined || member === undefined) return false;
  if ('S' in value) return 'S' in member && value.S.includes(member.S);
  if ('SS' in value) return 'S' in member && value.SS.includes(member.S);
  if ('NS' in value)
    return 'N' in member && value.NS.some((n) => compareNumbers(n, member.N) === 0);
  if ('BS' in value) return 'B' in member && value.BS.includes(member.B);
  if ('L' in value) return value.L.some((element) => valuesEqual(element, member));
  return false;
}

export function evaluateCondition(item: Item, condition: Condition): boolean {
  switch (condition.kind) {
    case 'compare':
      return compare(
        condition.operator,
        operandValue(item, condition.left),
        operandValue(item, condition.right),
      );
    case 'between': {
      const value = operandValue(item, condition.operand);
      return (
        compare('>=', value, operandValue(item, condition.lower)) &&
        compare('<=', value, operandValue(item, condition.upper))
      );
    }
    case 'in': {
      const value = operandValue(item, condition.operand);
      return condition.candidates.some((candidate) =>
        compare('=', value, operandValue(item, candidate)),
      );
    }
    case 'attribute_exists':
      return valueAt(item, condition.path) !== undefined;
    case 'attribute_not_exists':
      return valueAt(item, condition.path) === undefined;
    case 'attribute_type': {
      const value = valueAt(item, condition.path);
      const type = operandValue(item, condition.type);
      return value !== undefined && type !== undefined && 'S' in type && typeOf(value) === type.S;
    }
    case 'begins_with':
      return beginsWith(
        operandValue(item, condition.operand),
        operandValue(item, condition.prefix),
      );
    case 'contains':
      return contains(operandValue(item, condition.operand), operandValue(item, condition.member));
    case 'and':
      return evaluateCondition(item, condition.left) && evaluateCondition(item, condition.right);
    case 'or':
      return evaluateCondition(item, condition.left) || evaluateCondition(item, condition.right);
    case 'not':
      return !evaluateCondition(item, condition.condition);
  }
}
