// A scenario with every kind of thing a link carries, frozen as version 1 wrote it: later versions
// of the codec must still open FIXTURE_V1_LINK as exactly FIXTURE_SCENARIO.
import type { LinkScenario } from '../link-scenario';

export const FIXTURE_SCENARIO: LinkScenario = {
  functions: [
    {
      id: 'fn-1',
      config: {
        name: 'orders-api',
        runtime: 'nodejs24.x',
        memoryMB: 512,
        architecture: 'arm64',
        timeoutSec: 10,
        environment: { TABLE: 'orders' },
        reservedConcurrency: 5,
        maximumRetryAttempts: 1,
      },
      files: {
        'index.ts':
          "import { total } from './lib/total';\nexport const handler = async (event: { items: number[] }) => total(event.items);\n",
        'lib/total.ts':
          'export const total = (items: number[]) => items.reduce((a, b) => a + b, 0);\n',
      },
      testEvent: '{"items": [1, 2, 3]}',
      savedEvents: { empty: '{"items": []}' },
    },
    { id: 'fn-2', config: { name: 'worker', handler: 'index.run' }, activeFile: 'index.ts' },
  ],
  selectedId: 'fn-2',
  http: { front: 'rest-api', routes: [{ routeKey: 'GET /orders/{id}', functionId: 'fn-1' }] },
  schedules: [
    {
      id: 'rule-1',
      name: 'nightly',
      expression: 'cron(0 3 * * ? *)',
      functionId: 'fn-2',
      enabled: true,
    },
  ],
  buckets: [
    {
      id: 'bucket-1',
      name: 'uploads',
      notifications: [
        {
          id: 'n-1',
          events: ['s3:ObjectCreated:*'],
          prefix: 'in/',
          suffix: '.csv',
          functionId: 'fn-2',
        },
      ],
    },
  ],
  topics: [{ id: 'topic-1', name: 'order-events', subscriberIds: ['fn-1', 'fn-2'] }],
  queues: [
    {
      id: 'queue-1',
      name: 'jobs',
      fifo: false,
      visibilityTimeoutSec: 60,
      redrive: { deadLetterQueueId: 'queue-2', maxReceiveCount: 3 },
      mapping: {
        functionId: 'fn-2',
        batchSize: 5,
        maximumBatchingWindowSec: 2,
        reportBatchItemFailures: true,
        maximumConcurrency: 4,
        enabled: true,
      },
    },
    {
      id: 'queue-2',
      name: 'jobs-dlq',
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: null,
      mapping: null,
    },
  ],
  load: { pattern: { shape: 'spiky', ratePerSec: 50, seed: 42 }, functionId: 'fn-1' },
  speed: 10,
};

/** FIXTURE_SCENARIO as version 1 encoded it. Never regenerate: that is what this test guards. */
export const FIXTURE_V1_LINK =
  '1.eNqNVE1v2zgQ_SsEL3Wyih3baQ9aZBdNkC6C7WL7EaCHJAeKGtVMJFIlKdeu4f_eN1TsKGkOhS_WcPjmzZvH2ciqszoaZ4PMrzfSlDKXlT2aykxqZyvzVeYbaVVDiDtfkg9HqjU49Z2NJoWtK-kuzE7GK4Qbapxf_3cm89fTWSaV1wsTScfOc6ryzZsTZPFN18XPpGU-Pc4k2aXxzjZkI9e7env2_mJfUG5RjQL5JZXnzurOe7J6jQoop1am6ZpPFP36bYzUtBGNTHGjMjXhL1qyJa3GHJamaZ2PYiOii6oWW1F514hX40ltikmKvfrzxtIqZaH9EMVC2bImL06FCmurxYiWIJkDA201IRe2awry17dieyBO_-qR-6RxyjgAIjreV-iZPKnRszkVo2eQCTDFxp7KTtNopDJRpLASf4giE8cJHu1GCvGCqwJ8cyPTrRuZi-tpJmaZmN9uQSIoSJiykjKsFmR8mo_E7TZ7dMLsJSd8d_6ePE4e5GFtk8xwBbNRsNSS3mEE-xOU3N6CAtVwA5WXA_hFjC2DYxqJP4Yddy6DS3iMsGb6-y8x4X8ursSkN8dkY0pubWfjHe4U1UAk6AWUS07YudvjM_n7oRdrvi5ivUYAQ0HpABSENciMjsVcHOL3tzg8eKEIkyeripoQiL4j7rDo9D2xwLuCfWBYsmtrp8rAARdNZbR69gL7B5hcxFEZ5vn_xR2EO_ekoF5-KFEJbCuzSgpPeLpd1X-OdVi-yBaS4Fp0rdGDYul7SC8pe_RQnXGLoL2BJS_BGWwe9kOCTIjfOuqGEqfvIeKdKxipMpWTeaXqQJlcmmAKU5u4vhpsgzfYBjC7h33YEiWp8j3hYfuPjJla6dFZe7z-T6QJuecO60jmc4y8UW1rbHLrS_MqVNSLz-YH4B_3xxkHcekLvOq-JyJYXp74kaazS7yPd8rUWGPok0e9v_tkJZ08N8T-KT2yHmhyVNbffk-X-VAX29X1oFH-5DGwqbjtVrFgMPFGhoVquVhozT1b3MM9H8gnyNeADMRMT2a8MH99QThvU8L0ePsT60IKGw';

/** A lesson's state as format 2, the first to carry `lesson`, wrote it. */
export const FIXTURE_LESSON_SCENARIO: LinkScenario = {
  functions: [
    {
      id: 'fn-1',
      config: { name: 'greeter' },
      files: {
        'index.ts': 'let calls = 0;\nexport const handler = async () => `call ${++calls}`;\n',
      },
    },
  ],
  lesson: 2,
};

/** FIXTURE_LESSON_SCENARIO as version 2 encoded it. Never regenerate: that is what this test guards. */
export const FIXTURE_V2_LINK =
  '2.eNodjFEKwjAQRK-yDH4oVlE_K_UiKjSkmxqIG0kiVELu7urfMDPvVbi32OKjZPTXCj-hh5PdER1sFOdn9BVinqz9nJgLJ7QOzgdWQgGZeNkXzQhcyJoQMg10ON-El1dMWqm70MPIFDjpZPJHLK03NFxo_P1pVbfbP9hGxdDavVNZzlHQn9oXSZE2FA';
