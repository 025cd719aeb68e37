// Turns a streamed response's writes into the pieces of body a client reads: decoded as UTF-8
// across write boundaries, with the HttpResponseStream prelude (JSON and 8 null bytes) left out,
// since a function URL turns it into the status line and headers.
import type { ResponseChunk } from '../../../engine';
import { splitPrelude } from '../../../triggers';

/** Receives each new piece of body text as it arrives. */
export type StreamChunkListener = (text: string) => void;

export function createBodyChunker(listener: StreamChunkListener): (chunk: ResponseChunk) => void {
  const decoder = new TextDecoder();
  let text = '';
  let bodySent = 0;
  return ({ bytes, contentType }) => {
    text += decoder.decode(bytes, { stream: true });
    const { body } = splitPrelude(contentType, text);
    if (body.length <= bodySent) return;
    const piece = body.slice(bodySent);
    bodySent = body.length;
    listener(piece);
  };
}
