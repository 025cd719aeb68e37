// The runtime's crypto against node:crypto: digests, HMACs, PBKDF2 and Node's errors.
import * as node from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Buffer } from './buffer';
import { cryptoModule as ours } from './crypto';

const ALGORITHMS = [
  'md5',
  'sha1',
  'sha224',
  'sha256',
  'sha384',
  'sha512',
  'SHA256',
  'RSA-SHA256',
  'sha512-256',
  'sha3-256',
  'ripemd160',
];
const OUTPUTS = ['hex', 'base64', 'base64url', 'latin1'] as Array<'hex'>;

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { name, message, code } = error as Error & { code?: string };
    // Not the stack: Vitest rewrites Node's, whose first line names the code (`Error [ERR_…]:`).
    return { name, message, code };
  }
  throw new Error('did not throw');
};

describe('crypto', () => {
  it.each(ALGORITHMS)('createHash(%s) digests as Node does, chained and in parts', (algorithm) => {
    for (const encoding of OUTPUTS) {
      const expected = node
        .createHash(algorithm)
        .update('héllo', 'utf8')
        .update('00ff', 'hex')
        .digest(encoding);
      expect(
        ours.createHash(algorithm).update('héllo', 'utf8').update('00ff', 'hex').digest(encoding),
      ).toBe(expected);
    }
    const bytes = ours
      .createHash(algorithm)
      .update(new Uint8Array([1, 2, 3]))
      .digest();
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect([...(bytes as Buffer)]).toEqual([
      ...node
        .createHash(algorithm)
        .update(new Uint8Array([1, 2, 3]))
        .digest(),
    ]);
  });

  it('createHmac signs a GitHub-style webhook body as Node does', () => {
    const body = '{"action":"opened"}';
    for (const algorithm of ['sha1', 'sha256', 'sha512', 'md5']) {
      const expected = `sha256=${node.createHmac(algorithm, 'secret').update(body).digest('hex')}`;
      expect(
        `sha256=${ours.createHmac(algorithm, 'secret').update(body).digest('hex') as string}`,
      ).toBe(expected);
      const key = Buffer.from('a'.repeat(200));
      expect(ours.createHmac(algorithm, key).update(body).digest('base64')).toBe(
        node.createHmac(algorithm, key).update(body).digest('base64'),
      );
    }
  });

  it('copies a hash, and fails after digest as Node does', () => {
    const hash = ours.createHash('sha256').update('a');
    const copy = hash.copy().update('b');
    expect(hash.digest('hex')).toBe(node.createHash('sha256').update('a').digest('hex'));
    expect(copy.digest('hex')).toBe(node.createHash('sha256').update('ab').digest('hex'));
    const nodeHash = node.createHash('sha256');
    nodeHash.digest();
    expect(thrown(() => hash.digest())).toEqual(thrown(() => nodeHash.digest()));
    try {
      hash.update('c');
    } catch (error) {
      expect((error as Error).stack?.split('\n')[0]).toBe(
        'Error [ERR_CRYPTO_HASH_FINALIZED]: Digest already called',
      );
    }
    const nodeHmac = node.createHmac('sha256', 'k');
    nodeHmac.digest();
    const hmac = ours.createHmac('sha256', 'k');
    hmac.digest();
    expect(hmac.digest('hex')).toBe(nodeHmac.digest('hex'));
  });

  it('fails like Node for unknown digests and bad input', () => {
    expect(thrown(() => ours.createHash('sha999'))).toEqual(
      thrown(() => node.createHash('sha999')),
    );
    expect(thrown(() => ours.createHmac('sha999', 'k'))).toEqual(
      thrown(() => node.createHmac('sha999', 'k')),
    );
    expect(thrown(() => ours.createHash('sha256').update(5))).toEqual(
      thrown(() => node.createHash('sha256').update(5 as unknown as string)),
    );
    expect(thrown(() => ours.createHmac('sha256', 5))).toEqual(
      thrown(() => node.createHmac('sha256', 5 as unknown as string)),
    );
  });

  it('timingSafeEqual compares, and throws Node’s RangeError for different lengths', () => {
    expect(ours.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
    expect(ours.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd'))).toBe(false);
    const a = Buffer.from('a');
    const b = Buffer.from('ab');
    expect(thrown(() => ours.timingSafeEqual(a, b))).toEqual(
      thrown(() => node.timingSafeEqual(NodeBytes(a), NodeBytes(b))),
    );
  });

  it('derives PBKDF2 keys as Node does, sync and through promisify', async () => {
    const expected = node.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex');
    expect(ours.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex')).toBe(expected);
    const key = (await promisify(ours.pbkdf2)('password', 'salt', 1000, 32, 'sha256')) as Buffer;
    expect(key.toString('hex')).toBe(expected);
    expect(thrown(() => ours.pbkdf2Sync('a', 'b', 0, 10, 'sha256'))).toEqual(
      thrown(() => node.pbkdf2Sync('a', 'b', 0, 10, 'sha256')),
    );
  });

  it('returns random bytes as a Buffer, and one-shot hashes', () => {
    const bytes = ours.randomBytes(16);
    expect(Buffer.isBuffer(bytes) && bytes.length === 16).toBe(true);
    expect(ours.hash('sha1', 'abc')).toBe(node.createHash('sha1').update('abc').digest('hex'));
    expect(ours.getHashes()).toEqual(expect.arrayContaining(['md5', 'sha1', 'sha256', 'sha512']));
  });
});

function NodeBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}
