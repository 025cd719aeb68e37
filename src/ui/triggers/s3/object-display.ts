// How the S3 tab shows an object: its text when it is text, and its last-modified time.

/** Larger objects are described, not decoded: a preview is for reading, not for megabytes. */
export const TEXT_PREVIEW_BYTES = 64 * 1024;

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-ndjson))/;
/** Control characters other than tab, line feed and carriage return mark binary data. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return true;
  }
  return false;
}

/** The object's text, or null when it is binary or too large to preview. */
export function textPreview(object: { bytes: Uint8Array; contentType: string }): string | null {
  if (object.bytes.length > TEXT_PREVIEW_BYTES) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(object.bytes);
  } catch {
    return null;
  }
  // Valid UTF-8 without control characters reads as text whatever its declared type.
  return TEXT_TYPES.test(object.contentType) || !hasControl(text) ? text : null;
}

/** `2026-11-27 12:00:01 UTC`: the simulated clock's time, as the S3 console lists it (in UTC). */
export function formatLastModified(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
