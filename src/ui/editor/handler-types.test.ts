import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerTypeNames } from './handler-types';

const TYPES_DIR = join(import.meta.dirname, '../../../node_modules/@types/aws-lambda');

function declarationsOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.d.ts'))
    .map((path) => readFileSync(join(dir, path), 'utf8'));
}

describe(handlerTypeNames, () => {
  it('keeps exported type aliases named …Handler…, sorted and once each', () => {
    const s3 = 'export type S3Handler = Handler<S3Event, void>;\nexport interface S3Event {}\n';
    const http = [
      'export type APIGatewayProxyHandlerV2<T = never> = Handler<APIGatewayProxyEventV2>;',
      'type InternalHandler = Handler;',
      '  export type IndentedHandler = Handler;',
      'export type S3Handler = Handler<S3Event, void>;',
    ].join('\n');
    expect(handlerTypeNames([s3, http])).toEqual(['APIGatewayProxyHandlerV2', 'S3Handler']);
  });

  it("finds the playground's triggers' handlers in the installed @types/aws-lambda", () => {
    const names = handlerTypeNames(declarationsOf(TYPES_DIR));
    expect(names).toEqual(
      expect.arrayContaining([
        'APIGatewayProxyHandlerV2',
        'Handler',
        'S3Handler',
        'SNSHandler',
        'SQSHandler',
        'ScheduledHandler',
      ]),
    );
    expect(names).not.toContain('S3Event');
  });
});
