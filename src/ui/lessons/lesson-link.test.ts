// Lesson deep links read and written without disturbing share links.
import { describe, expect, it } from 'vitest';
import { lessonHash, lessonIdFromHash, mayWriteLessonHash } from './lesson-link';

describe(lessonIdFromHash, () => {
  it('reads #lesson/<id> and nothing else', () => {
    expect(
      ['#lesson/3', '#lesson/12', '#lesson/x', '#share=abc', ''].map(lessonIdFromHash),
    ).toEqual([3, 12, null, null, null]);
  });

  it('reads back what lessonHash writes', () => {
    expect(lessonIdFromHash(lessonHash(7))).toBe(7);
  });
});

describe(mayWriteLessonHash, () => {
  it('never replaces a share link', () => {
    expect(['', '#', '#lesson/2', '#share=abc'].map(mayWriteLessonHash)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
