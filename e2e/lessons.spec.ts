// The Lessons course: a learner completes lesson 1 by writing code and invoking it, progress
// survives a reload, links open a lesson, and lessons' solutions pass their checks when run.
import type { Page } from '@playwright/test';
import type { PageObjects } from './support/fixtures';
import { expect, test } from './support/fixtures';
import type { LoadTab } from './support/load';
import type { Playground } from './support/playground';

// Builds, workspace switches and reloads on a shared two-core machine.
test.slow();

const LESSON_1_ANSWER = `export const handler = async (event: { left: number; right: number }) => {
  console.log(event);
  return event.left + event.right;
};
`;

test('a learner completes lesson 1 by writing the handler and invoking it', async ({
  playground,
  lessons,
  page,
}) => {
  await lessons.open();
  await expect(lessons.status(1)).toHaveText('not-started');

  await lessons.start(1);
  await expect(lessons.status(1)).toHaveText('in-progress');
  await expect.poll(() => playground.editor.shownText()).toContain('TODO: return the sum');
  await expect(page).toHaveURL(/#lesson\/1$/);

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('0');
  await expect(lessons.status(1)).toHaveText('in-progress');

  await playground.setCode(LESSON_1_ANSWER);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('42');
  await expect(lessons.status(1)).toHaveText('done');
  await expect(lessons.taskMarks().getByLabel('Done')).toHaveCount(2);

  await page.reload();
  await playground.editor.ready();
  await lessons.open();
  await expect(lessons.status(1)).toHaveText('done');
  await expect(lessons.status(2)).toHaveText('not-started');
});

test('a link to a lesson opens it in its own workspace; reset brings its starter back', async ({
  playground,
  lessons,
  page,
}) => {
  await playground.setCode('export const handler = async () => "my own work";\n');
  await page.goto('/#lesson/2');
  await playground.editor.ready();
  await expect(lessons.region.getByRole('heading', { level: 3 })).toHaveText(
    'Lesson 2: Serverless means no server to manage — not no server',
  );
  await expect(lessons.status(2)).toHaveText('in-progress');
  await expect.poll(() => playground.editor.shownText()).toContain('a new connection for every');

  await playground.setCode('export const handler = async () => 1;\n');
  await lessons.reset();
  await expect.poll(() => playground.editor.shownText()).toContain('a new connection for every');
});

async function invokeTimes(playground: Playground, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await playground.invokeAndWait();
}

/** Sends a request from the HTTP tab and waits for the status the solution answers with. */
async function sendHttp(page: Page, request: string, status: string, body = ''): Promise<void> {
  const [method = '', path = ''] = request.split(' ');
  await page.getByRole('tab', { name: 'HTTP' }).click();
  await page.getByLabel('Method').selectOption(method);
  await page.getByLabel('Path').fill(path);
  if (body) {
    await page.getByRole('combobox', { name: /^Body/ }).selectOption('Text');
    await page.getByLabel('Request body').fill(body);
  }
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('http-status')).toContainText(status);
}

async function runLoad(loadTab: LoadTab, rate: number, durationSec: number): Promise<void> {
  await loadTab.open();
  await loadTab.start(rate, durationSec);
  await expect(loadTab.status).toHaveText(/^Finished: /, { timeout: 90_000 });
}

/** The parts of the page the drills use. */
type DrillPage = Pick<PageObjects, 'playground' | 's3' | 'pubsub' | 'loadTab'>;

/** What each lesson's text asks the learner to do, through the page (the lessons' `drill`). */
const DRILLS: Record<number, (app: DrillPage) => Promise<void>> = {
  1: ({ playground }) => invokeTimes(playground, 1),
  2: ({ playground }) => invokeTimes(playground, 2),
  3: ({ playground }) => invokeTimes(playground, 2),
  4: async ({ playground }) => {
    await sendHttp(playground.page, 'GET /items/42', '200');
    await sendHttp(playground.page, 'POST /items', '400', 'oops');
  },
  5: async ({ s3 }) => {
    await s3.open();
    const bucket = s3.bucket('lesson5-photos');
    await s3.putText(bucket, 'uploads/red flower.jpg', 'a photo');
    await s3.putText(bucket, 'uploads/notes.txt', 'a note');
  },
  6: async ({ playground, pubsub }) => {
    // lesson6-checkout, open first, publishes its test event's order with PublishCommand.
    await playground.invokeAndWait();
    await playground.invokeAndWait();
    await pubsub.open();
    await pubsub.send(1, 'order-1');
    await pubsub.send(1, 'poison');
    // Two visibility timeouts of 5 s pass before the poison message moves.
    await playground.controls.setSpeed(10);
  },
  7: async ({ playground }) => {
    // lesson7-api, open first, invokes lesson7-report with InvokeCommand.
    await playground.invokeAndWait();
    await playground.setEvent('{"reportId": "r-2", "fail": true, "async": true}');
    await playground.invokeAndWait();
    // The retry comes a simulated minute later.
    await playground.controls.setSpeed(100);
  },
  8: async ({ playground, loadTab }) => {
    await runLoad(loadTab, 20, 1);
    await playground.page.getByRole('tab', { name: 'Test' }).click();
    await playground.setEvent('{"ms": 2000}');
    await playground.invokeAndWait();
  },
  9: ({ loadTab }) => runLoad(loadTab, 2, 10),
  10: async ({ s3 }) => {
    await s3.open();
    await s3.putText(s3.bucket('lesson10-uploads'), 'photos/cat.jpg', 'a photo');
  },
  11: async ({ playground }) => {
    // A Python function's first invoke waits for Python to start: seconds on a busy machine.
    await playground.invoke();
    await expect
      .poll(async () => (await playground.reports()).length, { timeout: 120_000 })
      .toBe(1);
  },
};

for (const [id, drill] of Object.entries(DRILLS)) {
  test(`lesson ${id}'s solution passes its checks when run through the page`, async ({
    playground,
    lessons,
    s3,
    pubsub,
    loadTab,
  }) => {
    await lessons.start(Number(id));
    await lessons.showSolution();
    await drill({ playground, s3, pubsub, loadTab });
    await expect(lessons.status(Number(id))).toHaveText('done', { timeout: 60_000 });
  });
}
