// scale.*: how many execution environments the Load tab's default run needs in the app
// (page/app-scale.ts), against the engine's own count for the same seeded load on a computer
// whose workers start at once (scale.expectedPeak). Measured on the machine as it is, then with two
// CPU-bound processes the bench starts beside the browser and stops after: the count must stay
// Lambda's however busy the computer (docs/aws-lambda.md#platform-time).
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { DEFAULT_LOAD_PATTERN, loadArrivals } from '../../src/engine';
import { runLoadScenario } from '../../src/engine/testing/load-scenario';
import type { Collector } from '../collect';
import { SCALE_PEAK_RATIO } from '../figures';
import type { Plan } from '../plan';
import type { ScaleRun } from '../page/api';
import { summarize } from '../stats';
import { SCALE_HANDLER_MS } from '../scale-scenario';

/** What a handler awaiting 300 ms measures beyond it in a worker, and its tiny INIT. */
const WORKER_EXTRA_MS = 2;
const INIT_MS = 3;

const HOGS = 2;

function startHogs(): ChildProcess[] {
  return Array.from({ length: HOGS }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

async function peakInApp(browser: Browser, appBenchUrl: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(appBenchUrl);
    await page.waitForFunction(() => window.benchApp !== undefined);
    await page
      .getByRole('status')
      .filter({ hasText: 'Bundler ready' })
      .waitFor({ timeout: 60_000 });
    return await page.evaluate(() => window.benchApp.scaleOut());
  } finally {
    await context.close();
  }
}

export async function measureScale(
  browser: Browser,
  appBenchUrl: string,
  plan: Plan,
  collect: Collector,
  log: (line: string) => void,
): Promise<void> {
  let expectedPeak = Infinity;
  await collect.attempt('engine: the default load’s environments', async () => {
    const expected = await runLoadScenario(loadArrivals(DEFAULT_LOAD_PATTERN), {
      durationMs: SCALE_HANDLER_MS + WORKER_EXTRA_MS,
      workerStartMs: 0,
      initMs: INIT_MS,
    });
    log(`  engine: ${expected.environments} environments`);
    expectedPeak = expected.environments;
    collect.add('scale.expectedPeak', [expected.environments]);
  });
  for (let repeat = 1; repeat <= plan.scale.repeats; repeat++) {
    await collect.attempt(`scale ${repeat}: the default load in the app`, async () => {
      const run = await peakInApp(browser, appBenchUrl);
      log(`  scale ${repeat}: ${describe(run)}`);
      traceOvershoot(run, expectedPeak, log);
      collect.add('scale.peakInstances', [run.peakInstances]);
      collect.add('scale.longestFrameMs', [run.longestFrameMs]);
    });
    await collect.attempt(`scale ${repeat}: the same beside ${HOGS} CPU hogs`, async () => {
      const hogs = startHogs();
      try {
        const run = await peakInApp(browser, appBenchUrl);
        log(`  scale ${repeat} with hogs: ${describe(run)}`);
        traceOvershoot(run, expectedPeak, log);
        collect.add('scale.hogged.peakInstances', [run.peakInstances]);
      } finally {
        for (const hog of hogs) hog.kill();
      }
    });
  }
}

/** Where the count went past the target, every environment's start, to tell why. */
function traceOvershoot(run: ScaleRun, expected: number, log: (line: string) => void): void {
  if (run.peakInstances <= expected * SCALE_PEAK_RATIO) return;
  for (const line of run.startTrace) log(`    ${line}`);
}

function describe(run: ScaleRun): string {
  const waited = `the clock waited ${run.hostWaits}× for the computer, up to ${Math.round(run.longestWaitMs)} ms`;
  const spread = (values: number[]) => {
    if (values.length === 0) return 'none';
    const { p50 } = summarize(values);
    return `p50 ${p50.toFixed(0)}, max ${Math.max(...values).toFixed(0)} ms`;
  };
  const measured = `INIT ${spread(run.inits)}; Duration ${spread(run.durations)}; page lag per request ${spread(run.lags)}`;
  const frames = `longest frame ${Math.round(run.longestFrameMs)} ms`;
  const overdue = `${run.startedBesideOverdue} started beside an overdue run`;
  return `${run.peakInstances} environments at most (${overdue}); ${waited}; ${measured}; ${frames}`;
}
