// The exports of an SDK package as a handler on Lambda gets them: a client created with no
// configuration takes its region and credentials from the environment, as the Node.js SDK's
// default providers read AWS_REGION and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN
// (docs/aws-services.md#the-sdk-in-lambdas-nodejs-runtime), and sends its requests to the
// simulated services. Runs inside the package's script (scripts/aws-sdk-scripts.ts).
import { sdkClientsOf } from '../../../engine/functions/sdk-packages';
import type { SdkHost } from './script-contract';
import { PlaygroundRequestHandler } from './sdk-request-handler';

/** The script's free variable: the runtime passes it in (script-contract.ts). */
declare const __awsSdkHost: SdkHost;

type ClientConfig = Record<string, unknown>;
type ClientClass = new (config?: ClientConfig, ...rest: unknown[]) => object;

/** The default credential chain's failure when nothing provides credentials. */
function missingCredentials(): Promise<never> {
  const error = new Error('Could not load credentials from any providers');
  error.name = 'CredentialsProviderError';
  return Promise.reject(error);
}

export function lambdaDefaults(config: ClientConfig, host: SdkHost): ClientConfig {
  const env = host.env();
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const credentials =
    accessKeyId && secretAccessKey
      ? { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN }
      : missingCredentials;
  const defaults: ClientConfig = {
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
    credentials,
    requestHandler: new PlaygroundRequestHandler(host),
  };
  const given = Object.entries(config).filter(([, value]) => value !== undefined);
  return { ...defaults, ...Object.fromEntries(given) };
}

function withLambdaDefaults(Client: ClientClass, host: SdkHost): ClientClass {
  const Defaulted = class extends Client {
    constructor(...args: unknown[]) {
      const [config, ...rest] = args;
      super(lambdaDefaults((config ?? {}) as ClientConfig, host), ...rest);
    }
  };
  // `S3Client.name` stays `S3Client`, as in stack traces and `constructor.name` checks.
  Object.defineProperty(Defaulted, 'name', { value: Client.name });
  return Defaulted;
}

/** The package's exports, its client classes defaulted; `packageName` is the module's own. */
export function packageExports(
  packageName: string,
  sdk: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const exports: Record<string, unknown> = { ...sdk };
  for (const name of sdkClientsOf(packageName)) {
    const Client = sdk[name];
    if (typeof Client === 'function') {
      exports[name] = withLambdaDefaults(Client as ClientClass, __awsSdkHost);
    }
  }
  return exports;
}
