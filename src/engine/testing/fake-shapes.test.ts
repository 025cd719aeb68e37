import { describe, expect, it } from 'vitest';
import { createFakeShapes } from './fake-shapes';

describe('createFakeShapes', () => {
  const shapes = createFakeShapes();

  it('reads a partial batch response by Lambda’s rules', () => {
    const ids = ['m1', 'm2'];
    const response = (failures: unknown) => JSON.stringify({ batchItemFailures: failures });
    expect(shapes.parseBatchResponse(response([{ itemIdentifier: 'm2' }]), ids)).toEqual(['m2']);
    expect(shapes.parseBatchResponse(response([]), ids)).toEqual([]);
    expect(shapes.parseBatchResponse('null', ids)).toEqual([]);
    expect(shapes.parseBatchResponse(response([{ itemIdentifier: '' }]), ids)).toEqual(ids);
    expect(shapes.parseBatchResponse(response([{ itemIdentifier: 'other' }]), ids)).toEqual(ids);
  });

  it('matches S3 event patterns, prefixes and suffixes', () => {
    const config = {
      id: 'c',
      functionName: 'f',
      events: ['s3:ObjectCreated:*'],
      prefix: 'in/',
      suffix: '.csv',
    };
    const change = (eventName: string, key: string) =>
      shapes.matchesNotification(config, { eventName, key });
    expect(change('ObjectCreated:Put', 'in/a.csv')).toBe(true);
    expect(change('ObjectRemoved:Delete', 'in/a.csv')).toBe(false);
    expect(change('ObjectCreated:Put', 'out/a.csv')).toBe(false);
    expect(change('ObjectCreated:Put', 'in/a.txt')).toBe(false);
  });

  it('knows rate() expressions only', () => {
    expect(shapes.scheduleProblem('rate(5 minutes)')).toBeNull();
    expect(shapes.nextFireTime('rate(2 hours)', 1000)).toBe(7_201_000);
    expect(shapes.scheduleProblem('cron(0 12 * * ? *)')).toBe(
      'Parameter ScheduleExpression is not valid: cron(0 12 * * ? *)',
    );
  });
});
