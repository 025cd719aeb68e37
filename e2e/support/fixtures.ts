// The specs' `test`: Playwright's, with the app's page objects as fixtures. A test names the parts
// of the page it uses (`playground`, `loadTab`, `workspaces`…) and gets each on its own page.
import type { Page } from '@playwright/test';
import { expect, test as base } from '@playwright/test';
import { AsyncEvents } from './async-events';
import { grantClipboard } from './code-editor';
import { Cost } from './cost';
import { HttpTab } from './http-tab';
import { Lessons } from './lessons';
import { LoadTab } from './load';
import { Monitor } from './monitor';
import { Playground } from './playground';
import { PubSub } from './pubsub';
import { S3Tab } from './s3';
import { SharedScenario } from './shared-scenario';
import { Workspaces } from './workspaces';

/** Every page object, on one page. */
export interface PageObjects {
  playground: Playground;
  workspaces: Workspaces;
  sharedScenario: SharedScenario;
  lessons: Lessons;
  loadTab: LoadTab;
  pubsub: PubSub;
  s3: S3Tab;
  monitor: Monitor;
  cost: Cost;
  asyncEvents: AsyncEvents;
  httpTab: HttpTab;
}

/**
 * The page objects on a page other than the test's own: a second tab, or a friend's browser that
 * opens a share link. Its playground is not opened: the caller goes where that page goes.
 */
export function pageObjectsOn(page: Page): PageObjects {
  return {
    playground: new Playground(page),
    workspaces: new Workspaces(page),
    sharedScenario: new SharedScenario(page),
    lessons: new Lessons(page),
    loadTab: new LoadTab(page),
    pubsub: new PubSub(page),
    s3: new S3Tab(page),
    monitor: new Monitor(page),
    cost: new Cost(page),
    asyncEvents: new AsyncEvents(page),
    httpTab: new HttpTab(page),
  };
}

interface Options {
  /**
   * Whether `playground` opens the app at `/` before the test: a spec that must act before the
   * first load (route a request, listen to the console, open another host) turns it off.
   */
  opensApp: boolean;
}

/**
 * `playground` is the app already open (unless `opensApp` is off). Playwright gives each test a
 * fresh browser context, so every test starts with empty localStorage: the default workspace and a
 * platform at rest. The other page objects come with `playground`: asking for any of them opens the
 * app too.
 */
export const test = base.extend<PageObjects & Options>({
  opensApp: [true, { option: true }],
  playground: async ({ context, page, opensApp }, use) => {
    await grantClipboard(context);
    const playground = new Playground(page);
    if (opensApp) await playground.open();
    await use(playground);
  },
  workspaces: async ({ playground }, use) => use(new Workspaces(playground.page)),
  sharedScenario: async ({ playground }, use) => use(new SharedScenario(playground.page)),
  lessons: async ({ playground }, use) => use(new Lessons(playground.page)),
  loadTab: async ({ playground }, use) => use(new LoadTab(playground.page)),
  pubsub: async ({ playground }, use) => use(new PubSub(playground.page)),
  s3: async ({ playground }, use) => use(new S3Tab(playground.page)),
  monitor: async ({ playground }, use) => use(new Monitor(playground.page)),
  cost: async ({ playground }, use) => use(new Cost(playground.page)),
  asyncEvents: async ({ playground }, use) => use(new AsyncEvents(playground.page)),
  httpTab: async ({ playground }, use) => use(new HttpTab(playground.page)),
});

export { expect };
