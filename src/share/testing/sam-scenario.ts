// A scenario that uses every kind of resource and event a SAM export writes, for the tests.
import { samDefaultSettings } from '../sam-defaults';
import type { SamScenario } from '../sam-types';

export const ADD_SOURCE = `export const handler = async (event: { left: number; right: number }) =>
  event.left + event.right;
`;

export const WORKER_SOURCE = `const { double } = require('./lib/math');
exports.handler = async (event) => ({ batchItemFailures: [], n: double(1) });
`;

export function richScenario(): SamScenario {
  return {
    functions: [
      {
        name: 'add-numbers',
        ...samDefaultSettings(),
        files: { 'index.ts': ADD_SOURCE },
        testEvent: '{"left": 1, "right": 2}',
      },
      {
        name: 'worker',
        runtime: 'nodejs24.x',
        handler: 'app.handler',
        memoryMB: 512,
        architecture: 'arm64',
        timeoutSec: 10,
        environment: { STAGE: 'dev', PORT: '80' },
        reservedConcurrency: 5,
        maximumRetryAttempts: 1,
        maximumEventAgeSec: 600,
        deadLetterQueue: 'jobs-dlq',
        onFailureDestination: 'failed-events',
        files: { 'app.js': WORKER_SOURCE, 'lib/math.js': 'exports.double = (n) => n * 2;\n' },
        testEvent: '{}',
      },
    ],
    http: {
      front: 'http-api',
      routes: [
        { routeKey: '$default', functionName: 'add-numbers' },
        { routeKey: 'GET /items/{id}', functionName: 'worker' },
      ],
      urlFunctionName: 'add-numbers',
    },
    schedules: [
      { name: 'nightly', expression: 'cron(0 3 * * ? *)', functionName: 'worker', enabled: false },
    ],
    buckets: [
      {
        name: 'photo-uploads',
        notifications: [
          {
            events: ['s3:ObjectCreated:*'],
            prefix: 'photos/',
            suffix: '.jpg',
            functionName: 'worker',
          },
        ],
      },
      { name: 'archive', notifications: [] },
    ],
    topics: [{ name: 'orders', subscriberNames: ['add-numbers', 'worker'] }],
    queues: [
      {
        name: 'orders.fifo',
        fifo: true,
        visibilityTimeoutSec: 60,
        redrive: null,
        mapping: {
          functionName: 'worker',
          batchSize: 5,
          maximumBatchingWindowSec: 0,
          reportBatchItemFailures: true,
          maximumConcurrency: 3,
          enabled: true,
        },
      },
      {
        name: 'jobs',
        fifo: false,
        visibilityTimeoutSec: 90,
        redrive: { deadLetterQueueName: 'jobs-dlq', maxReceiveCount: 3 },
        mapping: {
          functionName: 'add-numbers',
          batchSize: 20,
          maximumBatchingWindowSec: 2,
          reportBatchItemFailures: false,
          enabled: false,
        },
      },
      { name: 'jobs-dlq', fifo: false, visibilityTimeoutSec: 30, redrive: null, mapping: null },
      {
        name: 'failed-events',
        fifo: false,
        visibilityTimeoutSec: 30,
        redrive: null,
        mapping: null,
      },
    ],
  };
}
