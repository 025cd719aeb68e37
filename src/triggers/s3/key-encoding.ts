// The object key as S3 notifications write it: form-URL-encoded ("red flower.jpg" becomes
// "red+flower.jpg", content type application/x-www-form-urlencoded — AWS S3 "Event message
// structure"), except that `/` stays as it is (minio/minio#11665 compares real S3 events:
// "the slash character is not encoded, while otherwise using query-style encoding"). Which other
// characters stay is not documented; the unreserved set of form encoding (letters, digits, `-_.*`,
// as java.net.URLEncoder keeps) is used, and `(`, `=`, `:` are escaped as seen in real events
// (aws-sam-cli#379, aws-sdk-js#837).
const KEPT = /^[A-Za-z0-9\-_.*/]$/;

const encoder = new TextEncoder();

/** `my photo (1).jpg` → `my+photo+%281%29.jpg`; `a+b` → `a%2Bb`. */
export function encodeS3Key(key: string): string {
  let encoded = '';
  for (const char of key) {
    if (char === ' ') encoded += '+';
    else if (KEPT.test(char)) encoded += char;
    else {
      for (const byte of encoder.encode(char)) {
        encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }
    }
  }
  return encoded;
}

/** The key a handler should pass back to S3: `+` → space, then percent-decoding. */
export function decodeS3Key(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}
