// Node's `stream`, `stream/promises` and `string_decoder`: readable-stream and string_decoder,
// the Node.js project's own code published for other hosts. They use the runtime's one
// EventEmitter, Buffer and process (scripts/runtime-libraries.ts).
import Stream from 'readable-stream';
import { StringDecoder } from 'string_decoder';

export const streamModule = Stream;
// readable-stream 4 carries Node's `stream/promises` as `promises`; its typings predate it.
export const streamPromises = (Stream as typeof Stream & { promises: object }).promises;
export const stringDecoderModule = { StringDecoder };
