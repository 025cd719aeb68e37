// What the unpack worker does with a request, as a plain function the page can also call inline.
import { decodeScenario } from './link-codec';
import { readSamFiles, readSamZip } from './sam-archive';
import type { FileBytes, UnpackReply, UnpackRequest } from './unpack-protocol';

function readPicked(files: FileBytes[]) {
  const text = new TextDecoder();
  return readSamFiles(Object.fromEntries(files.map((f) => [f.path, text.decode(f.bytes)])));
}

export function unpack(request: UnpackRequest): UnpackReply {
  if (request.kind === 'link') return { kind: 'link', result: decodeScenario(request.text) };
  const result = request.kind === 'sam-zip' ? readSamZip(request.bytes) : readPicked(request.files);
  return { kind: 'sam', result };
}
