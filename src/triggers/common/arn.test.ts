import { describe, expect, it } from 'vitest';
import { parseArn } from './arn';

describe('parseArn', () => {
  it('splits a subscription ARN, keeping colons inside the resource', () => {
    expect(parseArn('arn:aws:sns:eu-west-1:123456789012:my-topic:2bcfbf39')).toEqual({
      partition: 'aws',
      service: 'sns',
      region: 'eu-west-1',
      accountId: '123456789012',
      resource: 'my-topic:2bcfbf39',
    });
  });

  it('rejects text that is not an ARN', () => {
    expect(() => parseArn('my-topic')).toThrow('Not an ARN: my-topic');
    expect(() => parseArn('arn:aws:s3:::')).toThrow('Not an ARN: arn:aws:s3:::');
  });
});
