// The provided SDK packages as the scripts instances evaluate: the real browser build of each
// client, given Lambda's defaults, sending its requests through the runtime's SDK host.
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSdkScript } from './aws-sdk-scripts';
import type { ApiRequest, ApiResponse } from '../src/engine';
import { createSdkModules } from '../src/runtime/worker/aws-sdk/sdk-modules';
import type { SdkScript } from '../src/runtime/protocol';
import { xmlResponse } from '../src/services/wire/responses';
import { jsonResponse } from '../src/services/wire/responses';

const ENV = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'ASIAPLAYGROUNDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_SESSION_TOKEN: 'token',
};

let scripts: SdkScript[];

beforeAll(async () => {
  const names = [
    '@aws-sdk/client-s3',
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/util-dynamodb',
    '@aws-sdk/lib-dynamodb',
  ];
  scripts = await Promise.all(
    names.map(async (name) => ({
      name,
      code: (await bundleSdkScript(process.cwd(), name, 'es2022')).code,
    })),
  );
}, 120_000);

function modules(answer: (request: ApiRequest) => ApiResponse, env: Record<string, string> = ENV) {
  const sent: ApiRequest[] = [];
  const load = createSdkModules(
    scripts,
    {
      send: async (request) => {
        sent.push(request);
        return answer(request);
      },
      env: () => env,
    },
    // The worker's own way: an indirect eval in the global scope.
    (source) => (0, eval)(source) as unknown,
  );
  return { load, sent };
}

type Sdk = Record<string, new (...args: unknown[]) => { send(command: unknown): Promise<unknown> }>;

describe('the SDK scripts', () => {
  it('are classic scripts that name their package exports and nothing of the dev server', () => {
    for (const { code } of scripts) {
      expect(() => new Script(code)).not.toThrow();
      expect(/\/@vite\/|\/src\//.test(code)).toBe(false);
    }
  });

  it('give a client created with no configuration the region, credentials and the page as its network', async () => {
    const { load, sent } = modules(() =>
      xmlResponse(200, '', [['etag', '"0cc175b9c0f1b6a831c399e269772661"']]),
    );
    const s3 = load('@aws-sdk/client-s3') as Sdk;
    const client = new s3.S3Client!();
    const result = (await client.send(
      new s3.PutObjectCommand!({ Bucket: 'photos', Key: 'a b.txt', Body: 'a' }),
    )) as { ETag: string; $metadata: { httpStatusCode: number } };
    expect(result.ETag).toBe('"0cc175b9c0f1b6a831c399e269772661"');
    expect(result.$metadata.httpStatusCode).toBe(200);
    expect(client.constructor.name).toBe('S3Client');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('PUT');
    expect(sent[0]!.hostname).toBe('photos.s3.us-east-1.amazonaws.com');
    expect(sent[0]!.path).toBe('/a%20b.txt');
    expect(new TextDecoder().decode(sent[0]!.body)).toBe('a');
    // Signed with the environment's credentials, as Lambda's SDK signs with the role's.
    expect(sent[0]!.headers.get('authorization')).toContain('Credential=ASIAPLAYGROUNDEXAMPLE/');
    expect(sent[0]!.headers.get('x-amz-security-token')).toBe('token');
  });

  it('lets GetObject bodies be read as the SDK documents', async () => {
    const { load } = modules(() => xmlResponse(200, '', [['content-type', 'text/plain']]));
    const s3 = load('@aws-sdk/client-s3') as Sdk;
    const { load: loadText } = modules(() => ({
      statusCode: 200,
      headers: new Map([
        ['content-type', 'text/plain'],
        ['content-length', '5'],
      ]),
      body: new TextEncoder().encode('hello'),
    }));
    const s3Text = loadText('@aws-sdk/client-s3') as Sdk;
    const result = (await new s3Text.S3Client!().send(
      new s3Text.GetObjectCommand!({ Bucket: 'b', Key: 'k' }),
    )) as { Body: { transformToString(): Promise<string> }; ContentType: string };
    expect(result.ContentType).toBe('text/plain');
    expect(await result.Body.transformToString()).toBe('hello');
    expect(s3.S3Client).not.toBe(s3Text.S3Client);
  });

  it('parses S3’s XML errors into the SDK’s own error class, with frames in the runtime’s SDK', async () => {
    const xml =
      '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>k</Key></Error>';
    const { load } = modules(() => xmlResponse(404, xml, [['x-amz-request-id', 'A1B2']]));
    const s3 = load('@aws-sdk/client-s3') as Sdk;
    const error = (await new s3.S3Client!()
      .send(new s3.GetObjectCommand!({ Bucket: 'b', Key: 'k' }))
      .catch((thrown: unknown) => thrown)) as Error & { $metadata: { httpStatusCode: number } };
    expect(error).toBeInstanceOf(s3.NoSuchKey as unknown as typeof Error);
    expect(error.name).toBe('NoSuchKey');
    expect(error.message).toBe('The specified key does not exist.');
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.stack).toContain('/var/runtime/node_modules/@aws-sdk/client-s3/dist-cjs/index.js');
  });

  it('keeps what the handler configures over the environment’s defaults', async () => {
    const { load, sent } = modules(() => xmlResponse(200, ''));
    const s3 = load('@aws-sdk/client-s3') as Sdk;
    const client = new s3.S3Client!({ region: 'eu-west-1', forcePathStyle: true });
    await client.send(new s3.PutObjectCommand!({ Bucket: 'photos', Key: 'k', Body: 'x' }));
    expect(sent[0]!.hostname).toBe('s3.eu-west-1.amazonaws.com');
    expect(sent[0]!.path).toBe('/photos/k');
  });

  it('gives lib-dynamodb the instance’s own client-dynamodb, so its document client wraps the handler’s client', async () => {
    const { load, sent } = modules(() =>
      jsonResponse(200, { Item: { id: { S: 'a' }, n: { N: '2' } } }, 'application/x-amz-json-1.0'),
    );
    const lib = load('@aws-sdk/lib-dynamodb') as Sdk & {
      DynamoDBDocumentClient: { from(client: unknown): { send(c: unknown): Promise<unknown> } };
    };
    const dynamodb = load('@aws-sdk/client-dynamodb') as Sdk;
    const documents = lib.DynamoDBDocumentClient.from(new dynamodb.DynamoDBClient!({}));
    const result = (await documents.send(
      new lib.GetCommand!({ TableName: 'orders', Key: { id: 'a' } }),
    )) as { Item: unknown };
    expect(result.Item).toEqual({ id: 'a', n: 2 });
    expect(sent[0]!.headers.get('x-amz-target')).toBe('DynamoDB_20120810.GetItem');
    expect(JSON.parse(new TextDecoder().decode(sent[0]!.body))).toEqual({
      TableName: 'orders',
      Key: { id: { S: 'a' } },
    });
  });
});
