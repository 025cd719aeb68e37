// Progress: the status each lesson shows, tasks added once, and the save read back.
import { describe, expect, it } from 'vitest';
import { COURSE } from '../../lessons';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import {
  LESSONS_KEY,
  lessonStatus,
  loadProgress,
  saveProgress,
  withTasksDone,
} from './lessons-progress';

const first = COURSE[0]!;

describe(lessonStatus, () => {
  it('is not-started, then in-progress once opened, then done with every task', () => {
    const opened = { 1: { workspaceId: 'w1', done: ['sum'] } };
    expect([
      lessonStatus(first, {}),
      lessonStatus(first, opened),
      lessonStatus(first, withTasksDone(opened, 1, ['log'])),
    ]).toEqual(['not-started', 'in-progress', 'done']);
  });
});

describe(withTasksDone, () => {
  it('adds only new tasks, and answers the same object when nothing is new', () => {
    const progress = { 1: { workspaceId: 'w1', done: ['sum'] } };
    expect(withTasksDone(progress, 1, ['sum'])).toBe(progress);
    expect(withTasksDone(progress, 1, ['log', 'sum'])).toEqual({
      1: { workspaceId: 'w1', done: ['sum', 'log'] },
    });
    expect(withTasksDone({}, 2, ['reuse'])).toEqual({ 2: { workspaceId: null, done: ['reuse'] } });
  });
});

describe(loadProgress, () => {
  it('reads back what was saved', () => {
    const storage = memoryStorage();
    const progress = { 3: { workspaceId: null, done: ['memory'] } };
    expect(saveProgress(storage, progress)).toBe(null);
    expect(loadProgress(storage)).toEqual({ progress, message: null });
  });

  it('starts afresh, saying why, when the save is damaged', () => {
    const storage = memoryStorage();
    storage.setItem(LESSONS_KEY, '{"1":{"done":"sum"}}');
    expect(loadProgress(storage)).toEqual({
      progress: {},
      message: 'The saved lesson progress is damaged.',
    });
  });
});
