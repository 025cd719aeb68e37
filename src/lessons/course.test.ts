// The course's shape: what the panel, the links and the saved progress rely on.
import { describe, expect, it } from 'vitest';
import { COURSE, lessonById } from './course';

describe('COURSE', () => {
  it('numbers its eleven lessons 1 to 11 in order', () => {
    expect(COURSE.map((lesson) => lesson.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives each lesson one to three tasks with distinct ids and at least one hint each', () => {
    for (const lesson of COURSE) {
      const ids = lesson.tasks.map((task) => task.id);
      expect([lesson.id, new Set(ids).size, ids.length >= 1 && ids.length <= 3]).toEqual([
        lesson.id,
        ids.length,
        true,
      ]);
      expect(lesson.tasks.filter((task) => task.hints.length === 0)).toEqual([]);
    }
  });

  it("names every lesson's functions after the lesson, so checks read only its own", () => {
    const strays = COURSE.flatMap((lesson) =>
      [...lesson.starter.functions, ...lesson.solution.functions]
        .map((fn) => fn.config.name)
        .filter((name) => !name.startsWith(`lesson${lesson.id}-`)),
    );
    expect(strays).toEqual([]);
  });
});

describe(lessonById, () => {
  it('finds a lesson by its link number, and nothing for an unknown one', () => {
    expect([lessonById(4)?.title, lessonById(12)]).toEqual(['REST over HTTP', undefined]);
  });
});
