// A scenario as the text of a share link: `<version>.<payload>`, where the payload is the
// scenario's JSON, zlib-compressed (fflate), in base64url without padding. Decoding never throws:
// it says what is wrong with a link, in words the learner can pass on to whoever sent it.
import { zlibSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64';
import { inflateCapped } from './inflate-capped';
import { scenarioProblem } from './link-check';
import type { LinkScenario } from './link-scenario';

/**
 * Format 2 is format 1 plus the optional `lesson`. A link is written in the oldest format that can
 * carry it: one without a lesson stays format 1, so every build ever shipped still opens it, and a
 * build from before lessons meets a lesson link as "newer version, reload" rather than "invalid".
 */
export const LINK_VERSION = 2;

export type DecodeResult = { ok: true; scenario: LinkScenario } | { ok: false; problem: string };

/**
 * Chrome refuses URLs over 2 MB (Chromium's "URL display guidelines": "Chrome limits URLs to a
 * maximum length of 2MB"), so no link a browser opened is longer; refusing more stops a huge
 * paste from tying up the page.
 */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;
/**
 * The most JSON a link may unpack to. Deflate can expand a thousandfold, so this is checked while
 * inflating: a link is refused at the first byte past it, never after unpacking everything.
 */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

const DAMAGED = 'The link is damaged or incomplete (was it cut off when it was copied?)';
const TOO_LARGE = `The link unpacks to more than ${MAX_JSON_BYTES / 1024 / 1024} MB, more than any scenario needs, so it was not opened`;

export function encodeScenario(scenario: LinkScenario): string {
  // zlib rather than raw deflate: its Adler-32 checksum tells a cut or altered link from a whole one.
  const packed = zlibSync(new TextEncoder().encode(JSON.stringify(scenario)), { level: 9 });
  const version = scenario.lesson === undefined ? 1 : LINK_VERSION;
  return `${version}.${toBase64Url(packed)}`;
}

function hasLesson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'lesson');
}

/** Formats 1 and 2 differ only in what the schema allows, and format 1 never wrote a lesson. */
function decodePayload(payload: string, lessons: boolean): DecodeResult {
  const packed = fromBase64Url(payload);
  if (!packed) return { ok: false, problem: `${DAMAGED}: it has characters a link never holds.` };
  const inflated = inflateCapped(packed, { format: 'zlib', cap: MAX_JSON_BYTES });
  if (!inflated.ok) {
    const problem =
      inflated.reason === 'too-large' ? `${TOO_LARGE}.` : `${DAMAGED}: its data does not unpack.`;
    return { ok: false, problem };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    return { ok: false, problem: `${DAMAGED}: its data is not a scenario.` };
  }
  const problem =
    lessons || !hasLesson(value)
      ? scenarioProblem(value)
      : 'scenario has an unknown field "lesson"';
  if (problem) return { ok: false, problem: `The link's scenario is not valid: ${problem}.` };
  return { ok: true, scenario: value as LinkScenario };
}

/** Each version ever written, so links made by earlier versions of the app still open. */
const DECODERS: Record<string, (payload: string) => DecodeResult> = {
  '1': (payload) => decodePayload(payload, false),
  '2': (payload) => decodePayload(payload, true),
};

/** The scenario in `text` (`<version>.<payload>`), or what is wrong with it. */
export function decodeScenario(text: string): DecodeResult {
  if (text.length > MAX_LINK_CHARS) {
    return { ok: false, problem: 'The link is longer than any browser accepts.' };
  }
  const dot = text.indexOf('.');
  const version = dot < 0 ? '' : text.slice(0, dot);
  const decoder = Object.hasOwn(DECODERS, version) ? DECODERS[version] : undefined;
  if (decoder) return decoder(text.slice(dot + 1));
  if (/^\d+$/.test(version) && Number(version) > LINK_VERSION) {
    return {
      ok: false,
      problem: `The link was made by a newer version of the playground (format ${version}); reload the page to get it.`,
    };
  }
  return { ok: false, problem: `${DAMAGED}: it does not start with a format version.` };
}
