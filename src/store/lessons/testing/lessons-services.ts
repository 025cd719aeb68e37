// Test support: the AWS APIs a lesson's handlers reach through the real SDK while a drill runs in
// Node — S3, SNS, SQS, Lambda and DynamoDB over the drill's own platform, objects and tables — and the SDK
// packages' scripts, bundled from node_modules as the app's build does (scripts/aws-sdk-scripts.ts).
import { bundleSdkScript } from '../../../../scripts/aws-sdk-scripts';
import type { Clock, Platform, ServiceCaller, ServicesPort } from '../../../engine';
import type { SdkScript } from '../../../runtime/protocol';
import {
  createAwsApi,
  createDynamoDbApi,
  createS3Api,
  createSnsApi,
  createSqsApi,
  createTableStore,
  platformSnsPort,
  platformSqsPort,
  type S3Object,
  type S3Port,
  type ServiceHandler,
  type ServiceName,
} from '../../../services';
import { objectFacts } from '../../../triggers';
import { createLambdaApi } from '../../../services/lambda';
import type { Workspace } from '../../../workspace/model';
import { tableDefinitionOf } from '../../../workspace/table-drafts';

/** Each package bundled once for the whole test run. */
const scripts = new Map<string, Promise<string>>();

export async function loadSdkScriptsInNode(names: readonly string[]): Promise<SdkScript[]> {
  return Promise.all(
    names.map(async (name) => {
      let code = scripts.get(name);
      if (code === undefined) {
        code = bundleSdkScript(process.cwd(), name, 'es2022').then((script) => script.code);
        scripts.set(name, code);
      }
      return { name, code: await code };
    }),
  );
}

/** The drill's buckets: objects in Maps; a write fires the bucket's notifications, as in the app. */
function drillS3(workspace: Workspace, clock: Clock, platform: () => Platform) {
  const buckets = new Map(workspace.buckets.map((b) => [b.name, new Map<string, S3Object>()]));
  const createdAt = clock.now();
  function put(bucket: string, key: string, bytes: Uint8Array, contentType: string) {
    const object: S3Object = {
      key,
      bytes,
      eTag: objectFacts(bytes).eTag,
      contentType,
      lastModified: clock.now(),
      headers: new Map(),
    };
    buckets.get(bucket)?.set(key, object);
    return object;
  }
  const port: S3Port = {
    buckets: () => [...buckets.keys()].map((name) => ({ name, createdAt })),
    hasBucket: (name) => buckets.has(name),
    objects: (bucket) => [...(buckets.get(bucket)?.values() ?? [])],
    object: (bucket, key) => buckets.get(bucket)?.get(key),
    putObject(bucket, write, origin: ServiceCaller) {
      const object = put(bucket, write.key, write.bytes, write.contentType);
      const change = { eventName: write.eventName, key: write.key, ...objectFacts(write.bytes) };
      platform().notifyS3Change(bucket, change, origin);
      return Promise.resolve(object);
    },
    deleteObject(bucket, key, origin: ServiceCaller) {
      buckets.get(bucket)?.delete(key);
      platform().notifyS3Change(bucket, { eventName: 'ObjectRemoved:Delete', key }, origin);
      return Promise.resolve();
    },
  };
  /** The S3 tab's upload: stored, then notified with no origin (a person uploaded it). */
  function upload(bucket: string, key: string, bytes: Uint8Array): void {
    put(bucket, key, bytes, 'image/jpeg');
    platform().notifyS3Change(bucket, {
      eventName: 'ObjectCreated:Put',
      key,
      ...objectFacts(bytes),
    });
  }
  return { port, buckets, upload };
}

/** The services a drill's platform answers handlers' SDK calls with; set `platform` once created. */
export function drillServices(workspace: Workspace, clock: Clock) {
  const holder: { platform: Platform | null } = { platform: null };
  const platform = () => {
    if (holder.platform === null) throw new Error('the drill platform is not created yet');
    return holder.platform;
  };
  const tables = createTableStore();
  tables.define((workspace.tables ?? []).map(tableDefinitionOf));
  const configs = new Map(workspace.functions.map((fn) => [fn.config.name, fn.config]));
  /** Built on the first call, when the platform exists. */
  const lazy = (make: () => ServiceHandler): ServiceHandler => {
    let handler: ServiceHandler | null = null;
    return (request, caller) => (handler ??= make())(request, caller);
  };
  const s3 = drillS3(workspace, clock, platform);
  const api = createAwsApi(
    new Map<ServiceName, ServiceHandler>([
      ['s3', createS3Api(s3.port)],
      ['sns', lazy(() => createSnsApi(platformSnsPort(platform())))],
      ['sqs', lazy(() => createSqsApi(platformSqsPort(platform(), clock)))],
      [
        'lambda',
        createLambdaApi({
          functions: () => configs,
          readyToRun: async (name) => configs.has(name),
          platform,
        }),
      ],
      ['dynamodb', createDynamoDbApi(tables)],
    ]),
  );
  const services: ServicesPort = api;
  return { services, tables, s3, holder };
}
