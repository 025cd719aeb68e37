// Test support: the AWS APIs a lesson's handlers reach through the real SDK while a drill runs in
// Node — SNS, SQS, Lambda and DynamoDB over the drill's own platform and tables — and the SDK
// packages' scripts, bundled from node_modules as the app's build does (scripts/aws-sdk-scripts.ts).
import { bundleSdkScript } from '../../../../scripts/aws-sdk-scripts';
import type { Clock, Platform, ServicesPort } from '../../../engine';
import type { SdkScript } from '../../../runtime/protocol';
import {
  createAwsApi,
  createDynamoDbApi,
  createSnsApi,
  createSqsApi,
  createTableStore,
  platformSnsPort,
  platformSqsPort,
  type ServiceHandler,
  type ServiceName,
} from '../../../services';
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
  const api = createAwsApi(
    new Map<ServiceName, ServiceHandler>([
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
  return { services, tables, holder };
}
