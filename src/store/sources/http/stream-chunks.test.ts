// The body pieces a client reads from a streamed response's writes.
import { describe, expect, it } from 'vitest';
import { HTTP_INTEGRATION_CONTENT_TYPE } from '../../../triggers';
import { createBodyChunker } from './stream-chunks';

const bytes = (text: string) => new TextEncoder().encode(text);

describe(createBodyChunker, () => {
  it('leaves the prelude out and passes each later write on', () => {
    const pieces: string[] = [];
    const take = createBodyChunker((text) => pieces.push(text));
    const contentType = HTTP_INTEGRATION_CONTENT_TYPE;
    take({ bytes: bytes('{"statusCode":200}'), contentType });
    take({ bytes: new Uint8Array(8), contentType });
    take({ bytes: bytes('one'), contentType });
    take({ bytes: bytes('two'), contentType });
    expect(pieces).toEqual(['one', 'two']);
  });

  it('decodes a character split across two writes once it is whole', () => {
    const pieces: string[] = [];
    const take = createBodyChunker((text) => pieces.push(text));
    const euro = bytes('€');
    take({ bytes: euro.slice(0, 1), contentType: 'text/plain' });
    take({ bytes: euro.slice(1), contentType: 'text/plain' });
    expect(pieces).toEqual(['€']);
  });
});
