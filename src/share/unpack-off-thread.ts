// Share links and SAM zips are read in a worker (unpack-worker.ts): a page that only ever waits
// for an answer cannot be frozen by what it was sent.
import type { DecodeResult } from './link-codec';
import type { SamImport } from './sam-archive';
import type { UnpackOutcome } from './unpack-in-worker';
import { unpackInWorker } from './unpack-in-worker';
import type { FileBytes, UnpackRequest } from './unpack-protocol';
import UnpackWorker from './unpack-worker?worker';

async function run(request: UnpackRequest): Promise<UnpackOutcome> {
  if (typeof Worker !== 'undefined') return unpackInWorker(request, () => new UnpackWorker());
  // Unit tests run in Node, which has no Web Worker: the same reading, on the calling thread.
  // Imported on demand, so the YAML reader stays out of the page's own bundle.
  const { unpack } = await import('./unpack');
  return { ok: true, reply: unpack(request) };
}

/** The scenario a share link's text (`<version>.<payload>`) holds, or what is wrong with it. */
export async function decodeScenarioOffThread(text: string): Promise<DecodeResult> {
  const outcome = await run({ kind: 'link', text });
  if (outcome.ok && outcome.reply.kind === 'link') return outcome.reply.result;
  return {
    ok: false,
    problem: `The link could not be read: ${outcome.ok ? 'wrong answer' : outcome.why}.`,
  };
}

async function readSam(request: UnpackRequest, what: string): Promise<SamImport> {
  const outcome = await run(request);
  if (outcome.ok && outcome.reply.kind === 'sam') return outcome.reply.result;
  return {
    ok: false,
    message: `${what} could not be read: ${outcome.ok ? 'wrong answer' : outcome.why}.`,
  };
}

/** The scenario of a SAM zip's bytes (handed over, not copied), or why there is none. */
export function readSamZipOffThread(bytes: Uint8Array): Promise<SamImport> {
  return readSam({ kind: 'sam-zip', bytes }, 'The zip');
}

/** The scenario of picked files (a SAM project's, or loose handler files), or why there is none. */
export function readSamFilesOffThread(files: FileBytes[]): Promise<SamImport> {
  return readSam({ kind: 'sam-files', files }, 'The files');
}
