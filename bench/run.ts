// `npm run bench`: measures the browser's own costs and the playground's, side by side in one run,
// and prints them against the playground's targets (a table, and JSON with --json PATH). Missing a
// target never fails; only a measurement that could not run makes the exit code 1.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { parseArgs, USAGE, type BenchPart } from './args';
import { createCollector } from './collect';
import { measureAppLoad } from './drive/app-load';
import { measureBenchPage, openBenchPage } from './drive/bench-page';
import { measureFirstLoad } from './drive/first-load';
import { measureMemory } from './drive/memory';
import { measureScale } from './drive/scale';
import { describeMachine } from './machine';
import { engineThroughput } from './node/engine';
import { FULL, QUICK } from './plan';
import { buildReport, formatTable } from './report';
import { buildSites, ISOLATED, serve } from './site';

const log = (line: string) => console.error(line);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const plan = args.quick ? QUICK : FULL;
  const measures = (part: BenchPart) => args.only === null || args.only.has(part);
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const collect = createCollector(log);
  if (measures('engine')) {
    log(`Benchmark (${plan.mode}): Node engine…`);
    await collect.attempt('engine', async () => {
      collect.add('engine.invocationsPerSec', await engineThroughput(plan.engine));
    });
  }
  log(
    args.prebuilt
      ? 'Building the bench pages (the app: dist/ as it is)…'
      : 'Building the app and the bench pages…',
  );
  await buildSites(args.prebuilt);
  const app = await serve('dist');
  const site = await serve('bench-results/site', ISOLATED);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    log('Measuring in headless Chromium…');
    const benchUrl = `${site.url}/bench/page/bench.html`;
    const appUrl = `${site.url}/bench/page/app.html`;
    if (measures('page')) {
      const benchPage = await openBenchPage(browser, benchUrl);
      await measureBenchPage(benchPage, plan, collect);
      await measureAppLoad(browser, appUrl, benchPage, plan, collect, log);
      // Its instances and workers must not idle beside the memory figure's fresh pages.
      await benchPage.context().close();
    }
    if (measures('first-load')) await measureFirstLoad(browser, `${app.url}/`, plan, collect);
    if (measures('memory')) await measureMemory(browser, benchUrl, plan, collect);
    if (measures('scale')) await measureScale(browser, appUrl, plan, collect, log);
    const report = buildReport({
      mode: plan.mode,
      date: new Date(),
      machine: describeMachine(browser.version(), loadAtStart),
      figures: collect.figures,
      errors: collect.errors,
    });
    console.log(`\n${formatTable(report)}`);
    if (args.json) {
      await writeFile(args.json, `${JSON.stringify(report, null, 2)}\n`);
      log(`Wrote ${args.json}`);
    }
    log(`Benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    return collect.errors.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await Promise.all([app.close(), site.close()]);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
