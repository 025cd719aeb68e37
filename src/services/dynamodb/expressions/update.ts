// Applies an UpdateExpression's actions to an item, as DynamoDB does: every operand is read from the
// item as it was before the update, SET writes (a list index past the end appends), REMOVE deletes
// (list elements shift), ADD adds to a number or a set (creating it when missing) and DELETE takes
// members out of a set (a set left empty disappears).
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
import type { AttributeValue, Item } from '../../../engine';
import { validationError } from '../errors';
import { addNumbers, compareNumbers } from '../numbers';
import { recordOf, setEntry } from '../values';
import type { DocumentPath, Operand, UpdateAction } from './ast';
import { expressionError } from './context';
import { valueAt } from './evaluate';

export function copyValue(value: AttributeValue): AttributeValue {
  if ('L' in value) return { L: value.L.map(copyValue) };
  if ('M' in value) return { M: copyItem(value.M) };
  if ('SS' in value) return { SS: [...value.SS] };
  if ('NS' in value) return { NS: [...value.NS] };
  if ('BS' in value) return { BS: [...value.BS] };
  return { ...value };
}

export function copyItem(item: Item): Item {
  return recordOf(Object.entries(item).map(([name, value]) => [name, copyValue(value)] as const));
}

function missingAttribute(): Error {
  return expressionError(
    'UpdateExpression',
    'The provided expression refers to an attribute that does not exist in the item',
  );
}

function wrongType(): Error {
  return expressionError(
    'UpdateExpression',
    'An operand in the update expression has an incorrect data type',
  );
}

function invalidPath(): Error {
  return validationError(
    'The document path provided in the update expression is invalid for update',
  );
}

/** A SET operand's value, read from the item before the update. */
function setValue(item: Item, operand: Operand): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value;
    case 'path': {
      const value = valueAt(item, operand.path);
      if (value === undefined) throw missingAttribute();
      return value;
    }
    case 'if_not_exists':
      return valueAt(item, operand.path) ?? setValue(item, operand.fallback);
    case 'list_append': {
      const first = setValue(item, operand.first);
      const second = setValue(item, operand.second);
      if (!('L' in first) || !('L' in second)) throw wrongType();
      return { L: [...first.L, ...second.L] };
    }
    case 'arithmetic': {
      const left = setValue(item, operand.left);
      const right = setValue(item, operand.right);
      if (!('N' in left) || !('N' in right)) throw wrongType();
      return { N: addNumbers(left.N, right.N, operand.operator === '-') };
    }
    case 'size':
      throw wrongType();
  }
}

function writeAt(item: Item, path: DocumentPath, value: AttributeValue): void {
  const last = path.elements[path.elements.length - 1]!;
  if (path.elements.length === 1) {
    if (last.kind !== 'name') throw invalidPath();
    setEntry(item, last.name, value);
    return;
  }
  // The map or list the last element lives in must already exist.
  const parent = valueAt(item, { elements: path.elements.slice(0, -1) });
  if (parent === undefined) throw invalidPath();
  if (last.kind === 'name') {
    if (!('M' in parent)) throw invalidPath();
    setEntry(parent.M, last.name, value);
  } else {
    if (!('L' in parent)) throw invalidPath();
    if (last.index < parent.L.length) parent.L[last.index] = value;
    else parent.L.push(value);
  }
}

function removeAt(item: Item, path: DocumentPath): void {
  const last = path.elements[path.elements.length - 1]!;
  if (path.elements.length === 1) {
    if (last.kind === 'name') Reflect.deleteProperty(item, last.name);
    return;
  }
  const parent = valueAt(item, { elements: path.elements.slice(0, -1) });
  if (parent === undefined) return;
  if (last.kind === 'name' && 'M' in parent) Reflect.deleteProperty(parent.M, last.name);
  else if (last.kind === 'index' && 'L' in parent && last.index < parent.L.length) {
    parent.L.splice(last.index, 1);
  }
}

function addTo(current: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if (current === undefined) return copyValue(value);
  if ('N' in current && 'N' in value) return { N: addNumbers(current.N, value.N) };
  if ('SS' in current && 'SS' in value) return { SS: [...new Set([...current.SS, ...value.SS])] };
  if ('BS' in current && 'BS' in value) return { BS: [...new Set([...current.BS, ...value.BS])] };
  if ('NS' in current && 'NS' in value) {
    const added = value.NS.filter((n) => !current.NS.some((m) => compareNumbers(m, n) === 0));
    return { NS: [...current.NS, ...added] };
  }
  throw wrongType();
}

function deleteFrom(current: AttributeValue, value: AttributeValue): AttributeValue | null {
  let left: AttributeValue;
  if ('SS' in current && 'SS' in value)
    left = { SS: current.SS.filter((s) => !value.SS.includes(s)) };
  else if ('BS' in current && 'BS' in value) {
    left = { BS: current.BS.filter((b) => !value.BS.includes(b)) };
  } else if ('NS' in current && 'NS' in value) {
    left = { NS: current.NS.filter((n) => !value.NS.some((m) => compareNumbers(m, n) === 0)) };
  } else throw wrongType();
  const members = 'SS' in left ? left.SS : 'NS' in left ? left.NS : 'BS' in left ? left.BS : [];
  return members.length === 0 ? null : left;
}

/** The item after the update; `before` is left as it was. */
export function applyUpdate(before: Item, actions: readonly UpdateAction[]): Item {
  // Every operand reads the item as it was: compute them all before writing any.
  const planned = actions.map((action) => {
    if (action.kind === 'SET') return { action, value: setValue(before, action.value) };
    if (action.kind === 'REMOVE') return { action, value: null };
    const operand = setValue(before, action.value);
    const current = valueAt(before, action.path);
    if (action.kind === 'ADD') return { action, value: addTo(current, operand) };
    return { action, value: current === undefined ? null : deleteFrom(current, operand) };
  });
  const after = copyItem(before);
  for (const { action, value } of planned) {
    if (action.kind !== 'REMOVE' && value !== null) writeAt(after, action.path, value);
    else if (action.kind === 'DELETE' && valueAt(after, action.path) !== undefined) {
      removeAt(after, action.path);
    }
  }
  // List elements removed from the end first, so each index names the element it named before.
  const removals = planned
    .filter(({ action }) => action.kind === 'REMOVE')
    .map(({ action }) => action.path)
    .sort((a, b) => lastIndex(b) - lastIndex(a));
  for (const path of removals) removeAt(after, path);
  return after;
}

function lastIndex(path: DocumentPath): number {
  const last = path.elements[path.elements.length - 1]!;
  return last.kind === 'index' ? last.index : -1;
}
