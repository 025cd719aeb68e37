// ProjectionExpression: the item with only the attributes the paths name. A nested path keeps its
// maps around it; list elements keep their order and close up, as DynamoDB returns them.
import type { AttributeValue, Item } from '../../../engine';
import { emptyRecord, getEntry, setEntry } from '../values';
import type { DocumentPath } from './ast';
import { valueAt } from './evaluate';
import { copyValue } from './update';

type Slot = Item | AttributeValue[];

function place(root: Item, path: DocumentPath, value: AttributeValue): void {
  let slot: Slot = root;
  path.elements.forEach((element, i) => {
    const isLast = i === path.elements.length - 1;
    const nextElement = path.elements[i + 1];
    const fresh = (): AttributeValue =>
      isLast ? copyValue(value) : nextElement?.kind === 'index' ? { L: [] } : { M: emptyRecord() };
    let child: AttributeValue | undefined;
    if (Array.isArray(slot)) {
      if (element.kind !== 'index') return;
      child = slot[element.index] ?? fresh();
      slot[element.index] = child;
    } else {
      if (element.kind !== 'name') return;
      child = getEntry(slot, element.name) ?? fresh();
      setEntry(slot, element.name, child);
    }
    if (!isLast) slot = 'L' in child ? child.L : 'M' in child ? child.M : slot;
  });
}

/** Lists built sparsely (by original index) close up into dense ones. */
function compact(value: AttributeValue): AttributeValue {
  if ('L' in value) return { L: value.L.filter((element) => element !== undefined).map(compact) };
  if ('M' in value) {
    for (const [name, member] of Object.entries(value.M)) setEntry(value.M, name, compact(member));
  }
  return value;
}

export function project(item: Item, paths: readonly DocumentPath[]): Item {
  const result = emptyRecord<AttributeValue>();
  for (const path of paths) {
    const value = valueAt(item, path);
    if (value !== undefined) place(result, path, value);
  }
  for (const [name, value] of Object.entries(result)) setEntry(result, name, compact(value));
  return result;
}
