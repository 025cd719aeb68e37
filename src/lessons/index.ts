// The lessons' public face: the course, the lesson format, and the readings checks are made of.
export { COURSE, lessonById } from './course';
export type {
  Block,
  Check,
  DrillStep,
  Lesson,
  LessonFunction,
  LessonRun,
  LessonTask,
  LessonWorkspace,
} from './types';
export { invocationsOf, type Invocation } from './evidence';
