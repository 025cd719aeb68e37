// The file system a handler gets: Node's error objects, a read-only package at /var/task, /tmp of
// the configured size, and the callback, promise and stream forms.
import { describe, expect, it } from 'vitest';
import { createFsModules } from './fs-module';
import { MIB } from './volume';

const encoder = new TextEncoder();

function setUp(storageMB = 512) {
  const tasks: Array<() => void> = [];
  const modules = createFsModules({
    storageMB,
    taskFiles: new Map([
      ['index.js', encoder.encode('exports.handler = 1;')],
      ['data/config.json', encoder.encode('{"stage":"prod"}')],
    ]),
    defer: (task) => void setTimeout(task, 0),
    now: () => 1_700_000_000_000,
  });
  return { ...modules, tasks };
}

function thrown(call: () => unknown): Record<string, unknown> {
  try {
    call();
  } catch (error) {
    const { message, errno, code, syscall, path } = error as Record<string, unknown>;
    return { message, errno, code, syscall, path };
  }
  throw new Error('did not throw');
}

describe('fs', () => {
  it('throws ENOENT as Node does', () => {
    const { fs } = setUp();
    expect(thrown(() => fs.readFileSync('/tmp/x'))).toEqual({
      message: "ENOENT: no such file or directory, open '/tmp/x'",
      errno: -2,
      code: 'ENOENT',
      syscall: 'open',
      path: '/tmp/x',
    });
    expect(thrown(() => fs.statSync('/tmp/none')).message).toBe(
      "ENOENT: no such file or directory, stat '/tmp/none'",
    );
  });

  it('keeps everything outside /tmp read-only: EROFS, with the path as given', () => {
    const { fs } = setUp();
    expect(thrown(() => fs.writeFileSync('/var/task/x', 'a'))).toEqual({
      message: "EROFS: read-only file system, open '/var/task/x'",
      errno: -30,
      code: 'EROFS',
      syscall: 'open',
      path: '/var/task/x',
    });
    expect(thrown(() => fs.writeFileSync('out.txt', 'a')).message).toBe(
      "EROFS: read-only file system, open 'out.txt'",
    );
    expect(thrown(() => fs.mkdirSync('/var/task/cache')).code).toBe('EROFS');
    expect(thrown(() => fs.unlinkSync('/var/task/index.js')).code).toBe('EROFS');
    expect(thrown(() => fs.mkdirSync('/var/task')).code).toBe('EEXIST');
  });

  it('reads the deployment package at /var/task, relative paths from there', () => {
    const { fs } = setUp();
    expect(fs.readFileSync('/var/task/index.js', 'utf8')).toBe('exports.handler = 1;');
    expect(JSON.parse(fs.readFileSync('data/config.json', 'utf8') as string)).toEqual({
      stage: 'prod',
    });
    expect(fs.readdirSync('/var/task')).toEqual(['index.js', 'data']);
    expect(fs.existsSync('/tmp')).toBe(true);
    expect(fs.readdirSync('/tmp')).toEqual([]);
  });

  it('writes, appends, lists and removes in /tmp', () => {
    const { fs } = setUp();
    fs.mkdirSync('/tmp/a/b', { recursive: true });
    fs.writeFileSync('/tmp/a/b/log.txt', 'one\n');
    fs.appendFileSync('/tmp/a/b/log.txt', 'two\n');
    expect(fs.readFileSync('/tmp/a/b/log.txt', 'utf8')).toBe('one\ntwo\n');
    expect(fs.statSync('/tmp/a/b/log.txt')?.size).toBe(8);
    const entries = fs.readdirSync('/tmp/a', { withFileTypes: true }) as Array<{
      name: string;
      isDirectory(): boolean;
    }>;
    expect(entries.map((e) => [e.name, e.isDirectory()])).toEqual([['b', true]]);
    fs.renameSync('/tmp/a/b/log.txt', '/tmp/log.txt');
    fs.copyFileSync('/tmp/log.txt', '/tmp/copy.txt');
    expect(fs.readFileSync('/tmp/copy.txt', 'utf8')).toBe('one\ntwo\n');
    expect(thrown(() => fs.rmdirSync('/tmp/a')).code).toBe('ENOTEMPTY');
    fs.rmSync('/tmp/a', { recursive: true });
    fs.unlinkSync('/tmp/copy.txt');
    expect(fs.readdirSync('/tmp')).toEqual(['log.txt']);
    const dir = fs.mkdtempSync('/tmp/job-');
    expect(dir).toMatch(/^\/tmp\/job-[A-Za-z0-9]{6}$/);
  });

  // Sizes in whole MB as the setting has them; small ones here, so the test stays light.
  it('holds /tmp to its size: ENOSPC, and freed bytes count again', () => {
    const { fs, volume } = setUp(2);
    const mb = new Uint8Array(MIB);
    const fd = fs.openSync('/tmp/big', 'w');
    fs.writeSync(fd, mb);
    fs.writeSync(fd, mb);
    expect(volume.used).toBe(2 * MIB);
    expect(thrown(() => fs.writeSync(fd, new Uint8Array(1)))).toEqual({
      message: 'ENOSPC: no space left on device, write',
      errno: -28,
      code: 'ENOSPC',
      syscall: 'write',
      path: undefined,
    });
    fs.closeSync(fd);
    expect(thrown(() => fs.writeFileSync('/tmp/more', 'x')).code).toBe('ENOSPC');
    fs.truncateSync('/tmp/big', MIB);
    fs.writeFileSync('/tmp/more', mb);
    expect(volume.used).toBe(2 * MIB);
    fs.unlinkSync('/tmp/big');
    expect(volume.used).toBe(MIB);
  });

  it('fills what fits before ENOSPC, as write(2) does', () => {
    const { fs } = setUp(2);
    expect(thrown(() => fs.writeFileSync('/tmp/a', new Uint8Array(3 * MIB))).code).toBe('ENOSPC');
    expect(fs.statSync('/tmp/a')?.size).toBe(2 * MIB);
  });

  it('sizes /tmp by the setting', () => {
    expect(() => setUp(3).fs.writeFileSync('/tmp/a', new Uint8Array(2.5 * MIB))).not.toThrow();
    expect(() => setUp(2).fs.writeFileSync('/tmp/a', new Uint8Array(2.5 * MIB))).toThrow('ENOSPC');
  });

  it('answers callbacks on a later turn, with Node’s error first', async () => {
    const { fs } = setUp();
    const order: string[] = [];
    const done = new Promise<unknown>((resolve) =>
      fs.readFile('/tmp/missing', (error: unknown) => {
        order.push('callback');
        resolve(error);
      }),
    );
    order.push('after call');
    const error = (await done) as { code: string };
    expect(order).toEqual(['after call', 'callback']);
    expect(error.code).toBe('ENOENT');
  });

  it('has the promise forms and FileHandle', async () => {
    const { promises } = setUp();
    await promises.writeFile('/tmp/p.json', JSON.stringify({ n: 1 }));
    expect(await promises.readFile('/tmp/p.json', 'utf8')).toBe('{"n":1}');
    const handle = await promises.open('/tmp/p.json', 'r+');
    expect((await handle.stat()).size).toBe(7);
    await handle.close();
    await expect(promises.readFile('/var/task/none')).rejects.toMatchObject({
      code: 'ENOENT',
      syscall: 'open',
    });
    await expect(promises.mkdir('/opt/x')).rejects.toMatchObject({ code: 'EROFS' });
  });

  it('streams to and from /tmp', async () => {
    const { fs } = setUp();
    const out = fs.createWriteStream('/tmp/stream.txt');
    await new Promise<void>((resolve, reject) => {
      out.on('error', reject);
      out.write('hello ');
      out.end('world', () => resolve());
    });
    const chunks: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const input = fs.createReadStream('/tmp/stream.txt', { encoding: 'utf8' });
      input.on('data', (chunk) => chunks.push(String(chunk)));
      input.on('end', () => resolve());
      input.on('error', reject);
    });
    expect(chunks.join('')).toBe('hello world');
    const failed = await new Promise<unknown>((resolve) =>
      fs.createWriteStream('/var/task/nope').on('error', resolve),
    );
    expect((failed as Error).message).toBe("EROFS: read-only file system, open '/var/task/nope'");
  });
});
