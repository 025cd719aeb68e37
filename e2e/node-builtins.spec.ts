// Node's built-ins inside an instance, as handlers pasted from AWS samples use them: Buffer for an
// API Gateway base64 body, createHmac for a webhook signature, zlib for a CloudWatch Logs
// subscription payload, and streams sharing the handler's EventEmitter and Buffer.
import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

// Short enough for every line to be in the editor's view (the editor helper compares drawn lines).
const HANDLER = `import { createHmac, timingSafeEqual } from 'node:crypto'; import zlib from 'zlib';
import { promisify } from 'util'; import { Readable } from 'stream'; import EventEmitter from 'events';
export const handler = async (event) => {
  const body = Buffer.from(event.body, 'base64').toString('utf8');
  const sig = createHmac('sha256', 'key').update(body).digest('hex');
  const data = Buffer.from(event.awslogs.data, 'base64');
  const logs = JSON.parse(zlib.gunzipSync(data).toString('utf8'));
  const again = JSON.parse(String(await promisify(zlib.gunzip)(data)));
  const [chunk] = await Readable.from([Buffer.from('a')]).toArray();
  return { body: JSON.parse(body), sig, same: again.logGroup === logs.logGroup, messages: logs.logEvents.map((e) => e.message),
    valid: timingSafeEqual(Buffer.from(sig, 'hex'), Buffer.from(event.sig, 'hex')),
    emitter: Readable.from([]) instanceof EventEmitter, buffers: Buffer.isBuffer(chunk) };
};
`;

test('a handler decodes a base64 body, checks its HMAC and gunzips a CloudWatch Logs payload', async ({
  playground,
}) => {
  const body = JSON.stringify({ action: 'opened', number: 7 });
  const logs = {
    logGroup: '/aws/lambda/source',
    logEvents: [
      { id: '1', timestamp: 0, message: 'first line' },
      { id: '2', timestamp: 1, message: 'second ✓' },
    ],
  };
  const sig = createHmac('sha256', 'key').update(body).digest('hex');
  const event = {
    body: Buffer.from(body).toString('base64'),
    sig,
    awslogs: { data: gzipSync(JSON.stringify(logs)).toString('base64') },
  };

  await playground.setCode(HANDLER);
  await playground.setEvent(JSON.stringify(event));
  await playground.invokeAndWait();

  expect(await playground.resultJson()).toEqual({
    body: { action: 'opened', number: 7 },
    sig,
    same: true,
    valid: true,
    messages: ['first line', 'second ✓'],
    emitter: true,
    buffers: true,
  });
});
