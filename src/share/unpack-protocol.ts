// The messages between the page and the unpack worker, which inflates and reads what arrives from
// outside (a share link, a SAM zip, picked handler files) away from the page's thread.
import type { DecodeResult } from './link-codec';
import type { SamImport } from './sam-archive';

/** A picked file read: its path in the picked folder (or its name), and its bytes. */
export interface FileBytes {
  path: string;
  bytes: Uint8Array;
}

/** Sent once per worker; bytes are transferred, not copied. */
export type UnpackRequest =
  | { kind: 'link'; text: string }
  | { kind: 'sam-zip'; bytes: Uint8Array }
  | { kind: 'sam-files'; files: FileBytes[] };

/** The worker's one answer: what `decodeScenario`, `readSamZip` or `readSamFiles` returned. */
export type UnpackReply =
  { kind: 'link'; result: DecodeResult } | { kind: 'sam'; result: SamImport };
