// fs.createReadStream and fs.createWriteStream, streams of readable-stream (Node's own code) over
// the synchronous calls. As in Node, a path that cannot be opened is an 'error' event, not a throw.
import { Buffer } from '../buffer';
import { Readable, Writable } from 'readable-stream';
import type { SyncFs } from './fs-sync';
import { encodingOf, optionOf } from './fs-values';

type Defer = (task: () => void) => void;

interface StreamTarget {
  path: unknown;
  fd: number | null;
  flags: string;
  autoClose: boolean;
}

function targetOf(path: unknown, options: unknown, flags: string): StreamTarget {
  const fd = optionOf<number>(options, 'fd');
  return {
    path,
    fd: typeof fd === 'number' ? fd : null,
    flags: optionOf<string>(options, 'flags') ?? flags,
    autoClose: optionOf<boolean>(options, 'autoClose') !== false,
  };
}

/** Opens once; announces `open` and `ready` as Node's streams do. Null after a failure. */
function opener(fs: SyncFs, target: StreamTarget, stream: Readable | Writable) {
  return (): number | null => {
    if (target.fd !== null) return target.fd;
    try {
      target.fd = fs.openSync(target.path, target.flags);
    } catch (error) {
      stream.destroy(error as Error);
      return null;
    }
    stream.emit('open', target.fd);
    stream.emit('ready');
    return target.fd;
  };
}

function closer(fs: SyncFs, target: StreamTarget) {
  return () => {
    if (target.fd === null || !target.autoClose) return;
    const fd = target.fd;
    target.fd = null;
    try {
      fs.closeSync(fd);
    } catch {
      // Already closed by the handler: nothing to release.
    }
  };
}

export function createReadStream(fs: SyncFs, defer: Defer, path: unknown, options?: unknown) {
  const target = targetOf(path, options, 'r');
  const encoding = encodingOf(options);
  const start = optionOf<number>(options, 'start') ?? 0;
  const end = optionOf<number>(options, 'end') ?? Infinity;
  let position = start;
  const stream = new Readable({
    highWaterMark: optionOf<number>(options, 'highWaterMark') ?? 64 * 1024,
    ...(encoding !== null && { encoding: encoding as BufferEncoding }),
    read(size) {
      const fd = open();
      if (fd === null) return;
      const wanted = Math.max(0, Math.min(size, end - position + 1));
      const chunk = Buffer.alloc(wanted);
      let count: number;
      try {
        count = wanted === 0 ? 0 : fs.readSync(fd, chunk, 0, wanted, position);
      } catch (error) {
        this.destroy(error as Error);
        return;
      }
      position += count;
      details.bytesRead += count;
      this.push(count === 0 ? null : chunk.subarray(0, count));
    },
    destroy(error, callback) {
      close();
      callback(error);
    },
  });
  const open = opener(fs, target, stream);
  const close = closer(fs, target);
  const details = Object.assign(stream, { path, bytesRead: 0, pending: true });
  Object.defineProperty(stream, 'fd', { get: () => target.fd, enumerable: true });
  stream.once('end', close);
  defer(() => {
    if (!stream.destroyed && open() !== null) details.pending = false;
  });
  return details;
}

export function createWriteStream(fs: SyncFs, defer: Defer, path: unknown, options?: unknown) {
  const target = targetOf(path, options, 'w');
  let position = optionOf<number>(options, 'start');
  const encoding = encodingOf(options);
  const stream = new Writable({
    decodeStrings: true,
    ...(encoding !== null && { defaultEncoding: encoding as BufferEncoding }),
    write(chunk, _encoding, callback) {
      const fd = open();
      if (fd === null) return callback();
      try {
        const bytes = chunk as Uint8Array;
        let done = 0;
        while (done < bytes.length) {
          const at = position === undefined ? null : position + done;
          done += fs.writeSync(fd, bytes, done, bytes.length - done, at);
        }
        if (position !== undefined) position += done;
        details.bytesWritten += done;
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    final(callback) {
      close();
      callback();
    },
    destroy(error, callback) {
      close();
      callback(error);
    },
  });
  const open = opener(fs, target, stream);
  const close = closer(fs, target);
  const details = Object.assign(stream, { path, bytesWritten: 0, pending: true });
  Object.defineProperty(stream, 'fd', { get: () => target.fd, enumerable: true });
  defer(() => {
    if (!stream.destroyed && open() !== null) details.pending = false;
  });
  return details;
}
