// Lesson 2: no server to manage is not no server — cold starts, warm starts, and what init is for.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { appLogsOf, invocationsOf, pick, succeeded } from './evidence';
import type { Lesson } from './types';

const NAME = 'lesson2-greeter';

const CONNECT = `// A pretend database client: opening a connection takes a while, as a real one does.
let connectionsOpened = 0;
async function connect() {
  connectionsOpened += 1;
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { greet: async (name: string) => \`Hello, \${name}!\` };
}
`;

const STARTER_CODE = `${CONNECT}
export const handler = async (event: { name: string }) => {
  const db = await connect(); // a new connection for every request
  const greeting = await db.greet(event.name);
  return { greeting, connectionsOpened };
};
`;

const SOLUTION_CODE = `${CONNECT}
// Top-level code is INIT: it runs once per instance, before its first request.
console.log('init: opening the connection');
const connection = connect();

export const handler = async (event: { name: string }) => {
  const db = await connection; // reused by every request this instance serves
  const greeting = await db.greet(event.name);
  return { greeting, connectionsOpened };
};
`;

const starter = lessonWorkspace([
  lessonFunction({ id: 'fn-greeter', name: NAME, code: STARTER_CODE, event: { name: 'Ada' } }),
]);

export const lesson: Lesson = {
  id: 2,
  title: 'Serverless means no server to manage — not no server',
  body: [
    {
      kind: 'p',
      text: 'Your code still runs on a machine: an **execution environment** (an instance on the stage). While nobody calls the function it has none: it is asleep, and costs nothing. A request wakes it: Lambda starts an instance and runs your module’s top-level code (**INIT**), then the handler. That is a **cold start**; its REPORT line has an `Init Duration`.',
    },
    {
      kind: 'diagram',
      label: 'A cold start, then a warm start on the same instance',
      text: 'request 1 ─▶ [ INIT (top-level code) ][ handler ] ─▶ idle (frozen)\nrequest 2 ─────────────────────────────────▶ [ handler ] ─▶ idle\n                                              no INIT: warm start',
    },
    {
      kind: 'p',
      text: 'After the request the instance is frozen and kept for a while. The next request reuses it: a **warm start**, no INIT. So work that can be shared — database connections, SDK clients, caches — belongs in init, outside the handler. Lambda reaps idle instances after some minutes (AWS does not document how long; measurements say 5–7 minutes), and a new version of the code means new instances: cold starts again. Since 1 August 2025 INIT is billed too.',
    },
    {
      kind: 'source',
      text: 'AWS Lambda: the execution environment lifecycle',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
    },
  ],
  tasks: [
    {
      id: 'cold-warm',
      goal: 'Log a line in init (outside the handler), then invoke twice: a cold start, then a warm start on the same instance, with your init line printed once.',
      hints: [
        "Put `console.log('init');` at the top level of the file, outside `handler`.",
        'A line written during INIT has the request id `undefined`.',
        'Invoke twice in a row: the second request finds the first instance idle.',
      ],
      check: (run) => {
        if (!appLogsOf(run, NAME).some((line) => line.requestId === undefined)) return false;
        const calls = invocationsOf(run, NAME).filter(succeeded);
        return calls.some(
          (cold, i) =>
            cold.start.cold &&
            calls
              .slice(i + 1)
              .some((warm) => !warm.start.cold && warm.start.instanceId === cold.start.instanceId),
        );
      },
    },
    {
      id: 'reuse',
      goal: 'Open the connection in init so a warm start reuses it: it answers `"connectionsOpened": 1`.',
      hints: [
        'Move `connect()` out of the handler: `const connection = connect();` at the top level.',
        'In the handler, `await connection` instead of calling `connect()` again.',
      ],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) =>
            succeeded(call) && !call.start.cold && pick(call.result, 'connectionsOpened') === 1,
        ),
    },
  ],
  starter,
  solution: withFunction(starter, 'fn-greeter', { code: SOLUTION_CODE }),
  drill: [{ kind: 'invoke', functionId: 'fn-greeter', event: { name: 'Ada' }, times: 2 }],
};
