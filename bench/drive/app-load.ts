// throughput.invocationsPerSec and frames.p95Ms: app.html (the real app plus a handle on its
// store) under many chains of invokes, with the stage, logs and cost updating as they do for a
// learner, in rounds that alternate with raw.throughputPerSec on bench.html (plan.ts says why).
// The editor is given time to arrive first, so its loading is not counted as load. Then
// hostile.framesP95Ms: the same page while an endless loop and a log flood run beside it, then
// stage.framesP95Ms: the Load tab at its top rate, the animated stage drawing it. Last,
// sdk.callMs: a handler's warm S3 calls through the real SDK (page/app-sdk.ts).
import type { Browser, Page } from '@playwright/test';
import type { Collector } from '../collect';
import type { Plan } from '../plan';

const TYPESCRIPT_BOOT_MS = 6000;

/** Each window's rate, for the log: the rounds side by side show the machine's drift. */
const perSecond = (rates: number[]) =>
  `${rates.map((rate) => Math.round(rate).toLocaleString('en-US')).join(', ')} per s`;

export async function measureAppLoad(
  browser: Browser,
  appBenchUrl: string,
  benchPage: Page,
  plan: Plan,
  collect: Collector,
  log: (line: string) => void,
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(appBenchUrl);
    await page.waitForFunction(() => window.benchApp !== undefined);
    await page.locator('[data-testid="code-editor"] .monaco-editor').waitFor({ timeout: 30_000 });
    await page
      .getByRole('status')
      .filter({ hasText: 'Bundler ready' })
      .waitFor({ timeout: 60_000 });
    // Deployed before the wait: V8 tiers up esbuild's hot wasm functions on background threads
    // after a build, ≈ 1.5 s of CPU in a trace of a load that began with the edit. That belongs
    // to the rebuild (rebuildMs), not to the invokes.
    let deployed = false;
    await collect.attempt('app: deploy the trivial handler', async () => {
      await page.evaluate(() => window.benchApp.deployTrivial());
      deployed = true;
    });
    // Monaco's TypeScript worker starts once esbuild is ready and takes ~4 s of a core to boot
    // (bench trace); it is start-up, not load, so it gets its time before the windows.
    await page.waitForTimeout(TYPESCRIPT_BOOT_MS);
    const { rounds, windows, windowMs, inFlight } = plan.throughput;
    const measureRaw = (round: number) =>
      collect.attempt(`round ${round}: raw throughput`, async () => {
        const span = { windows, windowMs };
        const rates = await benchPage.evaluate((s) => window.bench.rawThroughput(s), span);
        log(`  round ${round}: raw ${perSecond(rates)}`);
        collect.add('raw.throughputPerSec', rates);
      });
    const measureApp = (round: number) =>
      collect.attempt(`round ${round}: app under load`, async () => {
        if (!deployed) throw new Error('the trivial handler was not deployed');
        const warmUpMs = round === 1 ? plan.throughput.firstWarmUpMs : plan.throughput.warmUpMs;
        const span = { windows, windowMs, inFlight, warmUpMs };
        const result = await page.evaluate((s) => window.benchApp.load(s), span);
        if (result.requestsSeen !== result.invocations) {
          log(
            `  note: the session counted ${result.requestsSeen} of ${result.invocations} invocations`,
          );
        }
        if (result.coldStarts > 0) {
          log(`  note: ${result.coldStarts} cold starts happened inside the measured windows`);
        }
        log(`  round ${round}: app ${perSecond(result.rates)}`);
        collect.add('throughput.invocationsPerSec', result.rates);
        collect.add('frames.p95Ms', result.frameP95s);
      });
    for (let round = 1; round <= rounds; round++) {
      if (round % 2 === 1) {
        await measureRaw(round);
        await measureApp(round);
      } else {
        await measureApp(round);
        await measureRaw(round);
      }
    }
    await collect.attempt('app beside hostile handlers', async () => {
      const span = plan.hostile;
      collect.add(
        'hostile.framesP95Ms',
        await page.evaluate((s) => window.benchApp.hostile(s), span),
      );
    });
    await collect.attempt(
      'app: the animated stage under the Load tab at its top rate',
      async () => {
        const frameP95s = await page.evaluate((s) => window.benchApp.stageLoad(s), plan.hostile);
        log(`  stage: p95 frame ${frameP95s.map((ms) => ms.toFixed(1)).join(', ')} ms`);
        collect.add('stage.framesP95Ms', frameP95s);
      },
    );
    // Last, on the same page: the SDK's chunk and its instance must not weigh on the load figures.
    await collect.attempt('app: warm S3 PutObject through the SDK', async () => {
      const { calls, transport } = await page.evaluate(
        (s) => window.benchApp.sdkCalls(s),
        plan.sdk,
      );
      collect.add('sdk.callMs', calls);
      collect.add('sdk.transportMs', transport);
    });
  } finally {
    await context.close();
  }
}
