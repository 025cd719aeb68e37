// The editor's Python check: one worker, requests matched to answers, a dead worker replaced.
import { describe, expect, it } from 'vitest';
import { FakeWorker } from './testing/fake-worker';
import { createPythonSyntaxCheck } from './python-syntax-check';

const ERROR = { file: 'a.py', line: 1, column: 5, message: 'SyntaxError: invalid syntax' };

/** A check whose workers are scripted fakes, listed as it starts them. */
function checkOnFakeWorkers() {
  const workers: FakeWorker[] = [];
  const check = createPythonSyntaxCheck(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { check, workers };
}

describe(createPythonSyntaxCheck, () => {
  it('asks one worker, and answers each check with its own errors', async () => {
    const { check, workers } = checkOnFakeWorkers();
    const first = check({ 'a.py': 'x = (' });
    const second = check({ 'a.py': 'x = 1' });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toEqual([
      { type: 'check-syntax', id: 1, files: { 'a.py': 'x = (' } },
      { type: 'check-syntax', id: 2, files: { 'a.py': 'x = 1' } },
    ]);
    workers[0]?.send({ type: 'syntax', id: 2, errors: [] });
    workers[0]?.send({ type: 'syntax', id: 1, errors: [ERROR] });
    expect(await first).toEqual([ERROR]);
    expect(await second).toEqual([]);
  });

  it('fails the checks in flight when its worker dies, and starts a new one for the next', async () => {
    const { check, workers } = checkOnFakeWorkers();
    const lost = check({ 'a.py': '' });
    workers[0]?.fail();
    await expect(lost).rejects.toThrow('worker died');
    const next = check({ 'a.py': '' });
    expect(workers).toHaveLength(2);
    workers[1]?.send({ type: 'syntax', id: 2, errors: [] });
    expect(await next).toEqual([]);
  });
});
