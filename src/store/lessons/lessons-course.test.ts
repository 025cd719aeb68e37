// Every task's check, graded on what really ran: it passes when the lesson's solution is drilled
// and fails when its starter is, through esbuild, the engine and the Lambda runtime.
import * as esbuild from 'esbuild-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { COURSE } from '../../lessons';
import type { LessonRun } from '../../lessons';
import { workspaceOfLesson } from './lessons-workspace';
import { runDrill } from './testing/lessons-drill';

beforeAll(() => esbuild.transform(''), 60_000);

describe.each(COURSE.map((lesson) => [`${lesson.id}. ${lesson.title}`, lesson] as const))(
  'lesson %s',
  (_title, lesson) => {
    const runs: { starter?: LessonRun; solution?: LessonRun } = {};

    beforeAll(async () => {
      runs.starter = await runDrill(workspaceOfLesson(lesson.starter), lesson.drill);
      runs.solution = await runDrill(workspaceOfLesson(lesson.solution), lesson.drill);
    }, 180_000);

    it.each(lesson.tasks.map((task) => [task.id, task] as const))(
      'task %s passes on the solution and fails on the starter',
      (_id, task) => {
        expect([task.check(runs.solution!), task.check(runs.starter!)]).toEqual([true, false]);
      },
    );
  },
);
