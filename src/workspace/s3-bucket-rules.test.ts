import { describe, expect, it } from 'vitest';
import { newBucketNameProblem, objectKeyProblem } from './s3-bucket-rules';

describe('newBucketNameProblem', () => {
  it('accepts names S3 accepts', () => {
    for (const name of ['abc', 'my-bucket', 'photos.2026', 'a'.repeat(63), '1-2-3']) {
      expect(newBucketNameProblem(name, [])).toBeNull();
    }
  });

  it('refuses each rule with its own message', () => {
    expect(newBucketNameProblem('ab', [])).toBe(
      'A bucket name is 3–63 characters long; this one has 2.',
    );
    expect(newBucketNameProblem('a'.repeat(64), [])).toBe(
      'A bucket name is 3–63 characters long; this one has 64.',
    );
    expect(newBucketNameProblem('My-Bucket', [])).toBe(
      'A bucket name may hold only lowercase letters, digits, dots (.) and hyphens (-).',
    );
    expect(newBucketNameProblem('my_bucket', [])).toBe(
      'A bucket name may hold only lowercase letters, digits, dots (.) and hyphens (-).',
    );
    expect(newBucketNameProblem('-bucket', [])).toBe(
      'A bucket name must begin and end with a letter or a digit.',
    );
    expect(newBucketNameProblem('bucket.', [])).toBe(
      'A bucket name must begin and end with a letter or a digit.',
    );
    expect(newBucketNameProblem('my..bucket', [])).toBe(
      'A bucket name must not contain two adjacent periods.',
    );
    expect(newBucketNameProblem('192.168.5.4', [])).toBe(
      'A bucket name must not be formatted as an IP address.',
    );
    expect(newBucketNameProblem('xn--bucket', [])).toBe(
      'Bucket names starting with "xn--" are reserved by S3.',
    );
    expect(newBucketNameProblem('photos-s3alias', [])).toBe(
      'Bucket names ending with "-s3alias" are reserved by S3.',
    );
    expect(newBucketNameProblem('uploads', ['logs', 'uploads'])).toBe(
      'You already own a bucket named uploads.',
    );
  });
});

describe('objectKeyProblem', () => {
  it('takes 1–1,024 bytes of UTF-8, counting bytes rather than characters', () => {
    expect(objectKeyProblem('my photo.jpg')).toBeNull();
    expect(objectKeyProblem('a'.repeat(1024))).toBeNull();
    expect(objectKeyProblem('é'.repeat(512))).toBeNull();
    expect(objectKeyProblem('')).toBe('An object key needs at least one character.');
    expect(objectKeyProblem('é'.repeat(513))).toBe(
      'An object key is at most 1,024 bytes of UTF-8; this one is 1,026.',
    );
  });
});
