import { describe, expect, it } from 'vitest';
import { parseBatchItemFailures } from './batch-failures';

const IDS = ['m1', 'm2', 'm3'];

describe('parseBatchItemFailures', () => {
  it('counts an empty or null list, or an empty or null response, as complete success', () => {
    for (const payload of [
      'null',
      '{}',
      '{"batchItemFailures":[]}',
      '{"batchItemFailures":null}',
      '{"other":1}',
    ]) {
      expect(parseBatchItemFailures(payload, IDS), payload).toEqual({ kind: 'all-succeeded' });
    }
  });

  it('returns just the failed messages, in batch order and without repeats', () => {
    const payload = JSON.stringify({
      batchItemFailures: [
        { itemIdentifier: 'm3' },
        { itemIdentifier: 'm1' },
        { itemIdentifier: 'm3' },
      ],
    });
    expect(parseBatchItemFailures(payload, IDS)).toEqual({
      kind: 'partial',
      failedIds: ['m1', 'm3'],
    });
  });

  it('fails the whole batch for invalid JSON and every bad identifier AWS lists', () => {
    const cases: Array<[string, string]> = [
      ['{not json', 'The response is not valid JSON.'],
      ['"done"', 'The response is not an object with batchItemFailures.'],
      ['[1]', 'The response is not an object with batchItemFailures.'],
      ['{"batchItemFailures":"m1"}', 'batchItemFailures is not a list.'],
      [
        '{"batchItemFailures":[{"itemIdentifier":""}]}',
        'A batchItemFailures entry has no itemIdentifier (null, empty or misspelt).',
      ],
      [
        '{"batchItemFailures":[{"itemIdentifier":null}]}',
        'A batchItemFailures entry has no itemIdentifier (null, empty or misspelt).',
      ],
      [
        '{"batchItemFailures":[{"itemIdentifer":"m1"}]}',
        'A batchItemFailures entry has no itemIdentifier (null, empty or misspelt).',
      ],
      [
        '{"batchItemFailures":["m1"]}',
        'A batchItemFailures entry has no itemIdentifier (null, empty or misspelt).',
      ],
      [
        '{"batchItemFailures":[{"itemIdentifier":"m1"},{"itemIdentifier":"m9"}]}',
        'itemIdentifier m9 is not a message in this batch.',
      ],
    ];
    for (const [payload, reason] of cases) {
      expect(parseBatchItemFailures(payload, IDS), payload).toEqual({ kind: 'all-failed', reason });
    }
  });
});
