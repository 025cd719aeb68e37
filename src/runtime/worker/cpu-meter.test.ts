// The CPU meter sums the slices the function's code ran and leaves out the waits between them.
import { describe, expect, it } from 'vitest';
import { createCpuMeter } from './cpu-meter';
import { RuntimeHarness } from './testing/runtime-harness';

/** A meter on a hand-moved clock whose queued tasks run when the test says. */
function manualMeter() {
  let now = 0;
  const tasks: Array<() => void> = [];
  const meter = createCpuMeter({ now: () => now, macrotask: (task) => tasks.push(task) });
  return {
    meter,
    advance: (ms: number) => (now += ms),
    runTasks: () => tasks.splice(0).forEach((task) => task()),
  };
}

describe(createCpuMeter, () => {
  it('counts a slice up to the task that follows it, and not the wait after it', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    advance(30); // the handler computes
    runTasks(); // its slice is over: the worker runs the close
    advance(100); // waiting on a timer
    expect(meter.total()).toBe(30);
  });

  it('adds every slice after a wait, and counts the open one up to now', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    advance(5);
    runTasks();
    advance(200);
    meter.resumed(); // the timer fires
    advance(20);
    runTasks();
    advance(50);
    meter.resumed(); // a fetch settles
    advance(7);
    expect(meter.total()).toBe(32);
  });

  it('merges a resume inside an open slice into it', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    advance(10);
    meter.resumed();
    advance(10);
    runTasks();
    expect(meter.total()).toBe(20);
  });

  it('starts again from zero for the next request', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    advance(40);
    runTasks();
    meter.begin();
    advance(3);
    runTasks();
    expect(meter.total()).toBe(3);
  });
});

describe('the host lag a request waited through', () => {
  it('is how late a timer fired after the code went idle', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    advance(2);
    runTasks(); // the handler awaits a 300 ms timer
    advance(340);
    meter.resumed(302); // due at 302, fired at 342: the thread got no CPU for 40 ms
    expect(meter.hostLag()).toBe(40);
  });

  it('counts none for a timer on time, or one due while the code still ran', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    advance(50);
    meter.resumed(10); // due at 10 while the slice begun at 0 was still open: the code's delay
    runTasks();
    advance(100);
    meter.resumed(150); // on time
    expect(meter.hostLag()).toBe(0);
  });

  it('counts from the end of the code’s work when a timer fell due during it', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    advance(30);
    runTasks(); // idle from 30
    advance(20);
    meter.resumed(10); // due at 10, fired at 50: only the 20 ms after the code went idle are lag
    expect(meter.hostLag()).toBe(20);
  });

  it('counts a stretch once when several timers were late through it', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    runTasks();
    advance(100);
    meter.resumed(60); // 40 late
    runTasks();
    meter.resumed(70); // the same stall made it late: nothing more
    expect(meter.hostLag()).toBe(40);
  });

  it('counts a timer overdue and not yet fired as far as it is late so far', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    runTasks();
    advance(150);
    expect(meter.hostLag(100)).toBe(50);
    expect(meter.hostLag(200)).toBe(0); // not due yet
    expect(meter.hostLag(null)).toBe(0);
  });

  it('starts from zero with each request', () => {
    const { meter, advance, runTasks } = manualMeter();
    meter.begin();
    runTasks();
    advance(100);
    meter.resumed(50);
    meter.begin(); // the next request: a timer the freeze held fires at the thaw
    runTasks();
    meter.resumed(20);
    expect(meter.hostLag()).toBe(0);
  });
});

describe('Duration on a computer that runs timers late', () => {
  it('leaves out how late the awaited timer fired, and keeps the code’s own time', async () => {
    const harness = new RuntimeHarness({ timerLagMs: 80 });
    await harness.start(
      `const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
       exports.handler = async () => { busy(20); await new Promise((r) => setTimeout(r, 100)); return 1; };`,
    );
    const outcome = await harness.invoke({});
    // Wall time is at least 20 + 100 + 80; Duration is the code's 120 (and this test's own jitter).
    expect(outcome.durationMs).toBeGreaterThanOrEqual(119);
    expect(outcome.durationMs).toBeLessThan(180);
  });
});

describe('CPU time of a real handler', () => {
  // A busy loop is wall time too, so these hold on a loaded machine; the bounds leave room for a
  // late task, never for counting the timer's wait.
  const BUSY = `const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };`;

  it('counts the loop and leaves out the timer it awaits', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      `${BUSY} exports.handler = async () => { busy(40); await new Promise((r) => setTimeout(r, 150)); return 1; };`,
    );
    const outcome = await harness.invoke({});
    // 40 + 150, less a ms for busy()'s whole-ms reads: the timer's own lateness is not counted.
    expect(outcome.durationMs).toBeGreaterThanOrEqual(189);
    expect(outcome.cpuMs).toBeGreaterThanOrEqual(39); // busy() reads Date.now, whose whole ms the meter may straddle
    expect(outcome.cpuMs).toBeLessThan(outcome.durationMs - 100);
  });

  it('counts code that runs after the wait, in the timer’s continuation', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      `${BUSY} exports.handler = async () => { await new Promise((r) => setTimeout(r, 150)); busy(40); return 1; };`,
    );
    const outcome = await harness.invoke({});
    expect(outcome.cpuMs).toBeGreaterThanOrEqual(39); // busy() reads Date.now, whose whole ms the meter may straddle
    expect(outcome.cpuMs).toBeLessThan(outcome.durationMs - 100);
  });

  it('reports next to nothing for a handler that only waits', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      `exports.handler = async () => { await new Promise((r) => setTimeout(r, 150)); return 1; };`,
    );
    const outcome = await harness.invoke({});
    expect(outcome.durationMs).toBeGreaterThanOrEqual(149); // Node may fire a timer a fraction of a ms early by performance.now
    expect(outcome.cpuMs).toBeLessThan(50);
  });
});
