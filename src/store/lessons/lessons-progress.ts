// The course's progress as data: per lesson, the workspace it opened and the tasks done; saved
// under its own key so that losing it never touches the learner's workspaces.
import type { Lesson } from '../../lessons';
import { readJson, writeJson } from '../../workspace/persistence';

export interface LessonProgress {
  /** The saved workspace the lesson opened (reused on return), or null before the first open. */
  workspaceId: string | null;
  /** Ids of the tasks whose checks passed, in the order they passed. */
  done: string[];
}

/** By lesson id. */
export type CourseProgress = Record<string, LessonProgress>;

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export const LESSONS_KEY = 'serverless-playground:lessons:v1';

export function lessonStatus(lesson: Lesson, progress: CourseProgress): LessonStatus {
  const own = progress[lesson.id];
  if (!own) return 'not-started';
  return lesson.tasks.every((task) => own.done.includes(task.id)) ? 'done' : 'in-progress';
}

export function progressOf(progress: CourseProgress, lessonId: number): LessonProgress {
  return progress[lessonId] ?? { workspaceId: null, done: [] };
}

/** The progress with these tasks added to the lesson's; the same object when none is new. */
export function withTasksDone(
  progress: CourseProgress,
  lessonId: number,
  taskIds: readonly string[],
): CourseProgress {
  const own = progressOf(progress, lessonId);
  const added = taskIds.filter((id) => !own.done.includes(id));
  if (added.length === 0) return progress;
  return { ...progress, [lessonId]: { ...own, done: [...own.done, ...added] } };
}

function isProgress(value: unknown): value is CourseProgress {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value as Record<string, unknown>).every((entry) => {
    const own = entry as Partial<LessonProgress> | null;
    return (
      typeof own === 'object' &&
      own !== null &&
      (own.workspaceId === null || typeof own.workspaceId === 'string') &&
      Array.isArray(own.done) &&
      own.done.every((id) => typeof id === 'string')
    );
  });
}

/** The saved progress; none (and the reason) when it cannot be read. */
export function loadProgress(storage: Storage | undefined): {
  progress: CourseProgress;
  message: string | null;
} {
  const read = readJson(storage, LESSONS_KEY, isProgress, 'lesson progress');
  return read.ok
    ? { progress: read.value ?? {}, message: null }
    : { progress: {}, message: read.message };
}

/** null when saved, else what went wrong. */
export function saveProgress(
  storage: Storage | undefined,
  progress: CourseProgress,
): string | null {
  return writeJson(storage, LESSONS_KEY, progress);
}
