import { describe, expect, it } from 'vitest';
import { matchesPattern, parseEventPattern } from './event-pattern';

/** The event every row is matched against: an EventBridge event carrying a destination record. */
const EVENT = {
  version: '0',
  id: 'e-1',
  'detail-type': 'Lambda Function Invocation Result - Success',
  source: 'lambda',
  account: '123456789012',
  time: '2026-11-27T12:00:00Z',
  region: 'us-east-1',
  resources: ['arn:aws:events:us-east-1:123456789012:event-bus/default', 'arn:aws:lambda:fn'],
  detail: {
    requestContext: { condition: 'Success', approximateInvokeCount: 2, requestId: 'r-1' },
    responsePayload: { total: 42, ratio: 0.5, ok: true, note: null, tags: ['red', 'blue'] },
    fileName: 'photo.PNG',
    empty: '',
    items: [
      { sku: 'a-1', qty: 3 },
      { sku: 'b-2', qty: 0 },
    ],
  },
};

function matches(pattern: object): boolean {
  const parsed = parseEventPattern(JSON.stringify(pattern));
  if (!parsed.ok) throw new Error(parsed.problem);
  return matchesPattern(parsed.pattern, EVENT);
}

// [what, pattern, matches]
const CASES: Array<[string, object, boolean]> = [
  // Exact values: any one of the list; every field must match.
  ['exact source', { source: ['lambda'] }, true],
  ['exact, one of several', { source: ['aws.s3', 'lambda'] }, true],
  ['exact, none of several', { source: ['aws.s3', 'aws.ec2'] }, false],
  ['exact is case-sensitive', { source: ['Lambda'] }, false],
  [
    'source AND detail-type',
    { source: ['lambda'], 'detail-type': ['Lambda Function Invocation Result - Failure'] },
    false,
  ],
  ['nested detail field', { detail: { requestContext: { condition: ['Success'] } } }, true],
  ['exact number', { detail: { responsePayload: { total: [42] } } }, true],
  ['a number never equals its text', { detail: { responsePayload: { total: ['42'] } } }, false],
  ['exact boolean', { detail: { responsePayload: { ok: [true] } } }, true],
  ['null matches null', { detail: { responsePayload: { note: [null] } } }, true],
  ['null does not match a missing field', { detail: { responsePayload: { gone: [null] } } }, false],
  ['empty string matches empty string', { detail: { empty: [''] } }, true],
  ['array value: any element', { detail: { responsePayload: { tags: ['blue'] } } }, true],
  ['array value: no element', { detail: { responsePayload: { tags: ['green'] } } }, false],
  ['array of objects: any object', { detail: { items: { sku: ['b-2'] } } }, true],
  ['missing field', { detail: { nothing: ['x'] } }, false],
  // Prefix and suffix.
  ['prefix', { 'detail-type': [{ prefix: 'Lambda Function Invocation Result' }] }, true],
  ['prefix miss', { 'detail-type': [{ prefix: 'Scheduled' }] }, false],
  ['prefix ignores numbers', { detail: { responsePayload: { total: [{ prefix: '4' }] } } }, false],
  ['prefix ignoring case', { source: [{ prefix: { 'equals-ignore-case': 'LAM' } }] }, true],
  ['suffix is case-sensitive', { detail: { fileName: [{ suffix: '.png' }] } }, false],
  [
    'suffix ignoring case',
    { detail: { fileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    true,
  ],
  ['equals-ignore-case', { source: [{ 'equals-ignore-case': 'LAMBDA' }] }, true],
  ['wildcard', { 'detail-type': [{ wildcard: 'Lambda*Success' }] }, true],
  ['wildcard miss', { 'detail-type': [{ wildcard: 'Lambda*Failure' }] }, false],
  // Anything-but.
  ['anything-but a value', { source: [{ 'anything-but': 'aws.s3' }] }, true],
  ['anything-but the value itself', { source: [{ 'anything-but': 'lambda' }] }, false],
  ['anything-but a list', { source: [{ 'anything-but': ['aws.s3', 'lambda'] }] }, false],
  [
    'anything-but a number',
    { detail: { responsePayload: { total: [{ 'anything-but': 7 }] } } },
    true,
  ],
  ['anything-but a prefix', { source: [{ 'anything-but': { prefix: 'aws.' } }] }, true],
  ['anything-but a prefix it has', { source: [{ 'anything-but': { prefix: 'lam' } }] }, false],
  [
    'anything-but a suffix',
    { detail: { fileName: [{ 'anything-but': { suffix: '.PNG' } }] } },
    false,
  ],
  [
    'anything-but ignoring case',
    { source: [{ 'anything-but': { 'equals-ignore-case': ['LAMBDA'] } }] },
    false,
  ],
  ['anything-but needs the field', { detail: { nothing: [{ 'anything-but': 'x' }] } }, false],
  [
    'anything-but on an array: one other element is enough',
    { detail: { responsePayload: { tags: [{ 'anything-but': 'red' }] } } },
    true,
  ],
  // Exists.
  ['exists true', { detail: { requestContext: { requestId: [{ exists: true }] } } }, true],
  [
    'exists false on a present field',
    { detail: { requestContext: { requestId: [{ exists: false }] } } },
    false,
  ],
  ['exists false on a missing field', { detail: { errorType: [{ exists: false }] } }, true],
  [
    'exists false under a missing object',
    { detail: { nowhere: { x: [{ exists: false }] } } },
    true,
  ],
  ['exists true on a missing field', { detail: { errorType: [{ exists: true }] } }, false],
  ['exists true on null', { detail: { responsePayload: { note: [{ exists: true }] } } }, true],
  [
    'exists is for leaves: an object is not one',
    { detail: { requestContext: [{ exists: true }] } },
    false,
  ],
  // Numeric.
  [
    'numeric range',
    { detail: { responsePayload: { total: [{ numeric: ['>', 0, '<=', 42] }] } } },
    true,
  ],
  [
    'numeric range, out',
    { detail: { responsePayload: { total: [{ numeric: ['>', 0, '<', 42] }] } } },
    false,
  ],
  [
    'numeric equals',
    { detail: { requestContext: { approximateInvokeCount: [{ numeric: ['=', 2] }] } } },
    true,
  ],
  [
    'numeric >= on a fraction',
    { detail: { responsePayload: { ratio: [{ numeric: ['>=', 0.5] }] } } },
    true,
  ],
  ['numeric ignores strings', { detail: { empty: [{ numeric: ['>=', 0] }] } }, false],
  ['numeric on array of objects', { detail: { items: { qty: [{ numeric: ['>', 2] }] } } }, true],
  // A list mixes kinds: any one condition may match.
  ['one of mixed conditions', { source: ['aws.s3', { prefix: 'lam' }] }, true],
];

describe('matchesPattern', () => {
  it.each(CASES)('%s', (_what, pattern, expected) => {
    expect(matches(pattern)).toBe(expected);
  });
});

describe('parseEventPattern', () => {
  // [pattern text, the problem's reason]
  const INVALID: Array<[string, string]> = [
    ['not json', 'Event pattern is not valid JSON'],
    ['[]', 'the pattern must be a JSON object'],
    ['{}', 'the pattern is empty'],
    ['{"source":"lambda"}', 'source must be a list of conditions or an object'],
    ['{"source":[]}', 'source has an empty list'],
    ['{"source":[{"prefix":1}]}', 'source: prefix takes a string'],
    ['{"source":[{"numeric":[">","1"]}]}', 'numeric compares with'],
    ['{"source":[{"numeric":["!",1]}]}', 'numeric compares with'],
    ['{"source":[{"exists":"yes"}]}', 'exists takes true or false'],
    ['{"source":[{"anything-but":[1,"a"]}]}', 'only strings or only numbers'],
    ['{"source":[{"cidr":"10.0.0.0/24"}]}', 'unrecognized match type cidr'],
    ['{"source":[{"prefix":"a","suffix":"b"}]}', 'unrecognized match type (none)'],
    ['{"detail":{"x":{}}}', 'detail.x is an empty object'],
  ];

  it.each(INVALID)('refuses %s', (text, reason) => {
    const parsed = parseEventPattern(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(reason);
  });

  it('keeps a valid pattern as it was written', () => {
    const text = '{"source":["lambda"],"detail":{"requestContext":{"condition":["Success"]}}}';
    expect(parseEventPattern(text)).toEqual({ ok: true, pattern: JSON.parse(text) });
  });
});
