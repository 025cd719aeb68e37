// raw.workerMB and memory.perInstanceMB by one method: the renderer process's proportional set
// size (PSS, from Linux's /proc/PID/smaps_rollup) before and after starting N idle workers or
// instances in a fresh page, divided by N. Dedicated workers are threads of their page's renderer
// process, so its PSS holds their heaps and stacks too; the browser names its processes through
// the DevTools protocol (SystemInfo.getProcessInfo: type and id of each). Every renderer is
// summed, so it does not matter which one hosts the page.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import type { Collector } from '../collect';
import type { Plan } from '../plan';

async function pssMB(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kB = /^Pss:\s+(\d+) kB$/m.exec(rollup)?.[1];
  if (kB === undefined) throw new Error(`no Pss line for process ${pid}`);
  return Number(kB) / 1024;
}

async function rendererMB(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    const renderers = processInfo.filter((process) => process.type === 'renderer');
    if (renderers.length === 0) throw new Error('the browser reported no renderer process');
    const sizes = await Promise.all(renderers.map((process) => pssMB(process.id)));
    return sizes.reduce((sum, size) => sum + size, 0);
  } finally {
    await session.detach();
  }
}

/** Lets new threads finish booting and the page's garbage be collected before a reading. */
async function settledReading(browser: Browser, page: Page): Promise<number> {
  await page.waitForTimeout(1500);
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
  await page.waitForTimeout(500);
  return rendererMB(browser);
}

type Start = (page: Page, count: number) => Promise<void>;

async function perUnitMB(browser: Browser, url: string, count: number, start: Start) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.bench !== undefined);
    await start(page, 0);
    const before = await settledReading(browser, page);
    await start(page, count);
    const after = await settledReading(browser, page);
    return (after - before) / count;
  } finally {
    await context.close();
  }
}

const bareWorkers: Start = async (page, count) => {
  if (count > 0) await page.evaluate((n) => window.bench.spawnBareWorkers(n), count);
};

/** count 0 builds and deploys (esbuild is loaded before the baseline); then starts `count`. */
const idleInstances: Start = async (page, count) => {
  if (count === 0) return page.evaluate(() => window.bench.prepareIdleInstances());
  const idle = await page.evaluate((n) => window.bench.startIdleInstances(n), count);
  if (idle !== count) throw new Error(`${idle} of ${count} instances are idle`);
};

export async function measureMemory(
  browser: Browser,
  benchUrl: string,
  plan: Plan,
  collect: Collector,
): Promise<void> {
  const count = plan.memoryInstances;
  for (let i = 1; i <= plan.memoryRepeats; i++) {
    await collect.attempt(`memory ${i}: ${count} bare workers`, async () => {
      collect.add('raw.workerMB', [await perUnitMB(browser, benchUrl, count, bareWorkers)]);
    });
    await collect.attempt(`memory ${i}: ${count} idle instances`, async () => {
      const perInstance = await perUnitMB(browser, benchUrl, count, idleInstances);
      collect.add('memory.perInstanceMB', [perInstance]);
    });
  }
}
