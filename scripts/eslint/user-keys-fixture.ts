// What the no-dictionary-lookup rule must flag (lines ending in `// flagged`) and leave alone.
const byName: Record<string, number> = JSON.parse('{}') as Record<string, number>;
const name = String(Date.now());
const choice: 'a' | 'b' = name === 'x' ? 'a' : 'b';
const fixed: Record<'a' | 'b', number> = { a: 1, b: 2 };

export const looked = byName[name]; // flagged
byName[name] = 1; // flagged
export const member = name in byName; // flagged
export const maybe = (byName as Record<string, number> | undefined)?.[name]; // flagged

export const literal = byName['index.ts'];
export const union = byName[choice];
export const numbered = byName[Number(name)];
export const keyed = fixed[choice];
export const listed = [1, 2][Number(name)];
export const mapped = new Map<string, number>().get(name);
export const own = Object.hasOwn(byName, name);

export const guardedRead = Object.hasOwn(byName, name) ? byName[name] : 0;
export const guardedAnd = Object.hasOwn(byName, name) && byName[name] === 1;
export const unguardedElse = Object.hasOwn(byName, name) ? 0 : byName[name]; // flagged
export const otherKey = Object.hasOwn(byName, choice) ? byName[name] : 0; // flagged
export function earlyExit(): number {
  if (!Object.hasOwn(byName, name)) return 0;
  return byName[name] ?? 0;
}
export function notAnExit(): number {
  if (!Object.hasOwn(byName, name)) console.info('missing');
  return byName[name] ?? 0; // flagged
}
