// How much an import may hold, checked while unpacking (a zip) or before reading (picked files):
// a small zip can unpack to gigabytes, and a picked folder can hold a whole node_modules.
const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** A zip file itself: Lambda's own limit for a .zip package uploaded directly (Lambda quotas). */
  zipBytes: 50 * MB,
  /**
   * Everything kept, unpacked: as much as a share link may carry, and more than the browser's
   * storage (5 MiB per origin) can save, so no workspace that could be kept is refused.
   */
  totalBytes: 8 * MB,
  /** One file: a handler's source is kilobytes; this leaves room for one already bundled. */
  fileBytes: 2 * MB,
  /** Entries a zip's directory may list, skipped ones included (a node_modules has thousands). */
  entries: 100_000,
} as const;

/** The limits in the learner's words, shown beside Import. */
export const IMPORT_LIMITS_TEXT = `Up to ${IMPORT_LIMITS.totalBytes / MB} MB unpacked in all, ${IMPORT_LIMITS.fileBytes / MB} MB per file, from a zip of at most ${IMPORT_LIMITS.zipBytes / MB} MB; node_modules and build output are skipped.`;
