// What S3 refuses in a bucket's name, in the words shown next to the field and in the
// platform's errors. The AWS S3 User Guide, "General purpose bucket naming rules"
// (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html): 3–63 characters of
// lowercase letters, digits, dots and hyphens, beginning and ending with a letter or digit, no two
// adjacent periods, not formatted as an IP address, none of the reserved prefixes or suffixes.

const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
// Access point aliases, Object Lambda aliases, Multi-Region Access Points, directory buckets.
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3'];
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;

/** What S3 refuses in a bucket's name, or null. */
export function bucketNameProblem(name: string): string | null {
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
  return null;
}
