// What the recorder keeps of the platform's events for grading (the kinds checks read, capped),
// and which of a lesson's open tasks a recorded run now shows done.
import type { PlatformEvent } from '../../engine';
import type { Lesson, LessonRun } from '../../lessons';

const GRADED_TYPES: ReadonlySet<PlatformEvent['type']> = new Set([
  'invoke-start',
  'invoke-end',
  'instance',
  'throttle',
  'log',
  'async-succeeded',
  'async-failed',
  'sqs-batch-result',
  'sqs-moved',
  'sns-published',
  's3-notified',
  // Handlers' SDK calls: what lessons on the AWS SDK grade.
  'service-call',
]);

/** Enough for any lesson's tasks; under a load test the oldest events go first. */
export const EVENTS_KEPT = 5_000;

function graded(event: PlatformEvent): boolean {
  if (!GRADED_TYPES.has(event.type)) return false;
  // START, END and REPORT repeat what invoke events say; only the code's own lines are news.
  return event.type !== 'log' || event.entry.kind === 'app';
}

/** The run with the gradable events of `events` added, the oldest dropped beyond EVENTS_KEPT. */
export function recordEvents(run: LessonRun, events: readonly PlatformEvent[]): LessonRun {
  const added = events.filter(graded);
  if (added.length === 0) return run;
  const all = [...run.events, ...added];
  return { events: all.length > EVENTS_KEPT ? all.slice(all.length - EVENTS_KEPT) : all };
}

/** The ids of the lesson's tasks, not yet done, whose checks pass on the run. */
export function newlyPassed(lesson: Lesson, run: LessonRun, done: readonly string[]): string[] {
  return lesson.tasks
    .filter((task) => !done.includes(task.id) && task.check(run))
    .map((task) => task.id);
}
