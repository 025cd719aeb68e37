import { describe, expect, it } from 'vitest';
import { md5OfMessageAttributes, recordAttributes } from './message-attributes';

describe('md5OfMessageAttributes', () => {
  it('matches the digest in a real Lambda SQS event', () => {
    expect(
      md5OfMessageAttributes({ PoNumber: { dataType: 'String', stringValue: '4092601503' } }),
    ).toBe('74ae8878e6b9c0579d4731f2c7dd4fde');
  });

  it('sorts by name and encodes binary values as raw bytes (published vectors)', () => {
    const text = { attribName1: { dataType: 'String', stringValue: 'attribValue 1' } };
    const number = {
      customNumberTypeAttrib: {
        dataType: 'Number.float',
        stringValue: '4563442423554324324264524243.32543234',
      },
    };
    const binary = {
      binaryAttribute: { dataType: 'Binary', binaryValue: 'SGVsbG8gYmluYXJ5IHdvcmxkIQ==' },
    };
    expect(md5OfMessageAttributes(text)).toBe('19e27d4e946b072f3f58da80d94fd778');
    expect(md5OfMessageAttributes(number)).toBe('9fe1b90bbd9965bdf77bac517c7d2495');
    expect(md5OfMessageAttributes(binary)).toBe('31a92b15d92f8db860eda32aceb656c3');
    expect(md5OfMessageAttributes({ ...binary, ...number, ...text })).toBe(
      'c932db14a896c663f83c260297d594ff',
    );
  });
});

describe('recordAttributes', () => {
  it('writes camelCase values with the empty list fields', () => {
    expect(
      recordAttributes({
        kind: { dataType: 'String', stringValue: 'order' },
        blob: { dataType: 'Binary', binaryValue: 'AP+A' },
      }),
    ).toEqual({
      kind: {
        stringValue: 'order',
        stringListValues: [],
        binaryListValues: [],
        dataType: 'String',
      },
      blob: { binaryValue: 'AP+A', stringListValues: [], binaryListValues: [], dataType: 'Binary' },
    });
  });
});
