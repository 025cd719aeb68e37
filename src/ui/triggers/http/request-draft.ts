// The HTTP tab's form as text, and its conversion into a request (or the reason it is not one).
import type { HttpRequestSpec } from '../../../triggers';
import { jsonProblem } from '../../../store';

export type BodyMode = 'none' | 'text' | 'json' | 'file';

export interface RequestDraft {
  method: string;
  path: string;
  query: string;
  /** One `name: value` per line. */
  headers: string;
  /** `a=1; b=2`, as a Cookie header carries them. */
  cookies: string;
  bodyMode: BodyMode;
  bodyText: string;
  /** A chosen file's bytes as base64 (body mode `file`). */
  fileBase64: string | null;
  fileName: string | null;
}

export const INITIAL_DRAFT: RequestDraft = {
  method: 'GET',
  path: '/items/42',
  query: 'color=red',
  headers: 'accept: application/json',
  cookies: '',
  bodyMode: 'none',
  bodyText: '',
  fileBase64: null,
  fileName: null,
};

export type DraftParse = { ok: true; request: HttpRequestSpec } | { ok: false; problem: string };

function parseHeaders(text: string): Array<[string, string]> | string {
  const pairs: Array<[string, string]> = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      return `Header line ${index + 1} is not "name: value".`;
    }
    pairs.push([name, line.slice(colon + 1).trim()]);
  }
  return pairs;
}

export function parseDraft(draft: RequestDraft): DraftParse {
  if (!draft.path.startsWith('/')) return { ok: false, problem: 'The path starts with "/".' };
  const headers = parseHeaders(draft.headers);
  if (typeof headers === 'string') return { ok: false, problem: headers };
  const cookies = draft.cookies
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const request: HttpRequestSpec = {
    method: draft.method,
    path: draft.path,
    query: draft.query.replace(/^\?/, ''),
    headers,
    cookies,
  };
  const hasContentType = headers.some(([name]) => name.toLowerCase() === 'content-type');
  switch (draft.bodyMode) {
    case 'none':
      return { ok: true, request };
    case 'text':
      return {
        ok: true,
        request: { ...request, body: { text: draft.bodyText, isBase64Encoded: false } },
      };
    case 'json': {
      const problem = jsonProblem(draft.bodyText);
      if (problem) return { ok: false, problem: `The JSON body is not valid: ${problem}` };
      const withType: Array<[string, string]> = hasContentType
        ? headers
        : [...headers, ['content-type', 'application/json']];
      return {
        ok: true,
        request: {
          ...request,
          headers: withType,
          body: { text: draft.bodyText, isBase64Encoded: false },
        },
      };
    }
    case 'file':
      if (draft.fileBase64 === null) return { ok: false, problem: 'Choose a file to send.' };
      return {
        ok: true,
        request: { ...request, body: { text: draft.fileBase64, isBase64Encoded: true } },
      };
  }
}
