// Lists of named things read back from a save or a link (tables, web apps): hostile input, so the
// list is capped while it is read, and a second entry with an id or a name already taken is
// dropped, as the workspace could not tell the two apart.

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
