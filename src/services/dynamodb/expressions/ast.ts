// The parsed forms of DynamoDB's expressions (condition, filter, key condition, update,
// projection). Aliases and placeholders are already resolved: a path holds attribute names, a value
// holds the AttributeValue from ExpressionAttributeValues.
import type { AttributeValue } from '../../../engine';

export type PathElement = { kind: 'name'; name: string } | { kind: 'index'; index: number };

export interface DocumentPath {
  elements: PathElement[];
}

export type Operand =
  | { kind: 'path'; path: DocumentPath }
  | { kind: 'value'; value: AttributeValue; placeholder: string }
  | { kind: 'size'; path: DocumentPath }
  | { kind: 'if_not_exists'; path: DocumentPath; fallback: Operand }
  | { kind: 'list_append'; first: Operand; second: Operand }
  | { kind: 'arithmetic'; operator: '+' | '-'; left: Operand; right: Operand };

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'compare'; operator: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; operand: Operand; lower: Operand; upper: Operand }
  | { kind: 'in'; operand: Operand; candidates: Operand[] }
  | { kind: 'attribute_exists' | 'attribute_not_exists'; path: DocumentPath }
  | { kind: 'attribute_type'; path: DocumentPath; type: Operand }
  | { kind: 'begins_with'; operand: Operand; prefix: Operand }
  | { kind: 'contains'; operand: Operand; member: Operand }
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; condition: Condition };

export type UpdateAction =
  | { kind: 'SET'; path: DocumentPath; value: Operand }
  | { kind: 'REMOVE'; path: DocumentPath }
  | { kind: 'ADD' | 'DELETE'; path: DocumentPath; value: Operand };

/** How DynamoDB prints a path in its messages: `[a, b, [0]]`. */
export function describePath(path: DocumentPath): string {
  const parts = path.elements.map((element) =>
    element.kind === 'name' ? element.name : `[${element.index}]`,
  );
  return `[${parts.join(', ')}]`;
}

/** Whether one path is the other or lies inside it. */
export function pathsOverlap(a: DocumentPath, b: DocumentPath): boolean {
  const length = Math.min(a.elements.length, b.elements.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.elements[i]!;
    const y = b.elements[i]!;
    if (x.kind !== y.kind) return false;
    if (x.kind === 'name' && y.kind === 'name' && x.name !== y.name) return false;
    if (x.kind === 'index' && y.kind === 'index' && x.index !== y.index) return false;
  }
  return true;
}
