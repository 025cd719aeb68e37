// Node's built-ins inside an instance, as handlers pasted from AWS samples use them: Buffer for an
// API Gateway base64 body, createHmac for a webhook signature, zlib for a CloudWatch Logs
// subscription payload, and streams sharing the handler's EventEmitter and Buffer.
import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

const HANDLER = `import { createHmac, timingSafeEqual } from 'node:crypto';
import zlib from 'zlib';
import { promisify } from 'util';
import { Readable } from 'stream';
import EventEmitter from 'events';

const gunzip = promisify(zlib.gunzip);

export const handler = async (event) => {
  const body = Buffer.from(event.body, 'base64').toString('utf8');
  const signature = createHmac('sha256', 'webhook-secret').update(body).digest('hex');
  const expected = Buffer.from(event.signature, 'hex');
  const logs = JSON.parse(zlib.gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8'));
  const again = JSON.parse((await gunzip(Buffer.from(event.awslogs.data, 'base64'))).toString());
  const chunks = [];
  for await (const chunk of Readable.from([Buffer.from('a'), Buffer.from('b')])) chunks.push(chunk);
  return {
    body: JSON.parse(body),
    signature,
    valid: timingSafeEqual(Buffer.from(signature, 'hex'), expected),
    messages: logs.logEvents.map((e) => e.message),
    same: again.logGroup === logs.logGroup,
    streamIsEmitter: Readable.from([]) instanceof EventEmitter,
    chunksAreBuffers: chunks.every((chunk) => Buffer.isBuffer(chunk)),
  };
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
  const signature = createHmac('sha256', 'webhook-secret').update(body).digest('hex');
  const event = {
    body: Buffer.from(body).toString('base64'),
    signature,
    awslogs: { data: gzipSync(JSON.stringify(logs)).toString('base64') },
  };

  await playground.setCode(HANDLER);
  await playground.setEvent(JSON.stringify(event));
  await playground.invokeAndWait();

  expect(await playground.resultJson()).toEqual({
    body: { action: 'opened', number: 7 },
    signature,
    valid: true,
    messages: ['first line', 'second ✓'],
    same: true,
    streamIsEmitter: true,
    chunksAreBuffers: true,
  });
});
