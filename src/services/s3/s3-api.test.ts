import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  NoSuchBucket,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiRequest } from '../api-types';
import { sdkHarness, TEST_CALLER, type Harness } from '../testing/sdk-harness';
import { bodyText } from '../wire/responses';
import { createS3Api } from './s3-api';
import { memoryS3, type MemoryS3 } from './testing/memory-s3';

const md5 = (text: string | Uint8Array) => createHash('md5').update(text).digest('hex');

/** What the SDK rejected with, for asserting on its error class and fields. */
async function failure(promise: Promise<unknown>): Promise<S3ServiceException> {
  const thrown: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (!(thrown instanceof S3ServiceException)) throw thrown;
  return thrown;
}

let s3: MemoryS3;
let harness: Harness;
let client: S3Client;
/** Every request the SDK sent, as the service received it. */
let sent: ApiRequest[];

beforeEach(() => {
  s3 = memoryS3(['photos', 'backup.2026']);
  const api = createS3Api(s3.port);
  sent = [];
  harness = sdkHarness((request, caller) => {
    sent.push(request);
    return api(request, caller);
  });
  client = new S3Client(harness.config);
});

const put = (Key: string, Body: string | Uint8Array, extra: Record<string, unknown> = {}) =>
  client.send(new PutObjectCommand({ Bucket: 'photos', Key, Body, ...extra }));

describe('PutObject and GetObject', () => {
  it('stores a string body and answers it with its facts', async () => {
    const result = await put('notes/hello.txt', 'hello world', {
      ContentType: 'text/plain',
      Metadata: { Author: 'ada', 'trace-id': 'x1' },
      CacheControl: 'max-age=60',
    });
    expect(result.ETag).toBe(`"${md5('hello world')}"`);
    expect(result.ServerSideEncryption).toBe('AES256');
    expect(result.$metadata.httpStatusCode).toBe(200);
    expect(result.$metadata.requestId).toMatch(/^[0-9A-F]{16}$/);
    expect(result.$metadata.extendedRequestId).toMatch(/^[A-Za-z0-9+/=]{72}$/);

    const object = await client.send(
      new GetObjectCommand({ Bucket: 'photos', Key: 'notes/hello.txt' }),
    );
    expect(await object.Body!.transformToString()).toBe('hello world');
    expect(object.ContentType).toBe('text/plain');
    expect(object.ContentLength).toBe(11);
    expect(object.ETag).toBe(`"${md5('hello world')}"`);
    expect(object.LastModified).toEqual(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)));
    expect(object.Metadata).toEqual({ author: 'ada', 'trace-id': 'x1' });
    expect(object.CacheControl).toBe('max-age=60');
    expect(object.AcceptRanges).toBe('bytes');
  });

  it('keeps bytes exactly, with the Content-Type the SDK sends by default', async () => {
    const bytes = new Uint8Array([0, 255, 1, 254, 0x80, 0x0d, 0x0a]);
    await put('blob.bin', bytes);
    const object = await client.send(new GetObjectCommand({ Bucket: 'photos', Key: 'blob.bin' }));
    expect(await object.Body!.transformToByteArray()).toEqual(bytes);
    expect(sent[0]!.headers.get('content-type')).toBe('application/octet-stream');
    expect(object.ContentType).toBe('application/octet-stream');
    expect(object.ETag).toBe(`"${md5(bytes)}"`);
  });

  it('fires ObjectCreated:Put with the calling invocation as its origin', async () => {
    await put('a.txt', 'a');
    expect(s3.changes).toEqual([
      {
        bucket: 'photos',
        eventName: 'ObjectCreated:Put',
        key: 'a.txt',
        origin: { functionName: TEST_CALLER.functionName, requestId: TEST_CALLER.requestId },
      },
    ]);
  });

  it.each([
    'a b+c.txt',
    'ünïcödé/日本語/🙂.txt',
    'dir//double/slash/',
    'percent%20literal & ?query#hash',
    'constructor',
    '__proto__',
    'hasOwnProperty',
  ])('round-trips the key %j, virtual-hosted and path style', async (key) => {
    await put(key, `body of ${key}`);
    expect([...s3.buckets.get('photos')!.keys()]).toEqual([key]);
    const pathStyle = new S3Client({ ...harness.config, forcePathStyle: true });
    const object = await pathStyle.send(new GetObjectCommand({ Bucket: 'photos', Key: key }));
    expect(await object.Body!.transformToString()).toBe(`body of ${key}`);
    expect(sent.map((request) => request.hostname)).toEqual([
      'photos.s3.us-east-1.amazonaws.com',
      's3.us-east-1.amazonaws.com',
    ]);
    const listed = await client.send(new ListObjectsV2Command({ Bucket: 'photos' }));
    expect(listed.Contents?.map((entry) => entry.Key)).toEqual([key]);
  });

  it('addresses a bucket whose name has a dot in the path', async () => {
    await client.send(new PutObjectCommand({ Bucket: 'backup.2026', Key: 'k', Body: 'v' }));
    expect(s3.buckets.get('backup.2026')!.has('k')).toBe(true);
  });

  it('answers a byte range with 206 and Content-Range, and an unsatisfiable one with InvalidRange', async () => {
    await put('range.txt', 'hello world');
    const part = await client.send(
      new GetObjectCommand({ Bucket: 'photos', Key: 'range.txt', Range: 'bytes=6-' }),
    );
    expect(await part.Body!.transformToString()).toBe('world');
    expect(part.$metadata.httpStatusCode).toBe(206);
    expect(part.ContentRange).toBe('bytes 6-10/11');
    expect(part.ContentLength).toBe(5);
    const suffix = await client.send(
      new GetObjectCommand({ Bucket: 'photos', Key: 'range.txt', Range: 'bytes=-3' }),
    );
    expect(await suffix.Body!.transformToString()).toBe('rld');
    const error = await failure(
      client.send(new GetObjectCommand({ Bucket: 'photos', Key: 'range.txt', Range: 'bytes=11-' })),
    );
    expect(error.name).toBe('InvalidRange');
    expect(error.$metadata.httpStatusCode).toBe(416);
    expect(error.message).toBe('The requested range is not satisfiable');
  });

  it('answers NoSuchKey and NoSuchBucket as the SDK error classes', async () => {
    const missingKey = await failure(
      client.send(new GetObjectCommand({ Bucket: 'photos', Key: 'nope.txt' })),
    );
    expect(missingKey).toBeInstanceOf(NoSuchKey);
    expect(missingKey.message).toBe('The specified key does not exist.');
    expect(missingKey.$metadata.httpStatusCode).toBe(404);
    expect(missingKey.$metadata.requestId).toMatch(/^[0-9A-F]{16}$/);

    const missingBucket = await failure(
      client.send(new PutObjectCommand({ Bucket: 'elsewhere', Key: 'a', Body: 'a' })),
    );
    expect(missingBucket).toBeInstanceOf(NoSuchBucket);
    expect(missingBucket.message).toBe('The specified bucket does not exist');
    expect(missingBucket.$metadata.httpStatusCode).toBe(404);
    expect(s3.changes).toEqual([]);
  });

  it('refuses a key over 1,024 bytes of UTF-8 and metadata over 2 KB', async () => {
    const longKey = await failure(put('é'.repeat(513), 'x'));
    expect(longKey.name).toBe('KeyTooLongError');
    expect(longKey.message).toBe('Your key is too long');
    expect(longKey.$metadata.httpStatusCode).toBe(400);
    const metadata = await failure(put('m', 'x', { Metadata: { big: 'v'.repeat(2046) } }));
    expect(metadata.name).toBe('MetadataTooLarge');
    expect(metadata.$metadata.httpStatusCode).toBe(400);
    expect(s3.buckets.get('photos')!.size).toBe(0);
  });

  it('verifies the checksum and Content-MD5 it is sent', async () => {
    const crc = await failure(put('c.txt', 'abc', { ChecksumCRC32: 'AAAAAA==' }));
    expect(crc.name).toBe('BadDigest');
    expect(crc.message).toBe('The CRC32 you specified did not match the calculated checksum.');
    const md5Error = await failure(put('m.txt', 'abc', { ContentMD5: 'AAAAAAAAAAAAAAAAAAAAAA==' }));
    expect(md5Error.name).toBe('BadDigest');
    expect(md5Error.message).toBe('The Content-MD5 you specified did not match what we received.');
    const good = Buffer.from(md5('abc'), 'hex').toString('base64');
    await put('m.txt', 'abc', { ContentMD5: good, ChecksumAlgorithm: 'CRC32C' });
    expect(s3.buckets.get('photos')!.get('m.txt')!.headers.get('x-amz-checksum-crc32c')).toBe(
      'Nks/tw==',
    );
  });

  it('echoes the SDK’s CRC32 and answers it again when asked, which the SDK validates', async () => {
    const result = await put('sum.txt', 'hello world');
    expect(sent[0]!.headers.get('x-amz-checksum-crc32')).toBe('DUoRhQ==');
    expect(result.ChecksumCRC32).toBe('DUoRhQ==');
    expect(result.ChecksumType).toBe('FULL_OBJECT');
    const object = await client.send(
      new GetObjectCommand({ Bucket: 'photos', Key: 'sum.txt', ChecksumMode: 'ENABLED' }),
    );
    expect(object.ChecksumCRC32).toBe('DUoRhQ==');
    expect(await object.Body!.transformToString()).toBe('hello world');
  });

  it('writes only when If-None-Match: * finds no object', async () => {
    await put('once.txt', 'first', { IfNoneMatch: '*' });
    const error = await failure(put('once.txt', 'second', { IfNoneMatch: '*' }));
    expect(error.name).toBe('PreconditionFailed');
    expect(error.$metadata.httpStatusCode).toBe(412);
    expect(bodyText(s3.buckets.get('photos')!.get('once.txt')!.bytes)).toBe('first');
  });
});

describe('aws-chunked bodies', () => {
  it('stores the decoded bytes of a streamed Readable body and its trailing CRC32', async () => {
    const text = 'line one\n'.repeat(3000);
    await client.send(
      new PutObjectCommand({
        Bucket: 'photos',
        Key: 'stream.txt',
        Body: Readable.from([Buffer.from(text.slice(0, 10000)), Buffer.from(text.slice(10000))]),
        ContentLength: text.length,
      }),
    );
    const request = sent[0]!;
    expect(request.headers.get('content-encoding')).toBe('aws-chunked');
    expect(request.headers.get('x-amz-decoded-content-length')).toBe(String(text.length));
    expect(request.headers.get('x-amz-trailer')).toBe('x-amz-checksum-crc32');
    const stored = s3.buckets.get('photos')!.get('stream.txt')!;
    expect(bodyText(stored.bytes)).toBe(text);
    expect(stored.headers.has('content-encoding')).toBe(false);
    const object = await client.send(
      new GetObjectCommand({ Bucket: 'photos', Key: 'stream.txt', ChecksumMode: 'ENABLED' }),
    );
    // The SDK checks the trailer's CRC32, now answered as a header, against the bytes.
    expect(object.ChecksumCRC32).toBe(stored.headers.get('x-amz-checksum-crc32'));
    expect(await object.Body!.transformToString()).toBe(text);
  });

  it('answers IncompleteBody when the decoded length is not what was declared', async () => {
    const api = createS3Api(s3.port);
    const body = new TextEncoder().encode('5\r\nhello\r\n0\r\n\r\n');
    const answer = await api(
      {
        method: 'PUT',
        hostname: 'photos.s3.us-east-1.amazonaws.com',
        path: '/k',
        query: new Map(),
        headers: new Map([
          ['content-encoding', 'aws-chunked'],
          ['x-amz-decoded-content-length', '6'],
        ]),
        body,
      },
      TEST_CALLER,
    );
    expect(answer.response.statusCode).toBe(400);
    expect(bodyText(answer.response.body)).toContain('<Code>IncompleteBody</Code>');
  });
});

describe('HeadObject and HeadBucket', () => {
  it('answers the object’s headers without its body', async () => {
    await put('h.txt', 'twelve bytes', { Metadata: { a: 'b' }, ContentType: 'text/plain' });
    const head = await client.send(new HeadObjectCommand({ Bucket: 'photos', Key: 'h.txt' }));
    expect(head.ContentLength).toBe(12);
    expect(head.Metadata).toEqual({ a: 'b' });
    expect(head.ContentType).toBe('text/plain');
    expect(head.ETag).toBe(`"${md5('twelve bytes')}"`);
  });

  it('answers a missing key or bucket with a bodiless 404, the SDK’s NotFound', async () => {
    const key = await failure(client.send(new HeadObjectCommand({ Bucket: 'photos', Key: 'x' })));
    expect(key).toBeInstanceOf(NotFound);
    expect(key.$metadata.httpStatusCode).toBe(404);
    const bucket = await failure(client.send(new HeadBucketCommand({ Bucket: 'nowhere' })));
    expect(bucket).toBeInstanceOf(NotFound);
    const found = await client.send(new HeadBucketCommand({ Bucket: 'photos' }));
    expect(found.BucketRegion).toBe('us-east-1');
  });
});

describe('DeleteObject', () => {
  it('answers 204 and fires ObjectRemoved:Delete for an object that was there', async () => {
    await put('gone.txt', 'x');
    const result = await client.send(
      new DeleteObjectCommand({ Bucket: 'photos', Key: 'gone.txt' }),
    );
    expect(result.$metadata.httpStatusCode).toBe(204);
    expect(s3.buckets.get('photos')!.has('gone.txt')).toBe(false);
    expect(s3.changes.map((change) => change.eventName)).toEqual([
      'ObjectCreated:Put',
      'ObjectRemoved:Delete',
    ]);
  });

  it('answers 204 for a key that is not there, and NoSuchBucket for a missing bucket', async () => {
    const result = await client.send(new DeleteObjectCommand({ Bucket: 'photos', Key: 'never' }));
    expect(result.$metadata.httpStatusCode).toBe(204);
    expect(s3.changes).toEqual([]);
    const error = await failure(client.send(new DeleteObjectCommand({ Bucket: 'no', Key: 'k' })));
    expect(error).toBeInstanceOf(NoSuchBucket);
  });
});

describe('ListObjectsV2', () => {
  const keys = [
    'a.txt',
    'photos/2024/x.jpg',
    'photos/2025/y.jpg',
    'photos/z.jpg',
    'videos/v.mp4',
    'zeta.txt',
  ];
  beforeEach(async () => {
    for (const key of [...keys].reverse()) await put(key, key);
  });

  it('rolls keys up at the delimiter and pages by MaxKeys, a common prefix counting as one', async () => {
    const list = (token?: string) =>
      client.send(
        new ListObjectsV2Command({
          Bucket: 'photos',
          Delimiter: '/',
          MaxKeys: 2,
          ContinuationToken: token,
        }),
      );
    const first = await list();
    expect(first.Contents?.map((entry) => entry.Key)).toEqual(['a.txt']);
    expect(first.CommonPrefixes).toEqual([{ Prefix: 'photos/' }]);
    expect(first.KeyCount).toBe(2);
    expect(first.MaxKeys).toBe(2);
    expect(first.IsTruncated).toBe(true);
    expect(first.NextContinuationToken).toEqual(expect.any(String));
    const second = await list(first.NextContinuationToken);
    expect(second.ContinuationToken).toBe(first.NextContinuationToken);
    expect(second.CommonPrefixes).toEqual([{ Prefix: 'videos/' }]);
    expect(second.Contents?.map((entry) => entry.Key)).toEqual(['zeta.txt']);
    expect(second.IsTruncated).toBe(false);
    expect(second.NextContinuationToken).toBeUndefined();
  });

  it('lists under a prefix, after StartAfter, with each object’s facts', async () => {
    const result = await client.send(
      new ListObjectsV2Command({ Bucket: 'photos', Prefix: 'photos/', Delimiter: '/' }),
    );
    expect(result.Prefix).toBe('photos/');
    expect(result.Delimiter).toBe('/');
    expect(result.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['photos/2024/', 'photos/2025/']);
    expect(result.Contents).toEqual([
      {
        Key: 'photos/z.jpg',
        LastModified: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)),
        ETag: `"${md5('photos/z.jpg')}"`,
        ChecksumAlgorithm: ['CRC32'],
        ChecksumType: 'FULL_OBJECT',
        Size: 12,
        StorageClass: 'STANDARD',
      },
    ]);
    const after = await client.send(
      new ListObjectsV2Command({ Bucket: 'photos', StartAfter: 'photos/z.jpg' }),
    );
    expect(after.StartAfter).toBe('photos/z.jpg');
    expect(after.Contents?.map((entry) => entry.Key)).toEqual(['videos/v.mp4', 'zeta.txt']);
  });

  it('walks every key with the SDK’s paginator, one key a page', async () => {
    const seen: string[] = [];
    for await (const page of paginateListObjectsV2({ client, pageSize: 1 }, { Bucket: 'photos' })) {
      seen.push(...(page.Contents ?? []).map((entry) => entry.Key!));
    }
    expect(seen).toEqual(keys);
  });

  it('lists keys in UTF-8 byte order, not UTF-16 order', async () => {
    await put('\u{FF5E}', 'x');
    await put('\u{1F642}', 'x');
    const result = await client.send(
      new ListObjectsV2Command({ Bucket: 'photos', Prefix: '\u{F}' }),
    );
    expect(result.KeyCount).toBe(0);
    const all = await client.send(new ListObjectsV2Command({ Bucket: 'photos' }));
    expect(all.Contents!.slice(-2).map((entry) => entry.Key)).toEqual(['\u{FF5E}', '\u{1F642}']);
  });

  it('refuses a continuation token it did not give, and a negative MaxKeys', async () => {
    const token = await failure(
      client.send(new ListObjectsV2Command({ Bucket: 'photos', ContinuationToken: 'bad token!' })),
    );
    expect(token.name).toBe('InvalidArgument');
    expect(token.message).toBe('The continuation token provided is incorrect');
    expect(token.$metadata.httpStatusCode).toBe(400);
    const maxKeys = await failure(
      client.send(new ListObjectsV2Command({ Bucket: 'photos', MaxKeys: -1 })),
    );
    expect(maxKeys.name).toBe('InvalidArgument');
  });

  it('answers NoSuchBucket for a bucket the workspace does not have', async () => {
    const error = await failure(client.send(new ListObjectsV2Command({ Bucket: 'other' })));
    expect(error).toBeInstanceOf(NoSuchBucket);
  });
});

describe('CopyObject', () => {
  beforeEach(async () => {
    await put('in/a b+c.txt', 'copied', { ContentType: 'text/plain', Metadata: { tag: 'one' } });
    s3.changes.length = 0;
  });

  it('copies from a URL-encoded source, keeping metadata, and fires ObjectCreated:Copy', async () => {
    const result = await client.send(
      new CopyObjectCommand({
        Bucket: 'backup.2026',
        Key: 'out/copy.txt',
        CopySource: `photos/${encodeURIComponent('in/a b+c.txt')}`,
      }),
    );
    expect(result.CopyObjectResult?.ETag).toBe(`"${md5('copied')}"`);
    expect(result.CopyObjectResult?.LastModified).toEqual(
      new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)),
    );
    expect(result.CopyObjectResult?.ChecksumCRC32).toEqual(expect.any(String));
    const copy = await client.send(
      new GetObjectCommand({ Bucket: 'backup.2026', Key: 'out/copy.txt' }),
    );
    expect(await copy.Body!.transformToString()).toBe('copied');
    expect(copy.ContentType).toBe('text/plain');
    expect(copy.Metadata).toEqual({ tag: 'one' });
    expect(s3.changes).toEqual([
      expect.objectContaining({
        bucket: 'backup.2026',
        eventName: 'ObjectCreated:Copy',
        key: 'out/copy.txt',
      }),
    ]);
  });

  it('replaces the metadata with MetadataDirective REPLACE', async () => {
    await client.send(
      new CopyObjectCommand({
        Bucket: 'photos',
        Key: 'in/a b+c.txt',
        CopySource: '/photos/in/a%20b%2Bc.txt',
        MetadataDirective: 'REPLACE',
        Metadata: { tag: 'two' },
        ContentType: 'text/markdown',
      }),
    );
    const head = await client.send(
      new HeadObjectCommand({ Bucket: 'photos', Key: 'in/a b+c.txt' }),
    );
    expect(head.Metadata).toEqual({ tag: 'two' });
    expect(head.ContentType).toBe('text/markdown');
  });

  it('refuses a copy onto itself that changes nothing', async () => {
    const error = await failure(
      client.send(
        new CopyObjectCommand({
          Bucket: 'photos',
          Key: 'in/a b+c.txt',
          CopySource: 'photos/in/a%20b%2Bc.txt',
        }),
      ),
    );
    expect(error.name).toBe('InvalidRequest');
    expect(error.message).toMatch(
      /^This copy request is illegal because it is trying to copy an object to itself/,
    );
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('answers NoSuchKey, NoSuchBucket and InvalidArgument for a bad source', async () => {
    const key = await failure(
      client.send(new CopyObjectCommand({ Bucket: 'photos', Key: 'k', CopySource: 'photos/none' })),
    );
    expect(key).toBeInstanceOf(NoSuchKey);
    const bucket = await failure(
      client.send(new CopyObjectCommand({ Bucket: 'photos', Key: 'k', CopySource: 'gone/a' })),
    );
    expect(bucket).toBeInstanceOf(NoSuchBucket);
    const malformed = await failure(
      client.send(new CopyObjectCommand({ Bucket: 'photos', Key: 'k', CopySource: 'photos' })),
    );
    expect(malformed.name).toBe('InvalidArgument');
    expect(malformed.message).toBe(
      'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
    );
    expect(s3.changes).toEqual([]);
  });
});

describe('ListBuckets and operations the playground does not simulate', () => {
  it('lists the workspace’s buckets', async () => {
    const result = await client.send(new ListBucketsCommand({}));
    expect(result.Buckets?.map((bucket) => bucket.Name)).toEqual(['backup.2026', 'photos']);
    expect(result.Buckets?.[0]?.CreationDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(result.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers NotImplemented (501, not billed) for CreateBucket', async () => {
    const error = await failure(client.send(new CreateBucketCommand({ Bucket: 'new-bucket' })));
    expect(error.name).toBe('NotImplemented');
    expect(error.$metadata.httpStatusCode).toBe(501);
    expect(harness.calls.at(-1)).toMatchObject({
      operation: 'CreateBucket',
      errorCode: 'NotImplemented',
      units: { kind: 'free' },
    });
  });
});

describe('the call records', () => {
  it('name each operation, its bucket, status, error and billing tier', async () => {
    await put('r.txt', 'r');
    await client.send(new GetObjectCommand({ Bucket: 'photos', Key: 'r.txt' }));
    await client.send(new HeadObjectCommand({ Bucket: 'photos', Key: 'r.txt' }));
    await client.send(new ListObjectsV2Command({ Bucket: 'photos' }));
    await client.send(
      new CopyObjectCommand({ Bucket: 'photos', Key: 'r2.txt', CopySource: 'photos/r.txt' }),
    );
    await client.send(new DeleteObjectCommand({ Bucket: 'photos', Key: 'r.txt' }));
    await failure(client.send(new GetObjectCommand({ Bucket: 'missing', Key: 'r.txt' })));
    expect(
      harness.calls.map(({ operation, resource, statusCode, errorCode, units }) => [
        operation,
        resource,
        statusCode,
        errorCode,
        units.kind === 's3-request' ? units.tier : units.kind,
      ]),
    ).toEqual([
      ['PutObject', 'photos', 200, null, 'put'],
      ['GetObject', 'photos', 200, null, 'get'],
      ['HeadObject', 'photos', 200, null, 'get'],
      ['ListObjectsV2', 'photos', 200, null, 'put'],
      ['CopyObject', 'photos', 200, null, 'put'],
      ['DeleteObject', 'photos', 204, null, 'free'],
      ['GetObject', null, 404, 'NoSuchBucket', 'get'],
    ]);
  });

  it('carry the request ids in every response, errors included', async () => {
    const api = createS3Api(s3.port);
    const answer = await api(
      {
        method: 'GET',
        hostname: 'photos.s3.us-east-1.amazonaws.com',
        path: '/missing%20key',
        query: new Map(),
        headers: new Map(),
        body: new Uint8Array(0),
      },
      TEST_CALLER,
    );
    const requestId = answer.response.headers.get('x-amz-request-id')!;
    const hostId = answer.response.headers.get('x-amz-id-2')!;
    expect(requestId).toMatch(/^[0-9A-F]{16}$/);
    expect(bodyText(answer.response.body)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>' +
        `<Key>missing key</Key><RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`,
    );
    const bucket = await api(
      {
        method: 'GET',
        hostname: 's3.us-east-1.amazonaws.com',
        path: '/nowhere',
        query: new Map([['list-type', ['2']]]),
        headers: new Map(),
        body: new Uint8Array(0),
      },
      TEST_CALLER,
    );
    expect(bodyText(bucket.response.body)).toContain('<BucketName>nowhere</BucketName>');
    const badUri = await api(
      {
        method: 'GET',
        hostname: 'photos.s3.us-east-1.amazonaws.com',
        path: '/bad%E0%A4%A',
        query: new Map(),
        headers: new Map(),
        body: new Uint8Array(0),
      },
      TEST_CALLER,
    );
    expect(badUri.response.statusCode).toBe(400);
    expect(bodyText(badUri.response.body)).toContain('<Code>InvalidURI</Code>');
  });
});
