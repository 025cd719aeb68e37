// Lesson 11: the course's first example in Python, exactly as written: its handler's name and the
// Handler setting disagree, so INIT fails with Runtime.HandlerNotFound until they agree. Then the
// two ways Python writes to the log: print as printed, and the logging module's [INFO] lines.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { appLogsOf, invocationsOf, pick, succeeded } from './evidence';
import type { Lesson } from './types';

const NAME = 'lesson11-add';

/** The course's example, verbatim: `lamda_handler` (sic), two-space indents. */
const STARTER_CODE = `def lamda_handler(event, context):
  print(event)
  return event['left'] + event['right']
`;

const SOLUTION_CODE = `import logging

logger = logging.getLogger()
logger.setLevel(logging.INFO)

def lambda_handler(event, context):
  print(event)
  logger.info('adding %s and %s', event['left'], event['right'])
  return event['left'] + event['right']
`;

const starter = lessonWorkspace([
  lessonFunction({
    id: 'fn-add',
    name: NAME,
    file: 'lambda_function.py',
    code: STARTER_CODE,
    event: { left: 1, right: 2 },
    config: { runtime: 'python3.14', handler: 'lambda_function.lambda_handler' },
  }),
]);

export const lesson: Lesson = {
  id: 11,
  title: 'Python: the course’s first example',
  body: [
    {
      kind: 'p',
      text: 'Lambda runs Python as well as Node.js. A Python handler is a plain function of two arguments, the `event` (a dict) and the `context`; what it returns is serialized as JSON. The **Handler** setting names it as `file.function`: `lambda_function.lambda_handler` is the function `lambda_handler` in `lambda_function.py`, as the Lambda console creates it.',
    },
    { kind: 'code', text: STARTER_CODE },
    {
      kind: 'p',
      text: 'This is the course’s first example, as written. Its function is called `lamda_handler`, while the Handler setting still says `lambda_handler`: the first invoke fails INIT with `Runtime.HandlerNotFound`, the most common first error on Lambda. Make the two agree.',
    },
    {
      kind: 'p',
      text: '`print` writes its text to the log as it is, with no time or request id. The `logging` module writes `[INFO]`, the time and the request id before the message; its root logger starts at `WARNING`, so `logger.info` lines show only once the level is `INFO`.',
    },
    {
      kind: 'source',
      text: 'AWS Lambda: define a function handler in Python',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html',
    },
    {
      kind: 'source',
      text: 'AWS Lambda: log and monitor Python functions',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/python-logging.html',
    },
  ],
  tasks: [
    {
      id: 'handler-name',
      goal: 'Invoke with `{"left": 1, "right": 2}` and get `3` in Result.',
      hints: [
        'The first invoke fails with `Runtime.HandlerNotFound`: the setting names `lambda_handler`, the code defines `lamda_handler`.',
        'Set **Handler** to `lambda_function.lamda_handler` in Settings, or rename the function in the code to `lambda_handler`.',
      ],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) =>
            succeeded(call) &&
            call.result === 3 &&
            pick(call.event, 'left') === 1 &&
            pick(call.event, 'right') === 2,
        ),
    },
    {
      id: 'logging',
      goal: 'Log a line with the `logging` module during an invocation and find its `[INFO]` line in Logs.',
      hints: [
        'Add `import logging`, then `logger = logging.getLogger()` and `logger.setLevel(logging.INFO)` at module level.',
        'Inside the handler, `logger.info("adding %s and %s", event["left"], event["right"])`.',
      ],
      check: (run) =>
        appLogsOf(run, NAME).some(
          (line) => line.requestId !== undefined && line.message.startsWith('[INFO]\t'),
        ),
    },
  ],
  starter,
  solution: withFunction(starter, 'fn-add', { code: SOLUTION_CODE }),
  drill: [{ kind: 'invoke', functionId: 'fn-add', event: { left: 1, right: 2 } }],
};
