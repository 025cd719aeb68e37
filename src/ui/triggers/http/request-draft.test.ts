import { describe, expect, it } from 'vitest';
import { INITIAL_DRAFT, parseDraft } from './request-draft';

describe('parseDraft', () => {
  it('turns the form into a request spec', () => {
    expect(parseDraft({ ...INITIAL_DRAFT, query: '?a=1&a=2', cookies: 'c1=v1; c2=v2' })).toEqual({
      ok: true,
      request: {
        method: 'GET',
        path: '/items/42',
        query: 'a=1&a=2',
        headers: [['accept', 'application/json']],
        cookies: ['c1=v1', 'c2=v2'],
      },
    });
  });

  it('adds a JSON content type to a JSON body unless one is given', () => {
    const parsed = parseDraft({
      ...INITIAL_DRAFT,
      headers: '',
      bodyMode: 'json',
      bodyText: '{"a":1}',
    });
    expect(parsed).toMatchObject({
      ok: true,
      request: {
        headers: [['content-type', 'application/json']],
        body: { text: '{"a":1}', isBase64Encoded: false },
      },
    });
  });

  it('says what is wrong', () => {
    expect(parseDraft({ ...INITIAL_DRAFT, path: 'items' })).toEqual({
      ok: false,
      problem: 'The path starts with "/".',
    });
    expect(parseDraft({ ...INITIAL_DRAFT, headers: 'accept application/json' })).toEqual({
      ok: false,
      problem: 'Header line 1 is not "name: value".',
    });
    expect(parseDraft({ ...INITIAL_DRAFT, bodyMode: 'json', bodyText: '{' })).toMatchObject({
      ok: false,
    });
    expect(parseDraft({ ...INITIAL_DRAFT, bodyMode: 'file' })).toEqual({
      ok: false,
      problem: 'Choose a file to send.',
    });
  });

  it('sends a file as base64', () => {
    const parsed = parseDraft({
      ...INITIAL_DRAFT,
      bodyMode: 'file',
      fileBase64: 'AAEC',
      fileName: 'a.bin',
    });
    expect(parsed).toMatchObject({
      ok: true,
      request: { body: { text: 'AAEC', isBase64Encoded: true } },
    });
  });
});
