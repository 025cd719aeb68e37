// /tmp belongs to one execution environment: kept across its warm invokes, empty in a new one;
// the package is readable at /var/task and read-only; fs, os and process agree on where they run.
import { describe, expect, it } from 'vitest';
import { cjsBundle, testConfig } from '../testing/bundles';
import { RuntimeHarness } from './testing/runtime-harness';

const APPENDER = `
const fs = require('fs');
exports.handler = async () => {
  fs.appendFileSync('/tmp/visits.txt', 'x');
  return fs.readFileSync('/tmp/visits.txt', 'utf8');
};`;

describe('/tmp per execution environment', () => {
  it('keeps /tmp across warm invokes of one environment, and a new one starts empty', async () => {
    const first = new RuntimeHarness();
    await first.start(APPENDER);
    expect(await first.invoke({}, 'r1')).toMatchObject({ kind: 'ok', payload: '"x"' });
    expect(await first.invoke({}, 'r2')).toMatchObject({ kind: 'ok', payload: '"xx"' });
    const second = new RuntimeHarness();
    await second.start(APPENDER);
    expect(await second.invoke({}, 'r3')).toMatchObject({ kind: 'ok', payload: '"x"' });
    expect(await first.invoke({}, 'r4')).toMatchObject({ kind: 'ok', payload: '"xxx"' });
  });

  it('fails a write to /var/task with EROFS, as the invoke error and its log line', async () => {
    const harness = new RuntimeHarness();
    await harness.start(`
      const fs = require('node:fs');
      exports.handler = async () => { fs.writeFileSync('/var/task/out.txt', 'x'); };`);
    const outcome = await harness.invoke({});
    expect(outcome.kind).toBe('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.error.errorType).toBe('Error');
    expect(outcome.error.errorMessage).toBe(
      "EROFS: read-only file system, open '/var/task/out.txt'",
    );
    expect(harness.lines.at(-1)).toContain('"code":"EROFS"');
  });

  it('serves the deployed entry file and package files at /var/task, the cwd', async () => {
    const harness = new RuntimeHarness();
    const code = `
      const fs = require('fs');
      const path = require('path');
      exports.handler = async () => ({
        cwd: process.cwd(),
        entry: fs.readFileSync(__filename, 'utf8').length > 0,
        config: JSON.parse(fs.readFileSync(path.join(process.env.LAMBDA_TASK_ROOT, 'config.json'), 'utf8')),
        listed: fs.readdirSync('.').sort(),
      });`;
    await harness.load(
      testConfig(),
      cjsBundle(code, { packageFiles: { 'config.json': '{"a":1}' } }),
    );
    const outcome = await harness.invoke({});
    expect(outcome.kind === 'ok' && JSON.parse(outcome.payload)).toEqual({
      cwd: '/var/task',
      entry: true,
      config: { a: 1 },
      listed: ['config.json', 'index.js'],
    });
  });

  it('sizes /tmp by the ephemeral storage setting and describes the machine in os', async () => {
    const harness = new RuntimeHarness();
    await harness.load(
      testConfig({ memoryMB: 4096, architecture: 'arm64', ephemeralStorageMB: 1024 }),
      cjsBundle(`
        const os = require('os');
        exports.handler = async () => ({
          platform: os.platform(), arch: os.arch(), processArch: process.arch,
          processPlatform: process.platform, cpus: os.cpus().length, totalmem: os.totalmem(),
          tmpdir: os.tmpdir(), type: os.type(),
        });`),
    );
    const outcome = await harness.invoke({});
    expect(outcome.kind === 'ok' && JSON.parse(outcome.payload)).toEqual({
      platform: 'linux',
      arch: 'arm64',
      processArch: 'arm64',
      processPlatform: 'linux',
      cpus: 3,
      totalmem: 4096 * 1024 * 1024,
      tmpdir: '/tmp',
      type: 'Linux',
    });
  });
});
