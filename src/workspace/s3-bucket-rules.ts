// What S3 refuses in a new bucket's name or an object key, worded for the message next to the field.
import { bucketNameProblem } from '../engine';

/** What is wrong with a new bucket's name, or null; `taken` are the names already in use. */
export function newBucketNameProblem(name: string, taken: readonly string[]): string | null {
  const problem = bucketNameProblem(name);
  if (problem !== null) return problem;
  return taken.includes(name) ? `You already own a bucket named ${name}.` : null;
}

const encoder = new TextEncoder();

/**
 * What is wrong with an object key, or null. "The object key name is a sequence of Unicode
 * characters with UTF-8 encoding of up to 1,024 bytes long" (AWS S3 User Guide, "Naming Amazon S3
 * objects"); an empty key cannot be put.
 */
export function objectKeyProblem(key: string): string | null {
  if (key.length === 0) return 'An object key needs at least one character.';
  const bytes = encoder.encode(key).length;
  return bytes > 1024
    ? `An object key is at most 1,024 bytes of UTF-8; this one is ${bytes.toLocaleString('en-US')}.`
    : null;
}
