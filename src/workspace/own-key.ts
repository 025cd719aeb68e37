// Saved records keyed by what the learner typed (file paths, saved test events): read by own key
// only, so a file called `constructor` is a file, never Object.prototype.constructor.

/** The value stored under `key` itself, or undefined; inherited members never count. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key)
    ? (Object.getOwnPropertyDescriptor(record, key)?.value as T)
    : undefined;
}
