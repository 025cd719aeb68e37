// What S3 refuses in a bucket name or an object key, worded for the message next to the field.
// Bucket names follow the AWS S3 User Guide, "General purpose bucket naming rules"
// (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html): 3–63 characters of
// lowercase letters, digits, dots and hyphens, beginning and ending with a letter or digit, no two
// adjacent periods, not formatted as an IP address, none of the reserved prefixes or suffixes.

const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
// Access point aliases, Object Lambda aliases, Multi-Region Access Points, directory buckets.
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3'];
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;

/** What is wrong with a new bucket's name, or null; `taken` are the names already in use. */
export function bucketNameProblem(name: string, taken: readonly string[]): string | null {
  if (name.length < 3 || name.length > 63) {
    return `A bucket name is 3–63 characters long; this one has ${name.length}.`;
  }
  if (!/^[a-z0-9.-]+$/.test(name)) {
    return 'A bucket name may hold only lowercase letters, digits, dots (.) and hyphens (-).';
  }
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) {
    return 'A bucket name must begin and end with a letter or a digit.';
  }
  if (name.includes('..')) return 'A bucket name must not contain two adjacent periods.';
  if (IP_ADDRESS.test(name)) return 'A bucket name must not be formatted as an IP address.';
  const prefix = RESERVED_PREFIXES.find((reserved) => name.startsWith(reserved));
  if (prefix) return `Bucket names starting with "${prefix}" are reserved by S3.`;
  const suffix = RESERVED_SUFFIXES.find((reserved) => name.endsWith(reserved));
  if (suffix) return `Bucket names ending with "${suffix}" are reserved by S3.`;
  if (taken.includes(name)) return `You already own a bucket named ${name}.`;
  return null;
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
