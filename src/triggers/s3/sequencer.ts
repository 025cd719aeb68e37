// S3's `sequencer`: a hex string per object key; a greater value means a later event. AWS: "If you
// compare the sequencer strings from two event notifications on the same object key, the event
// notification with the greater sequencer hexadecimal value is the event that occurred later."
// Ours are fixed-width (18 upper-case digits, as in AWS's sample 0A1B2C3D4E5F678901), so plain
// string comparison orders them too.

export interface SequencerSource {
  /** A value greater than every one before it. */
  next(): string;
}

const WIDTH = 18;

/** Counts up from `start` (a bigint: 18 hex digits exceed a double's exact range). */
export function createSequencer(start = 1n): SequencerSource {
  let value = start;
  return {
    next: () => (value++).toString(16).toUpperCase().padStart(WIDTH, '0'),
  };
}
