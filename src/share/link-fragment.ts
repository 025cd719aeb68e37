// Where a share link keeps its scenario: the URL fragment (`#share=1.…`), which browsers never send
// to a server, so a shared handler stays between the two people who share it.
import type { DecodeResult } from './link-codec';
import { encodeScenario } from './link-codec';
import type { LinkScenario } from './link-scenario';
import { decodeScenarioOffThread } from './unpack-off-thread';

const PARAM = 'share';

/** `pageUrl` (any fragment dropped) with the scenario in its fragment. */
export function shareUrl(pageUrl: string, scenario: LinkScenario): string {
  const hash = pageUrl.indexOf('#');
  const base = hash < 0 ? pageUrl : pageUrl.slice(0, hash);
  return `${base}#${PARAM}=${encodeScenario(scenario)}`;
}

/** The link's text in a fragment (`location.hash`), or null when it holds no share link. */
export function shareTextOf(hash: string): string | null {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get(PARAM);
}

/**
 * The scenario a fragment carries, what is wrong with it, or null if none. Read in a worker: the
 * fragment is anyone's text, including a page that set it to a decompression bomb.
 */
export async function readShareFragment(hash: string): Promise<DecodeResult | null> {
  const text = shareTextOf(hash);
  return text === null ? null : decodeScenarioOffThread(text);
}

/**
 * Past about 2,000 characters a link stops being safe to paste everywhere: Internet Explorer's
 * INTERNET_MAX_URL_LENGTH is 2,083 (Microsoft, "URL Length Limits", IEInternals), and tools built
 * to that figure (chat previews, mail clients, URL shorteners) cut or refuse longer ones. RFC 9110
 * §4.1 asks software to accept at least 8,000 octets: past that, a link is likely to break.
 */
export const LINK_LENGTH = { comfortable: 2_000, recommendedMax: 8_000 } as const;

/** A warning for a link of `length` characters, or null when it travels well. */
export function linkLengthWarning(length: number): string | null {
  if (length > LINK_LENGTH.recommendedMax) {
    return `This link is over ${LINK_LENGTH.recommendedMax.toLocaleString('en-US')} characters: many tools will cut it. Share fewer or smaller files, or export the workspace instead.`;
  }
  if (length > LINK_LENGTH.comfortable) {
    return `This link is over ${LINK_LENGTH.comfortable.toLocaleString('en-US')} characters: some chat and mail tools cut links this long. Check that it opens after pasting.`;
  }
  return null;
}
