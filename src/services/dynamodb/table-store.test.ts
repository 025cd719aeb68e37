import { describe, expect, it } from 'vitest';
import type { ItemChange, TableDefinition } from '../../engine';
import { itemSize } from './item-size';
import { addNumbers, canonicalNumber, compareNumbers } from './numbers';
import { RESERVED_WORD_COUNT, isReservedWord } from './expressions/reserved-words';
import { createTableStore } from './table-store';

const USERS: TableDefinition = {
  name: 'Users',
  partitionKey: { name: 'id', type: 'S' },
  sortKey: null,
  streamViewType: null,
};

describe('createTableStore', () => {
  it('keeps the items of a table that stays, drops a removed table, and empties one whose keys changed', () => {
    const store = createTableStore();
    const other: TableDefinition = { ...USERS, name: 'Other' };
    store.define([USERS, other]);
    store.write('Users', { id: { S: 'a' } }, { id: { S: 'a' } }, null);
    store.write('Other', { id: { S: 'b' } }, { id: { S: 'b' } }, null);
    store.define([USERS, { ...other, streamViewType: 'KEYS_ONLY' }]);
    expect(store.items('Users')).toEqual([{ id: { S: 'a' } }]);
    expect(store.items('Other')).toEqual([{ id: { S: 'b' } }]);
    store.define([{ ...USERS, partitionKey: { name: 'id', type: 'N' } }]);
    expect(store.items('Users')).toEqual([]);
    expect(store.definition('Other')).toBeUndefined();
    expect(store.tableNames()).toEqual(['Users']);
  });

  it('names tables by any string without touching prototypes', () => {
    const store = createTableStore();
    const hostile = ['__proto__', 'constructor', 'toString'].map((name) => ({ ...USERS, name }));
    store.define(hostile);
    store.write('__proto__', { id: { S: 'x' } }, { id: { S: 'x' } }, null);
    expect(store.items('__proto__')).toEqual([{ id: { S: 'x' } }]);
    expect(store.items('constructor')).toEqual([]);
    expect(store.definition('hasOwnProperty')).toBeUndefined();
    expect(store.tableNames()).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('reports INSERT, MODIFY and REMOVE with images, sizes and origin; nothing for no-ops; unsubscribes', () => {
    const store = createTableStore();
    store.define([USERS]);
    const changes: ItemChange[] = [];
    const stop = store.onChange((change) => changes.push(change));
    const origin = { functionName: 'writer', requestId: 'r-1' };
    store.write('Users', { id: { S: 'a' } }, { id: { S: 'a' }, v: { N: '1' } }, origin);
    store.write('Users', { id: { S: 'a' } }, { id: { S: 'a' }, v: { N: '1' } }, origin);
    store.write('Users', { id: { S: 'a' } }, { id: { S: 'a' }, v: { N: '2' } }, origin);
    store.write('Users', { id: { S: 'a' } }, null, null);
    store.write('Users', { id: { S: 'a' } }, null, null);
    expect(changes.map((change) => [change.eventName, change.oldImage, change.newImage])).toEqual([
      ['INSERT', null, { id: { S: 'a' }, v: { N: '1' } }],
      ['MODIFY', { id: { S: 'a' }, v: { N: '1' } }, { id: { S: 'a' }, v: { N: '2' } }],
      ['REMOVE', { id: { S: 'a' }, v: { N: '2' } }, null],
    ]);
    expect(changes[0]).toMatchObject({
      tableName: 'Users',
      keys: { id: { S: 'a' } },
      sizeBytes: 6,
      origin,
    });
    expect(changes[2]!.origin).toBeNull();
    stop();
    store.write('Users', { id: { S: 'b' } }, { id: { S: 'b' } }, null);
    expect(changes).toHaveLength(3);
  });

  it('clears every item but keeps the tables', () => {
    const store = createTableStore();
    store.define([USERS]);
    store.write('Users', { id: { S: 'a' } }, { id: { S: 'a' } }, null);
    store.clear();
    expect(store.itemCount('Users')).toBe(0);
    expect(store.definition('Users')).toEqual(USERS);
  });

  it('scans partitions in an order that is not their insertion order, and resumes after any key', () => {
    const store = createTableStore();
    store.define([USERS]);
    const ids = Array.from({ length: 20 }, (_, i) => `user-${i}`);
    for (const id of ids) store.write('Users', { id: { S: id } }, { id: { S: id } }, null);
    const order = store.items('Users').map((item) => JSON.stringify(item['id']));
    expect(order).toHaveLength(20);
    expect(order).not.toEqual(ids.map((id) => JSON.stringify({ S: id })));
    const after = store
      .scanFrom('Users', { id: { S: 'user-7' } })
      .map((item) => JSON.stringify(item['id']));
    expect(after).toEqual(order.slice(order.indexOf(JSON.stringify({ S: 'user-7' })) + 1));
  });
});

describe('DynamoDB numbers', () => {
  it.each([
    ['1.50', '1.5'],
    ['-0', '0'],
    ['1E+3', '1000'],
    ['0.000120', '0.00012'],
    ['+7', '7'],
    ['.5', '0.5'],
  ])('stores %s as %s', (text, canonical) => {
    expect(canonicalNumber(text)).toBe(canonical);
  });

  it('adds exactly and compares by value', () => {
    expect(addNumbers('0.1', '0.2')).toBe('0.3');
    expect(addNumbers('10', '2.5', true)).toBe('7.5');
    expect(addNumbers('99999999999999999999999999999999999999', '1', true)).toBe(
      '99999999999999999999999999999999999998',
    );
    expect(compareNumbers('9', '10')).toBe(-1);
    expect(compareNumbers('-1', '-2')).toBe(1);
    expect(compareNumbers('1.0', '1')).toBe(0);
  });
});

describe('itemSize', () => {
  it('counts names and values as DynamoDB documents them', () => {
    // "s"(1) + "héllo"(6 bytes) ; "n"(1) + 12345 (3 digits pairs → 1 + 3) ; "b"(1) + true(1)
    expect(itemSize({ s: { S: 'héllo' }, n: { N: '12345' }, b: { BOOL: true } })).toBe(14);
    // a list: 3 bytes, plus 1 per element, plus the elements
    expect(itemSize({ l: { L: [{ S: 'ab' }, { NULL: true }] } })).toBe(1 + 3 + 2 + 2 + 1);
    // a map: 3 bytes, plus 1 per element, plus the elements with their names
    expect(itemSize({ m: { M: { k: { S: 'v' } } } })).toBe(1 + 3 + 1 + 2);
    expect(itemSize({ ss: { SS: ['ab', 'c'] }, bb: { B: 'AAEC' } })).toBe(2 + 3 + 2 + 3);
  });
});

describe('reserved words', () => {
  it('holds DynamoDB’s list, case-insensitive', () => {
    expect(RESERVED_WORD_COUNT).toBe(573);
    expect(isReservedWord('status')).toBe(true);
    expect(isReservedWord('Name')).toBe(true);
    expect(isReservedWord('customer')).toBe(false);
  });
});
