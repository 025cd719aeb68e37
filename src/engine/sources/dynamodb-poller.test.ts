import { describe, expect, it } from 'vitest';
import { errorInvoke, okInvoke } from '../testing/fake-executor';
import { setupPlatform, T0, testBundle, testConfig } from '../testing/platform-fixture';
import type { StreamMappingConfig } from './dynamodb-stream-types';
import type { ItemChange, StreamViewType, TableDefinition } from './dynamodb-types';
import type { InvokeRequest } from '../types';

function table(streamViewType: StreamViewType | null = 'NEW_AND_OLD_IMAGES'): TableDefinition {
  return {
    name: 'orders',
    partitionKey: { name: 'id', type: 'S' },
    sortKey: null,
    streamViewType,
  };
}

function insert(id: string, origin: ItemChange['origin'] = null): ItemChange {
  const item = { id: { S: id } };
  return {
    tableName: 'orders',
    eventName: 'INSERT',
    keys: item,
    oldImage: null,
    newImage: item,
    sizeBytes: 3 + id.length,
    origin,
  };
}

function withStream(
  mapping: Partial<StreamMappingConfig> = {},
  view: StreamViewType = 'NEW_AND_OLD_IMAGES',
) {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig(), testBundle());
  setup.platform.defineStreamTables([table(view)]);
  const id = setup.platform.createStreamMapping({
    tableName: 'orders',
    functionName: 'add',
    startingPosition: 'LATEST',
    ...mapping,
  });
  const put = (...ids: string[]) =>
    setup.platform.putStreamRecords(
      'orders',
      ids.map((one) => insert(one)),
    );
  return { ...setup, mappingId: id, put };
}

interface FakeRecord {
  eventName: string;
  SequenceNumber: string;
  Keys: Record<string, { S: string }>;
  NewImage?: unknown;
  OldImage?: unknown;
}

function recordsOf(request: InvokeRequest): FakeRecord[] {
  return (JSON.parse(request.eventJson) as { Records: FakeRecord[] }).Records;
}

/** The item ids of each invocation's batch, in order. */
function batchesOf(invoked: ReadonlyArray<{ request: InvokeRequest }>): string[][] {
  return invoked.map(({ request }) => recordsOf(request).map((record) => record.Keys.id!.S));
}

describe('DynamoDB stream event source mapping', () => {
  it('reads new records in shard order, one batch at a time, with increasing sequence numbers', async () => {
    const { executor, settle, ofType, put } = withStream({ batchSize: 2 });
    executor.script.invoke = () => okInvoke('null', 10, 100);
    const sequenceNumbers = put('a', 'b', 'c');
    expect(sequenceNumbers).toEqual([...sequenceNumbers].sort());
    expect(new Set(sequenceNumbers).size).toBe(3);
    expect(sequenceNumbers.every((n) => /^\d{21}$/.test(n))).toBe(true);
    await settle();
    // The second batch waits for the first: a shard is processed in order.
    expect(batchesOf(executor.invoked)).toEqual([['a', 'b']]);
    await settle(100);
    expect(batchesOf(executor.invoked)).toEqual([['a', 'b'], ['c']]);
    expect(ofType('invoke-start')[0]?.invocationType).toBe('RequestResponse');
    await settle(100);
    expect(ofType('ddb-stream-batch-result')).toMatchObject([
      { status: 'ok', processed: sequenceNumbers.slice(0, 2), retrying: [], retryAt: null },
      { status: 'ok', processed: sequenceNumbers.slice(2) },
    ]);
  });

  it('starts at LATEST with what is written after the mapping, or at TRIM_HORIZON with what is kept', async () => {
    const setup = setupPlatform();
    setup.platform.deploy(testConfig(), testBundle());
    setup.platform.deploy(testConfig({ name: 'replay' }), testBundle());
    setup.platform.defineStreamTables([table()]);
    setup.platform.putStreamRecords('orders', [insert('old')]);
    setup.platform.createStreamMapping({
      tableName: 'orders',
      functionName: 'add',
      startingPosition: 'LATEST',
    });
    await setup.settle();
    expect(setup.executor.invoked).toEqual([]);
    setup.platform.createStreamMapping({
      tableName: 'orders',
      functionName: 'replay',
      startingPosition: 'TRIM_HORIZON',
    });
    await setup.settle();
    expect(batchesOf(setup.executor.invoked)).toEqual([['old']]);
  });

  it('polls four times a second: a record waits for the mapping’s next quarter-second poll', async () => {
    const { executor, settle, put } = withStream();
    await settle(100);
    put('a');
    await settle(149);
    expect(executor.invoked).toEqual([]);
    await settle(1);
    expect(batchesOf(executor.invoked)).toEqual([['a']]);
  });

  it('gathers records for the batching window unless the batch fills first', async () => {
    const { executor, settle, put } = withStream({ batchSize: 3, maximumBatchingWindowSec: 2 });
    put('a');
    await settle(1000);
    put('b');
    await settle(999);
    expect(executor.invoked).toEqual([]);
    await settle(1);
    expect(batchesOf(executor.invoked)).toEqual([['a', 'b']]);
    put('c', 'd', 'e');
    await settle(250);
    expect(batchesOf(executor.invoked).slice(1)).toEqual([['c', 'd', 'e']]);
  });

  it('retries a failed batch, holding the shard back, until it succeeds', async () => {
    const { executor, settle, ofType, put } = withStream();
    executor.script.invoke = () => errorInvoke();
    const [a] = put('a');
    await settle();
    put('b');
    await settle(250);
    expect(batchesOf(executor.invoked)).toEqual([['a']]);
    expect(ofType('ddb-stream-batch-result')).toMatchObject([
      { status: 'error', processed: [], retrying: [a], retryAt: T0 + 1000 },
    ]);
    await settle(750);
    // The back-off doubles: 1 s, then 2 s.
    expect(batchesOf(executor.invoked)).toEqual([['a'], ['a']]);
    executor.script.invoke = () => okInvoke();
    await settle(1999);
    expect(batchesOf(executor.invoked)).toEqual([['a'], ['a']]);
    // Once the batch succeeds, the shard moves on at once.
    await settle(1);
    expect(batchesOf(executor.invoked)).toEqual([['a'], ['a'], ['a'], ['b']]);
    expect(ofType('ddb-stream-batch').map((event) => event.attempt)).toEqual([1, 2, 3, 1]);
  });

  it('discards a batch after MaximumRetryAttempts retries and moves on', async () => {
    const { executor, settle, ofType, put } = withStream({ maximumRetryAttempts: 1 });
    executor.script.invoke = (_id, request) =>
      recordsOf(request)[0]!.Keys.id!.S === 'bad' ? errorInvoke() : okInvoke();
    const [bad] = put('bad');
    await settle();
    put('good');
    await settle(1000);
    await settle();
    expect(batchesOf(executor.invoked)).toEqual([['bad'], ['bad'], ['good']]);
    expect(ofType('ddb-stream-batch-result')[1]).toMatchObject({
      discarded: [bad],
      discardReason: 'retries-exhausted',
      retrying: [],
    });
  });

  it('gives up on records older than MaximumRecordAgeInSeconds', async () => {
    const { executor, settle, ofType, put } = withStream({ maximumRecordAgeSec: 60 });
    executor.script.invoke = () => errorInvoke();
    const [a] = put('a');
    // Retries at 1, 3, 7, 15, 31 s; the next would be at 63 s, past the record's 60 s.
    for (const wait of [0, 1000, 2000, 4000, 8000, 16_000]) await settle(wait);
    const results = ofType('ddb-stream-batch-result');
    expect(results).toHaveLength(6);
    expect(results.at(-1)).toMatchObject({ discarded: [a], discardReason: 'record-age-exceeded' });
    await settle(60_000);
    expect(executor.invoked).toHaveLength(6);
  });

  it('splits a failing batch in two with BisectBatchOnFunctionError, until the bad record is alone', async () => {
    const { executor, settle, ofType, put } = withStream({
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 0,
    });
    executor.script.invoke = (_id, request) =>
      recordsOf(request).some((record) => record.Keys.id!.S === 'c') ? errorInvoke() : okInvoke();
    const numbers = put('a', 'b', 'c', 'd');
    for (let i = 0; i < 8; i++) await settle(1000);
    expect(batchesOf(executor.invoked)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['a', 'b'],
      ['c', 'd'],
      ['c'],
      ['d'],
    ]);
    expect(ofType('ddb-stream-batch-result').map((r) => [r.bisected, r.discarded])).toEqual([
      [true, []],
      [false, []],
      [true, []],
      [false, [numbers[2]]],
      [false, []],
    ]);
  });

  it('retries from the first record a partial batch response reports', async () => {
    const { executor, settle, ofType, put } = withStream({ reportBatchItemFailures: true });
    const numbers = put('a', 'b', 'c', 'd');
    executor.script.invoke = () =>
      okInvoke(
        JSON.stringify({
          batchItemFailures: [{ itemIdentifier: numbers[3] }, { itemIdentifier: numbers[1] }],
        }),
      );
    await settle();
    executor.script.invoke = () => okInvoke(JSON.stringify({ batchItemFailures: [] }));
    await settle(1000);
    expect(batchesOf(executor.invoked)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['b', 'c', 'd'],
    ]);
    expect(ofType('ddb-stream-batch-result')).toMatchObject([
      { processed: numbers.slice(0, 1), retrying: numbers.slice(1) },
      { processed: numbers.slice(1), retrying: [] },
    ]);
  });

  it('ignores a batch response unless ReportBatchItemFailures is on', async () => {
    const { executor, settle, ofType, put } = withStream();
    const [a] = put('a');
    executor.script.invoke = () =>
      okInvoke(JSON.stringify({ batchItemFailures: [{ itemIdentifier: a }] }));
    await settle();
    expect(ofType('ddb-stream-batch-result')).toMatchObject([{ processed: [a], retrying: [] }]);
  });

  it.each<[StreamViewType, string[]]>([
    ['KEYS_ONLY', []],
    ['NEW_IMAGE', ['NewImage']],
    ['OLD_IMAGE', ['OldImage']],
    ['NEW_AND_OLD_IMAGES', ['NewImage', 'OldImage']],
  ])('hands a %s stream’s MODIFY record the images it carries', async (view, images) => {
    const { platform, executor, settle } = withStream({}, view);
    platform.putStreamRecords('orders', [
      {
        ...insert('a'),
        eventName: 'MODIFY',
        oldImage: { id: { S: 'a' }, n: { N: '1' } },
        newImage: { id: { S: 'a' }, n: { N: '2' } },
      },
    ]);
    await settle();
    const [record] = recordsOf(executor.invoked[0]!.request);
    expect(Object.keys(record!).filter((key) => key.endsWith('Image'))).toEqual(images);
  });

  it('carries the writing invocation as the batch’s origin', async () => {
    const { platform, settle, ofType } = withStream();
    const origin = { functionName: 'writer', requestId: 'req-1' };
    platform.putStreamRecords('orders', [insert('a', origin), insert('b', origin)]);
    await settle();
    expect(ofType('ddb-stream-batch')[0]?.origins).toEqual([origin]);
  });

  it('refuses a mapping without a stream, a second one to the same function, and bad settings', () => {
    const { platform, mappingId } = withStream();
    expect(() =>
      platform.createStreamMapping({
        tableName: 'orders',
        functionName: 'add',
        startingPosition: 'LATEST',
      }),
    ).toThrow(`Please update or delete the existing mapping with UUID ${mappingId}`);
    expect(() =>
      platform.createStreamMapping({
        tableName: 'orders',
        functionName: 'add',
        startingPosition: 'LATEST',
        batchSize: 10_001,
      }),
    ).toThrow(
      "1 validation error detected: Value '10001' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000",
    );
    platform.defineStreamTables([table(null)]);
    expect(platform.streamMappings()).toEqual([]);
    expect(() =>
      platform.createStreamMapping({
        tableName: 'orders',
        functionName: 'add',
        startingPosition: 'LATEST',
      }),
    ).toThrow('Stream not found for table orders');
  });

  it('gives a table a new stream, labelled with its creation time, when the view type changes', async () => {
    const { platform, settle } = withStream();
    expect(platform.streamTables()).toEqual([
      {
        name: 'orders',
        streamViewType: 'NEW_AND_OLD_IMAGES',
        streamLabel: '2026-11-27T12:00:00.000',
        records: 0,
      },
    ]);
    await settle(5);
    platform.defineStreamTables([table('KEYS_ONLY')]);
    expect(platform.streamTables()[0]).toMatchObject({
      streamViewType: 'KEYS_ONLY',
      streamLabel: '2026-11-27T12:00:00.005',
    });
    expect(platform.streamMappings()).toEqual([]);
    platform.defineStreamTables([]);
    expect(platform.streamTables()).toEqual([]);
    expect(platform.putStreamRecords('orders', [insert('a')])).toEqual([]);
  });
});
