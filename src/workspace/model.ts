// The learner's workspace as data: functions with their files, settings and test event.
import { DEFAULT_HANDLER, DEFAULT_LOAD_PATTERN, defaultFunctionConfig, isPython } from '../engine';
import type {
  CpuArchitecture,
  FunctionConfig,
  KeyAttribute,
  LoadPattern,
  Runtime,
  StreamStartingPosition,
  StreamViewType,
} from '../engine';
import { decodeAsyncTargets, decodeEventBuses } from './destination-drafts';
import { CONSOLE_TEST_EVENT, PYTHON_HANDLER_FILE, PYTHON_HANDLER_SOURCE } from './python-starter';
import { decodeServices } from './service-drafts';
import { decodeTables } from './table-drafts';

export interface FunctionDraft {
  /** Stable id; the function's name can change, this cannot. */
  id: string;
  config: FunctionConfig;
  /** Source files by relative path, e.g. `index.ts`, `lib/math.ts`. */
  files: Record<string, string>;
  activeFile: string;
  /** The test event as the learner typed it (JSON text, possibly invalid). */
  testEvent: string;
  /** Saved test events by name, as the console's Test tab keeps them (absent in older saves). */
  savedEvents?: Record<string, string>;
  /**
   * Deploy even if the code has errors: a build that fails deploys the entry file as written, so
   * INIT fails on Lambda's terms. Per function, off unless exactly `true` (read with
   * deploysWithErrors: a save or link may hold anything here).
   */
  deployWithErrors?: boolean;
}

/** Whether the function deploys code that fails to build; anything but `true` is off. */
export function deploysWithErrors(draft: Pick<FunctionDraft, 'deployWithErrors'>): boolean {
  return draft.deployWithErrors === true;
}

/** Which front door HTTP requests come through, as API Gateway / Lambda name them. */
export type HttpFront = 'http-api' | 'rest-api' | 'function-url';

export interface HttpRoute {
  /** `$default`, `GET /items/{id}`, `ANY /{proxy+}`… */
  routeKey: string;
  functionId: string;
}

export interface HttpTriggerConfig {
  front: HttpFront;
  /** The API's routes (HTTP and REST APIs). */
  routes: HttpRoute[];
  /** The function behind the function URL. */
  urlFunctionId: string;
  /**
   * The function URL's InvokeMode: `BUFFERED` (Invoke, the default) or `RESPONSE_STREAM`
   * (InvokeWithResponseStream: a streaming handler's writes reach the client as they are made).
   * Absent: BUFFERED.
   */
  urlInvokeMode?: UrlInvokeMode;
}

export type UrlInvokeMode = 'BUFFERED' | 'RESPONSE_STREAM';

/** An EventBridge rule that invokes a function on a `rate(…)` or `cron(…)` schedule. */
export interface ScheduleDraft {
  /** Stable id; the rule's name can change. */
  id: string;
  name: string;
  expression: string;
  functionId: string;
  enabled: boolean;
}

/** One LambdaFunctionConfiguration of a bucket's notification configuration. */
export interface NotificationDraft {
  /** Stable id; also the configuration's Id, which events carry as `s3.configurationId`. */
  id: string;
  /** e.g. `s3:ObjectCreated:*`, `s3:ObjectRemoved:Delete`. */
  events: string[];
  /** Compared with the URL-encoded key, as S3 does (a space is written `+`). */
  prefix: string;
  suffix: string;
  functionId: string;
}

/** A simulated S3 bucket: its name and notifications are saved; its objects live in memory. */
export interface BucketDraft {
  /** Stable id (React keys, the tab's labels); the name is fixed at creation, as in S3. */
  id: string;
  name: string;
  notifications: NotificationDraft[];
}

/** An SNS topic and the functions subscribed to it. */
export interface TopicDraft {
  /** Stable id; the topic's name can change. */
  id: string;
  name: string;
  /** Function ids, in the order subscribed. */
  subscriberIds: string[];
}

/** A queue's redrive policy: after maxReceiveCount receives a message moves to the DLQ. */
export interface QueueRedriveDraft {
  deadLetterQueueId: string;
  maxReceiveCount: number;
}

/** An SQS event source mapping from a queue to a function. */
export interface QueueMappingDraft {
  functionId: string;
  batchSize: number;
  maximumBatchingWindowSec: number;
  reportBatchItemFailures: boolean;
  maximumConcurrency?: number;
  /** A disabled mapping polls nothing; the queue keeps its messages. */
  enabled: boolean;
}

/** A simulated SQS queue: its settings are saved; its messages live in memory. */
export interface QueueDraft {
  /** Stable id; the queue's name can change. */
  id: string;
  name: string;
  fifo: boolean;
  visibilityTimeoutSec: number;
  redrive: QueueRedriveDraft | null;
  mapping: QueueMappingDraft | null;
}

/** What an EventBridge rule can send matching events to: a function, an SQS queue, an SNS topic. */
export type EventRuleTargetType = 'lambda' | 'sqs' | 'sns';

/** One target of a rule, by the draft id of the function, queue or topic. */
export interface EventRuleTargetDraft {
  type: EventRuleTargetType;
  targetId: string;
}

/** An EventBridge rule: an event pattern (JSON text as typed) and where matching events go. */
export interface EventRuleDraft {
  /** Stable id; the rule's name can change. */
  id: string;
  name: string;
  pattern: string;
  enabled: boolean;
  targets: EventRuleTargetDraft[];
}

/** An EventBridge event bus with its rules; `default` is the account's, the others custom. */
export interface EventBusDraft {
  /** Stable id; the bus's name can change (not `default`'s). */
  id: string;
  name: string;
  rules: EventRuleDraft[];
}

/** An event source mapping from a table's stream to a function (services-ddb-params). */
export interface TableStreamMappingDraft {
  functionId: string;
  startingPosition: StreamStartingPosition;
  /** 1–10,000, default 100. */
  batchSize: number;
  /** 0–300 s, default 0. */
  maximumBatchingWindowSec: number;
  /** -1 (default): until the records expire; else 0–10,000. */
  maximumRetryAttempts: number;
  /** -1 (default): the stream's 24 hours; else 60–604,800 s. */
  maximumRecordAgeSec: number;
  bisectBatchOnFunctionError: boolean;
  reportBatchItemFailures: boolean;
}

/** A DynamoDB table: its keys and stream are saved; its items live in the app's table store. */
export interface TableDraft {
  /** Stable id; the name is fixed at creation, as in DynamoDB. */
  id: string;
  name: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute | null;
  /** null: no stream. */
  streamViewType: StreamViewType | null;
  /** At most one per function, as Lambda allows one mapping per stream and function. */
  mappings: TableStreamMappingDraft[];
}

/** Where a load test sends its requests: straight to a function, or through a trigger. */
export type LoadTargetKind = 'invoke' | 'http' | 's3' | 'sns' | 'sqs';

/** A load test's target. Every kind's fields are kept, so switching kinds loses nothing. */
export interface LoadTargetDraft {
  kind: LoadTargetKind;
  /** `http`: the request sent through the configured front door (HTTP API, REST API or URL). */
  method: string;
  path: string;
  /** `s3`: the bucket (by draft id) and the key of each put; `{n}` becomes the request's number. */
  bucketId: string;
  keyPattern: string;
  /** `sns`: the topic published to (by draft id). */
  topicId: string;
  /** `sqs`: the queue sent to (by draft id). */
  queueId: string;
  /** The HTTP body, the object's content, the SNS message or the SQS body; `{n}` as above. */
  body: string;
}

/** A load test: its traffic pattern (seeded, so a demo replays) and where it sends requests. */
export interface LoadDraft {
  pattern: LoadPattern;
  /** With target `invoke` (or none): invoked synchronously with its test event, as Invoke does. */
  functionId: string;
  /** Absent in saves from before load targets: a direct invoke. */
  target?: LoadTargetDraft;
}

export function defaultLoadDraft(functionId: string): LoadDraft {
  return { pattern: DEFAULT_LOAD_PATTERN, functionId };
}

/** How a web app runs: as an ECS service on Fargate, or as a Lambda Web Function. */
export type WebAppRunAs = 'fargate' | 'web-function';

/**
 * A web app: a `node:http` server program with its own files, run as an ECS service on Fargate
 * behind an ALB (docs/fargate.md). The task definition's settings and the service's counts are
 * kept as typed, checked when the app deploys it (service-drafts.ts).
 */
export interface ServiceDraft {
  /** Stable id; the service's name can change. */
  id: string;
  /** The ECS service's name; also the task definition's family. */
  name: string;
  files: Record<string, string>;
  activeFile: string;
  runAs: WebAppRunAs;
  /** CPU units (1024 = 1 vCPU) and memory in MiB: one of Fargate's valid pairs. */
  cpu: number;
  memory: number;
  cpuArchitecture: CpuArchitecture;
  containerPort: number;
  healthCheckPath: string;
  desiredCount: number;
  minCount: number;
  maxCount: number;
  /** As a Web Function (docs/web-functions.md): the revision's requests per environment, 1–128. */
  maxConcurrencyPerEnvironment: number;
  /** The endpoint's maxEnvironments: AWS's 2–10,000, the page's 2–10 (a worker each). */
  maxEnvironments: number;
  /** The revision's request timeout in seconds, 3–900. */
  timeoutSeconds: number;
}

export interface Workspace {
  functions: FunctionDraft[];
  selectedId: string;
  http: HttpTriggerConfig;
  schedules: ScheduleDraft[];
  buckets: BucketDraft[];
  topics: TopicDraft[];
  queues: QueueDraft[];
  load: LoadDraft;
  /**
   * EventBridge buses and their rules (the `default` bus is listed once it has rules). Optional:
   * absent in saves from before buses, and read as none.
   */
  eventBuses?: EventBusDraft[];
  /** DynamoDB tables. Optional: absent in saves from before tables, and read as none. */
  tables?: TableDraft[];
  /** Web apps. Optional: absent in saves from before services, and read as none. */
  services?: ServiceDraft[];
  /** The web app open in the editor instead of the selected function; absent or null: none. */
  selectedServiceId?: string | null;
}

/** Every request to one function, through an HTTP API's `$default` route. */
export function defaultHttpConfig(functionId: string): HttpTriggerConfig {
  return {
    front: 'http-api',
    routes: [{ routeKey: '$default', functionId }],
    urlFunctionId: functionId,
  };
}

/** The fields added since the first saves: a save may lack any of them. */
type AddedFields = 'http' | 'schedules' | 'buckets' | 'topics' | 'queues' | 'load';

/** What a save holds: saves from before triggers existed lack the added fields. */
export type SavedWorkspace = Omit<Workspace, AddedFields> & Partial<Pick<Workspace, AddedFields>>;

/**
 * A saved workspace brought up to date with the fields added since it was saved. The destinations
 * and event buses are decoded as untrusted input: a save may come from anywhere (an import, a
 * hand-edited backup), and what does not fit their shape is left out.
 */
export function completeWorkspace(saved: SavedWorkspace): Workspace {
  const services = decodeServices(saved.services);
  const selectedServiceId = saved.selectedServiceId;
  return {
    ...saved,
    functions: saved.functions.map((fn) => ({ ...fn, config: decodeAsyncTargets(fn.config) })),
    eventBuses: decodeEventBuses(saved.eventBuses),
    tables: decodeTables(saved.tables),
    services,
    selectedServiceId: services.some((app) => app.id === selectedServiceId)
      ? selectedServiceId
      : null,
    http: saved.http ?? defaultHttpConfig(saved.functions[0]!.id),
    schedules: saved.schedules ?? [],
    buckets: saved.buckets ?? [],
    topics: saved.topics ?? [],
    queues: saved.queues ?? [],
    load: saved.load ?? defaultLoadDraft(saved.functions[0]!.id),
  };
}

export const DEFAULT_HANDLER_SOURCE = `export const handler = async (event: { left: number; right: number }) => {
  console.log(event);
  return event.left + event.right;
};
`;

export const DEFAULT_TEST_EVENT = `{"left": 1, "right": 2}`;

/**
 * A new function on `runtime` (the playground's default, Node.js, when not given). A Python
 * function starts as the Lambda console creates one: `lambda_function.py` with its handler, and
 * the console's test event.
 */
export function createFunctionDraft(id: string, name: string, runtime?: Runtime): FunctionDraft {
  if (runtime !== undefined && isPython(runtime)) {
    return {
      id,
      config: defaultFunctionConfig(name, { runtime, handler: DEFAULT_HANDLER.python }),
      files: { [PYTHON_HANDLER_FILE]: PYTHON_HANDLER_SOURCE },
      activeFile: PYTHON_HANDLER_FILE,
      testEvent: CONSOLE_TEST_EVENT,
    };
  }
  return {
    id,
    config: defaultFunctionConfig(name, runtime && { runtime }),
    files: { 'index.ts': DEFAULT_HANDLER_SOURCE },
    activeFile: 'index.ts',
    testEvent: DEFAULT_TEST_EVENT,
  };
}

export function defaultWorkspace(): Workspace {
  const first = createFunctionDraft('fn-1', 'add-numbers');
  return {
    functions: [first],
    selectedId: first.id,
    http: defaultHttpConfig(first.id),
    schedules: [],
    buckets: [],
    topics: [],
    queues: [],
    load: defaultLoadDraft(first.id),
    eventBuses: [],
    tables: [],
    services: [],
    selectedServiceId: null,
  };
}
