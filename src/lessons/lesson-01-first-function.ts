// Lesson 1: a handler takes an event and returns a result; the log shows START, END and REPORT.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { appLogsOf, invocationsOf, pick, succeeded } from './evidence';
import type { Lesson } from './types';

const NAME = 'lesson1-add';

const STARTER_CODE = `// Lambda calls \`handler\` with the event (your JSON) and a context object.
// Whatever the promise resolves to is the result the caller gets.
export const handler = async (event: { left: number; right: number }) => {
  // TODO: return the sum of event.left and event.right
  return 0;
};
`;

const SOLUTION_CODE = `export const handler = async (event: { left: number; right: number }) => {
  console.log('adding', event.left, 'and', event.right);
  return event.left + event.right;
};
`;

const starter = lessonWorkspace([
  lessonFunction({ id: 'fn-add', name: NAME, code: STARTER_CODE, event: { left: 40, right: 2 } }),
]);

export const lesson: Lesson = {
  id: 1,
  title: 'Your first function',
  body: [
    {
      kind: 'p',
      text: 'A Lambda function is one exported function, the **handler**. Lambda calls it with two arguments: the `event` (whatever the caller sent, as JSON) and a `context` (the request id, the time left, the function name). What the handler returns is the result.',
    },
    {
      kind: 'code',
      text: 'export const handler = async (event, context) => {\n  return { ok: true };\n};',
    },
    {
      kind: 'p',
      text: 'Every invocation writes three platform lines to the log: `START` (a request id and the version), `END`, and `REPORT` with the Duration, the Billed Duration (rounded up to 1 ms) and the Memory Size. Your own `console.log` lines come between START and END, tagged with the same request id.',
    },
    {
      kind: 'source',
      text: 'AWS Lambda: define a function handler in Node.js',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
    },
  ],
  tasks: [
    {
      id: 'sum',
      goal: 'Return the sum: invoke with `{"left": 40, "right": 2}` and get `42` in Result.',
      hints: [
        'The test event is already `{"left": 40, "right": 2}`: press **Invoke** (or Ctrl/Cmd+Enter).',
        'Replace `return 0;` with `return event.left + event.right;`.',
      ],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) =>
            succeeded(call) &&
            call.result === 42 &&
            pick(call.event, 'left') === 40 &&
            pick(call.event, 'right') === 2,
        ),
    },
    {
      id: 'log',
      goal: 'Write a line with `console.log` during an invocation and find it between START and END in Logs.',
      hints: [
        'Add `console.log(event);` inside the handler, before the return.',
        'The line carries the request id of its invocation, like START and END.',
      ],
      check: (run) => {
        const served = new Set(
          invocationsOf(run, NAME)
            .filter(succeeded)
            .map((call) => call.start.requestId),
        );
        return appLogsOf(run, NAME).some(
          (line) => line.requestId !== undefined && served.has(line.requestId),
        );
      },
    },
  ],
  starter,
  solution: withFunction(starter, 'fn-add', { code: SOLUTION_CODE }),
  drill: [{ kind: 'invoke', functionId: 'fn-add', event: { left: 40, right: 2 } }],
};
