// Drives bench.html: builds first (they load esbuild, which must not overlap a timed spawn), then
// rounds that alternate each raw figure with the playground's matching one. The page stays open
// for the raw throughput, which alternates with the app's (drive/app-load.ts).
import type { Browser, Page } from '@playwright/test';
import type { Collector } from '../collect';
import type { Plan } from '../plan';

export async function openBenchPage(browser: Browser, benchUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(benchUrl);
  await page.waitForFunction(() => window.bench !== undefined);
  if (!(await page.evaluate(() => crossOriginIsolated))) {
    throw new Error(
      'bench.html is not cross-origin isolated: its timer would tick in 0.1 ms steps',
    );
  }
  return page;
}

export async function measureBenchPage(page: Page, plan: Plan, collect: Collector): Promise<void> {
  await collect.attempt('builds (raw esbuild, edit → deploy)', async () => {
    const { raw, rebuild } = await page.evaluate((n) => window.bench.builds(n), plan.builds);
    collect.add('raw.esbuildBuildMs', raw);
    collect.add('rebuildMs', rebuild);
  });
  for (let round = 1; round <= plan.rounds; round++) {
    // Internet access off (the default) and on alternate which goes first, so drift weighs alike.
    const modes = round % 2 === 1 ? ([false, true] as const) : ([true, false] as const);
    await collect.attempt(`round ${round}: worker spawn`, async () => {
      const n = plan.spawnsPerRound;
      collect.add('raw.workerSpawnMs', await page.evaluate((k) => window.bench.workerSpawn(k), n));
    });
    for (const online of modes) {
      await collect.attempt(
        `round ${round}: instance worker ${online ? 'on' : 'off'}`,
        async () => {
          const args = { n: plan.spawnsPerRound, network: online ? 'online' : 'offline' } as const;
          const samples = await page.evaluate(
            (a) => window.bench.spawnToReady(a.n, a.network),
            args,
          );
          collect.add(online ? 'online.spawnToReadyMs' : 'spawnToReadyMs', samples);
          const first = await page.evaluate(
            (network) => window.bench.firstReady(network),
            args.network,
          );
          collect.add(online ? 'online.firstReadyMs' : 'firstReadyMs', [first]);
        },
      );
    }
    for (const online of modes) {
      await collect.attempt(`round ${round}: cold invoke ${online ? 'on' : 'off'}`, async () => {
        const args = { n: plan.coldPerRound, online };
        const samples = await page.evaluate((a) => window.bench.coldInvoke(a.n, a.online), args);
        collect.add(online ? 'online.coldInvokeMs' : 'coldInvokeMs', samples);
      });
    }
    await collect.attempt(`round ${round}: round trip`, async () => {
      const n = plan.roundTripsPerRound;
      collect.add('raw.rttMs', await page.evaluate((k) => window.bench.roundTrip(k), n));
    });
    for (const online of modes) {
      await collect.attempt(`round ${round}: warm invoke ${online ? 'on' : 'off'}`, async () => {
        const args = { n: plan.warmPerRound, online };
        const samples = await page.evaluate((a) => window.bench.warmInvoke(a.n, a.online), args);
        collect.add(online ? 'online.warmInvokeMs' : 'warmInvokeMs', samples);
      });
    }
    await measurePython(page, plan, round, collect);
  }
}

/**
 * Warm first: its cold start opens the Python spare pool the cold figure's samples take from. The
 * bare starts and the cold starts alternate which goes first, so drift weighs on both alike.
 */
async function measurePython(page: Page, plan: Plan, round: number, collect: Collector) {
  const { bootsPerRound, coldPerRound, warmPerRound } = plan.python;
  await collect.attempt(`round ${round}: Python warm invoke`, async () => {
    const samples = await page.evaluate((n) => window.bench.pythonWarmInvoke(n), warmPerRound);
    collect.add('python.warmInvokeMs', samples);
  });
  const boots = () =>
    collect.attempt(`round ${round}: bare Pyodide start`, async () => {
      const samples = await page.evaluate((n) => window.bench.pyodideBoot(n), bootsPerRound);
      collect.add('raw.pyodideBootMs', samples);
    });
  const colds = () =>
    collect.attempt(`round ${round}: Python cold invoke`, async () => {
      const samples = await page.evaluate((n) => window.bench.pythonColdInvoke(n), coldPerRound);
      collect.add('python.coldInvokeMs', samples);
    });
  if (round % 2 === 1) {
    await boots();
    await colds();
  } else {
    await colds();
    await boots();
  }
}
