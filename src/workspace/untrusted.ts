// Reading a save or a link, which may be hostile: a field is a plain object's own property of
// the expected type or nothing (a key like `constructor` is never Object.prototype's), and a list
// of named things is capped while it is read, a second entry with an id or a name already taken
// dropped, as the workspace could not tell the two apart.
import { ownValue } from './own-key';

/** The own property `key` of a plain object, or undefined. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return ownValue(value as Record<string, unknown>, key);
}

export function text(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

export function integer(value: unknown, key: string, fallback: number): number {
  const found = field(value, key);
  return typeof found === 'number' && Number.isInteger(found) ? found : fallback;
}

/** The entries `decode` accepts, the first `max` looked at only, ids and names unique, first kept. */
export function decodeNamed<T extends { id: string; name: string }>(
  value: unknown,
  max: number,
  decode: (entry: unknown) => T | null,
): T[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<string, T>();
  const names = new Set<string>();
  for (const entry of value.slice(0, max)) {
    const decoded = decode(entry);
    if (decoded === null || byId.has(decoded.id) || names.has(decoded.name)) continue;
    byId.set(decoded.id, decoded);
    names.add(decoded.name);
  }
  return [...byId.values()];
}
