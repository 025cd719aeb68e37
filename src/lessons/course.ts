// The course in order. A teacher adds a lesson by writing a lesson file and listing it here.
import { lesson as firstFunction } from './lesson-01-first-function';
import { lesson as coldAndWarm } from './lesson-02-cold-and-warm';
import { lesson as payPerUse } from './lesson-03-pay-per-use';
import { lesson as http } from './lesson-04-http';
import { lesson as storage } from './lesson-05-storage';
import { lesson as pubsub } from './lesson-06-pubsub';
import { lesson as syncAsync } from './lesson-07-sync-async';
import { lesson as scale } from './lesson-08-scale';
import { lesson as containers } from './lesson-09-containers';
import { lesson as pipeline } from './lesson-10-pipeline';
import { lesson as python } from './lesson-11-python';
import type { Lesson } from './types';

export const COURSE: readonly Lesson[] = [
  firstFunction,
  coldAndWarm,
  payPerUse,
  http,
  storage,
  pubsub,
  syncAsync,
  scale,
  containers,
  pipeline,
  python,
];

export function lessonById(id: number): Lesson | undefined {
  return COURSE.find((lesson) => lesson.id === id);
}
