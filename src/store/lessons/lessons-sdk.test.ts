// The lessons that teach the AWS SDK (6, 7 and 10) are graded on the SDK calls themselves: their
// solutions' drills make the calls through the real SDK, and the same outcome reached without
// them (a publish from the tab, a direct invoke) does not pass.
import * as esbuild from 'esbuild-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsOfType } from '../../lessons/evidence';
import { lessonById } from '../../lessons';
import type { DrillStep, Lesson, LessonRun, LessonWorkspace } from '../../lessons';
import { withFunction } from '../../lessons/build';
import { workspaceOfLesson } from './lessons-workspace';
import { runDrill } from './testing/lessons-drill';

beforeAll(() => esbuild.transform(''), 60_000);

function lesson(id: number): Lesson {
  const found = lessonById(id);
  if (found === undefined) throw new Error(`no lesson ${id}`);
  return found;
}

/** Each SDK call as `function service operation resource status`. */
function sdkCalls(run: LessonRun): string[] {
  return eventsOfType(run, 'service-call').map(
    (call) =>
      `${call.functionName} ${call.service} ${call.operation} ${call.resource} ${call.statusCode}`,
  );
}

function passed(run: LessonRun, of: Lesson): string[] {
  return of.tasks.filter((task) => task.check(run)).map((task) => task.id);
}

const drill = (workspace: LessonWorkspace, steps: readonly DrillStep[]) =>
  runDrill(workspaceOfLesson(workspace), steps);

const RETURNS_ONLY = 'export const handler = async () => ({ done: true });\n';

describe('lesson 6: a handler publishes with PublishCommand', () => {
  const six = lesson(6);

  it('publishes from the checkout’s code, and that publish fans out', async () => {
    const run = await drill(six.solution, six.drill);
    expect(sdkCalls(run)).toEqual([
      'lesson6-checkout sns Publish lesson6-orders 200',
      'lesson6-checkout sns Publish lesson6-orders 200',
    ]);
    expect(passed(run, six)).toEqual(['fan-out', 'dlq', 'idempotent']);
  }, 120_000);

  it('does not count a publish from the tab as the checkout’s', async () => {
    const silent = withFunction(six.solution, 'fn-checkout', { code: RETURNS_ONLY });
    const run = await drill(silent, [
      { kind: 'invoke', functionId: 'fn-checkout', event: { orderId: 'o-1', quantity: 1 } },
      { kind: 'publish', topic: 'lesson6-orders', message: '{"orderId":"o-1","quantity":1}' },
      { kind: 'wait', seconds: 2 },
    ]);
    expect([sdkCalls(run), passed(run, six).includes('fan-out')]).toEqual([[], false]);
  }, 120_000);
});

describe('lesson 7: a handler invokes another with InvokeCommand', () => {
  const seven = lesson(7);

  it('invokes the report synchronously (200) and as an Event (202)', async () => {
    const run = await drill(seven.solution, seven.drill);
    expect(sdkCalls(run)).toEqual([
      'lesson7-api lambda Invoke lesson7-report 200',
      'lesson7-api lambda Invoke lesson7-report 202',
    ]);
    expect(passed(run, seven)).toEqual(['sync', 'async-dlq']);
  }, 120_000);

  it('does not count invokes from the Test tab as the caller’s', async () => {
    const run = await drill(seven.solution, [
      { kind: 'invoke', functionId: 'fn-report', event: { reportId: 'r-1' } },
      { kind: 'invoke-async', functionId: 'fn-report', event: { reportId: 'r-2', fail: true } },
      { kind: 'wait', seconds: 90 },
    ]);
    expect([sdkCalls(run), passed(run, seven)]).toEqual([[], []]);
  }, 120_000);
});

describe('lesson 10: the upload → thumbnail → notify pipeline', () => {
  const ten = lesson(10);

  it('stores the thumbnail and the record and publishes, from the upload’s run', async () => {
    const run = await drill(ten.solution, ten.drill);
    expect(sdkCalls(run)).toEqual([
      'lesson10-thumbnail s3 PutObject lesson10-thumbnails 200',
      'lesson10-thumbnail dynamodb PutItem lesson10-photos 200',
      'lesson10-thumbnail sns Publish lesson10-ready 200',
    ]);
    expect(passed(run, ten)).toEqual(['record', 'notify']);
  }, 120_000);

  it('passes neither task when the handler makes no SDK call and the tab publishes', async () => {
    const silent = withFunction(ten.solution, 'fn-thumbnail', { code: RETURNS_ONLY });
    const run = await drill(silent, [
      { kind: 'upload', bucket: 'lesson10-uploads', key: 'photos/cat.jpg' },
      {
        kind: 'publish',
        topic: 'lesson10-ready',
        message: '{"photo":"photos/cat.jpg","thumbnail":"thumbnails/photos/cat.jpg"}',
      },
      { kind: 'wait', seconds: 5 },
    ]);
    expect([sdkCalls(run), passed(run, ten)]).toEqual([[], []]);
  }, 120_000);
});
