// Deep links to a lesson: `#lesson/3`. Other fragments (`#share=…`) belong to others and are left be.
const LESSON_FRAGMENT = /^#lesson\/(\d+)$/;

/** The lesson a fragment links to, or null when it is not a lesson link. */
export function lessonIdFromHash(hash: string): number | null {
  const match = LESSON_FRAGMENT.exec(hash);
  return match ? Number(match[1]) : null;
}

export function lessonHash(lessonId: number): string {
  return `#lesson/${lessonId}`;
}

/** A lesson link may replace no fragment or another lesson link, never someone else's. */
export function mayWriteLessonHash(hash: string): boolean {
  return hash === '' || hash === '#' || lessonIdFromHash(hash) !== null;
}
