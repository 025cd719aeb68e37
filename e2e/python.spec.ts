// Python handlers: the course's own first example runs exactly as written, on real CPython
// (Pyodide) in an opaque-origin worker, with Lambda's Python runtime's answers and log lines.
import type { Locator } from '@playwright/test';
import { encodeScenario } from '../src/share/link-codec';
import type { LinkScenario } from '../src/share';
import { parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';
import type { Playground } from './support/playground';

// Starting Python takes a few seconds of a core, more on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

/** The course's example, verbatim: its handler is `lamda_handler` (sic), indented by two spaces. */
const COURSE_SEED =
  "def lamda_handler(event, context):\n  print(event)\n  return event['left'] + event['right']\n";

/** Opens `scenario` as a link in a fresh load of the app, and keeps it as a workspace. */
async function openLink(playground: Playground, keep: Locator, scenario: LinkScenario) {
  // A fresh load: on the open page a new fragment would wait to be asked for (hashchange).
  await playground.page.goto('about:blank');
  await playground.page.goto(`/#share=${encodeScenario(scenario)}`);
  await keep.click();
  await playground.editor.ready();
}

/** The course's example, opened from a link and invoked once: it answers 3, cold. */
async function openCourseSeed(playground: Playground, keep: Locator): Promise<void> {
  const scenario = pythonScenario(
    { 'lambda_function.py': COURSE_SEED },
    'lambda_function.lamda_handler',
  );
  await openLink(playground, keep, scenario);
  await invokeCold(playground);
  await expect(playground.result()).toHaveText('3');
}

/**
 * Invokes and waits for its REPORT. A function's first invoke waits for Python to start in two
 * workers (its instance's and the syntax check's): seconds each on a busy two-core machine.
 */
async function invokeCold(playground: Playground): Promise<void> {
  const before = (await playground.reports()).length;
  await playground.invoke();
  await expect
    .poll(async () => (await playground.reports()).length, { timeout: 90_000 })
    .toBe(before + 1);
}

function pythonScenario(files: Record<string, string>, handler: string): LinkScenario {
  return {
    functions: [
      {
        id: 'fn-1',
        config: { name: 'add-numbers', runtime: 'python3.14', handler },
        files,
        activeFile: Object.keys(files)[0]!,
        testEvent: '{"left": 1, "right": 2}',
      },
    ],
    selectedId: 'fn-1',
  };
}

test('the course’s Python example answers 3 and prints the event, cold then warm', async ({
  playground,
  sharedScenario,
}) => {
  await openCourseSeed(playground, sharedScenario.keep);
  const logs = await playground.logs();
  expect(logs).toMatch(/^INIT_START Runtime Version: python:3\.14\.v\d+\t/m);
  expect(logs).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST$/m);
  // print() writes the line as printed: no time, request id or level before it.
  expect(logs).toMatch(/^\{'left': 1, 'right': 2\}$/m);
  const [cold] = await playground.reports();
  expect(cold).toMatch(/\tInit Duration: \d+\.\d\d ms/);

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');
  const reports = await playground.reports();
  expect(reports).toHaveLength(2);
  expect(reports[1]).not.toMatch(/Init Duration/);
  await expect(playground.instances()).toHaveCount(1);
});

test('an exception answers with Python’s error JSON and logs [ERROR] with the traceback', async ({
  playground,
  sharedScenario,
}) => {
  const code = "def lambda_handler(event, context):\n    return event['missing']\n";
  const scenario = pythonScenario({ 'lambda_function.py': code }, 'lambda_function.lambda_handler');
  await openLink(playground, sharedScenario.keep, scenario);

  await invokeCold(playground);
  const payload = (await playground.resultJson()) as Record<string, unknown>;
  expect(Object.keys(payload)).toEqual(['errorMessage', 'errorType', 'requestId', 'stackTrace']);
  expect(payload).toMatchObject({ errorMessage: "'missing'", errorType: 'KeyError' });
  expect((payload.stackTrace as string[]).join('')).toContain(
    '  File "/var/task/lambda_function.py", line 2, in lambda_handler\n',
  );
  const logs = await playground.logs();
  expect(logs).toMatch(/^\[ERROR\] KeyError: 'missing'$/m);
  expect(logs).toMatch(/^Traceback \(most recent call last\):$/m);
});

test('a syntax error is marked before any invoke, and the last good version keeps answering', async ({
  playground,
  sharedScenario,
}) => {
  await openCourseSeed(playground, sharedScenario.keep);

  // An unclosed bracket: Python's own compiler finds it, before anything runs.
  await playground.setCode(
    "def lamda_handler(event, context):\n  print(event)\n  return (event['left'] + event['right']\n",
  );
  await expect(playground.problems).toContainText("SyntaxError: '(' was never closed");
  await expect(playground.problems).toContainText('lambda_function.py:3:10');

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');
});

test('a Python function added from the Functions list answers as the console’s starter does, online too', async ({
  page,
  playground,
}) => {
  await playground.open();
  const functions = page.getByRole('navigation', { name: 'Functions' });
  await functions.getByLabel('Add function as').selectOption('python3.14');
  await functions.getByRole('button', { name: 'Add function' }).click();
  await expect(playground.files.entry('lambda_function.py')).toHaveAttribute(
    'aria-current',
    'true',
  );

  await invokeCold(playground);
  // Python's json.dumps wrote the response (`"statusCode": 200`); the body is its own JSON text.
  const answer = { statusCode: 200, body: '"Hello from Lambda!"' };
  expect(await playground.resultJson()).toEqual(answer);
  await expect(playground.instancesIn('idle')).toHaveCount(1);

  // With Internet access on, the worker is the page's own, outside the network sandbox.
  await playground.settings.internetAccess.check();
  await invokeCold(playground);
  expect(await playground.resultJson()).toEqual(answer);
  expect((await playground.reports()).at(-1)).toMatch(/Init Duration/);
});

test('an endless Python loop is stopped at its timeout with Lambda’s message, and the fix then runs', async ({
  playground,
  sharedScenario,
}) => {
  const endless = 'def lambda_handler(event, context):\n    while True:\n        pass\n';
  const scenario = pythonScenario(
    { 'lambda_function.py': endless },
    'lambda_function.lambda_handler',
  );
  await openLink(playground, sharedScenario.keep, scenario);
  await playground.settings.fill('Timeout (s)', '1');

  await invokeCold(playground);
  const [report] = (await playground.reports()).map(parseReport);
  expect(report!.status).toBe('timeout');
  expect(await playground.resultJson()).toEqual({
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${report!.requestId} Error: Task timed out after 1.00 seconds`,
  });
  // Python runs synchronously: the environment ends with its worker.
  await expect(playground.instances()).toHaveAttribute('data-state', 'timed-out');

  await playground.setCode("def lambda_handler(event, context):\n    return 'fixed'\n");
  await invokeCold(playground);
  await expect(playground.result()).toHaveText('"fixed"');
  await expect(playground.instancesIn('idle')).toHaveCount(1);
});
