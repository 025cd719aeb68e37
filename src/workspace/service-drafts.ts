// A workspace's web apps: a new one with its starter server, what ECS would refuse in its
// settings, the engine's task definition made from it, and reading web apps back from a save or a
// link as untrusted data (only what has the right shape is kept, field by field; ids keyed with
// Maps; the list capped).
import type { CpuArchitecture, TaskDefinitionInput } from '../engine';
import {
  ApiError,
  FARGATE_TASK_SIZES,
  MAX_CONCURRENCY_RANGE,
  MAX_ENVIRONMENTS_RANGE,
  registerTaskDefinition,
  revisionProblem,
  WEB_TIMEOUT_SECONDS_RANGE,
  webFunctionNameProblem,
} from '../engine';
import type { ServiceDraft, WebAppRunAs } from './model';
import { field, text, integer, decodeNamed } from './untrusted';

/** The file the container's command runs (`node server.js`). */
export const SERVICE_ENTRY_FILE = 'server.js';
/** The handler string the bundler is given: it names the entry module, `server`. */
export const SERVICE_BUILD_HANDLER = 'server.handler';
/** The container the task definition names; its log stream is `ecs/web/<task id>`. */
export const SERVICE_CONTAINER_NAME = 'web';
/** More web apps than a page can run make no sense; a link may claim any number. */
const MAX_SERVICES = 20;
/** ECS: a service runs at most this many tasks here, a worker each (the page's limit, not AWS's). */
export const MAX_TASKS = 10;
/** A Web Function's environments here, a worker each (the page's limit; AWS's is 10,000). */
export const MAX_ENVIRONMENTS = 10;

export const SERVICE_STARTER_SOURCE = `// A web app: a plain Node.js HTTP server. As an ECS task on Fargate it listens on PORT (the
// container port); as a Lambda Web Function, on AWS_LAMBDA_HTTP_ENDPOINT. The same code runs as both.
const http = require('node:http');

const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT
  ? process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':')
  : ['0.0.0.0', process.env.PORT ?? '8080'];

let served = 0;

const server = http.createServer((req, res) => {
  served += 1;
  console.log(req.method, req.url);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message: 'Hello from the web app', path: req.url, served }));
});

server.listen(Number(port), host, () => console.log(\`listening on \${host}:\${port}\`));

// ECS sends SIGTERM before it stops a task: finish what is in flight, then exit.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

export const RUN_AS_OPTIONS: ReadonlyArray<{ value: WebAppRunAs; label: string }> = [
  { value: 'web-function', label: 'Lambda Web Function' },
  { value: 'fargate', label: 'Fargate service' },
];

export function createServiceDraft(id: string, name: string): ServiceDraft {
  return {
    id,
    name,
    files: { [SERVICE_ENTRY_FILE]: SERVICE_STARTER_SOURCE },
    activeFile: SERVICE_ENTRY_FILE,
    runAs: 'fargate',
    cpu: 256,
    memory: 512,
    cpuArchitecture: 'X86_64',
    containerPort: 8080,
    healthCheckPath: '/',
    desiredCount: 1,
    minCount: 1,
    maxCount: 4,
    maxConcurrencyPerEnvironment: MAX_CONCURRENCY_RANGE.default,
    maxEnvironments: MAX_ENVIRONMENTS,
    timeoutSeconds: WEB_TIMEOUT_SECONDS_RANGE.default,
  };
}

/** The first `svc-<n>` id and `web-app-<n>` name the workspace does not use. */
export function newServiceDraft(services: readonly ServiceDraft[]): ServiceDraft {
  const ids = new Set(services.map((app) => app.id));
  const names = new Set(services.map((app) => app.name));
  let n = services.length + 1;
  while (ids.has(`svc-${n}`) || names.has(`web-app-${n}`)) n += 1;
  return createServiceDraft(`svc-${n}`, `web-app-${n}`);
}

export function taskDefinitionInputOf(app: ServiceDraft): TaskDefinitionInput {
  return {
    family: app.name,
    cpu: app.cpu,
    memory: app.memory,
    cpuArchitecture: app.cpuArchitecture,
    containerName: SERVICE_CONTAINER_NAME,
    containerPort: app.containerPort,
    environment: new Map(),
    healthCheckPath: app.healthCheckPath,
  };
}

/**
 * What AWS would refuse in the web app's settings for the way it runs (ECS: RegisterTaskDefinition's
 * message or the service's counts; a Web Function: its name, revision and endpoint), or null.
 * `others`: the workspace's other web apps, whose names are taken.
 */
export function serviceProblem(
  app: ServiceDraft,
  others: readonly ServiceDraft[] = [],
): string | null {
  if (others.some((other) => other.id !== app.id && other.name === app.name)) {
    return `Another web app is already named ${app.name}.`;
  }
  return app.runAs === 'web-function' ? webFunctionProblem(app) : fargateProblem(app);
}

/** What the lambda-web API would refuse in the web app's Web Function settings, or null. */
function webFunctionProblem(app: ServiceDraft): string | null {
  const name = webFunctionNameProblem('function', app.name);
  if (name !== null) return name;
  const revision = revisionProblem({
    maxConcurrencyPerEnvironment: app.maxConcurrencyPerEnvironment,
    timeoutSeconds: app.timeoutSeconds,
    environmentVariables: new Map(),
  });
  if (revision !== null) return revision;
  const { min } = MAX_ENVIRONMENTS_RANGE;
  if (
    !Number.isInteger(app.maxEnvironments) ||
    app.maxEnvironments < min ||
    app.maxEnvironments > MAX_ENVIRONMENTS
  ) {
    return `Maximum environments must be a whole number from ${min} to ${MAX_ENVIRONMENTS} here (AWS allows up to ${MAX_ENVIRONMENTS_RANGE.max.toLocaleString('en-US')}; each is a worker in this page).`;
  }
  return null;
}

/** What ECS would refuse in the web app's task definition and service counts, or null. */
function fargateProblem(app: ServiceDraft): string | null {
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(app.name)) {
    return 'The service name may hold up to 255 letters, numbers, hyphens and underscores.';
  }
  try {
    registerTaskDefinition(taskDefinitionInputOf(app));
  } catch (error) {
    if (error instanceof ApiError) return `ClientException: ${error.message}`;
    throw error;
  }
  const counts: Array<[string, number]> = [
    ['Desired tasks', app.desiredCount],
    ['Minimum tasks', app.minCount],
    ['Maximum tasks', app.maxCount],
  ];
  for (const [label, value] of counts) {
    if (!Number.isInteger(value) || value < 0 || value > MAX_TASKS) {
      return `${label} must be a whole number from 0 to ${MAX_TASKS}.`;
    }
  }
  if (app.minCount > app.maxCount) return 'Minimum tasks must not exceed Maximum tasks.';
  if (app.desiredCount < app.minCount || app.desiredCount > app.maxCount) {
    return 'Desired tasks must be between Minimum tasks and Maximum tasks.';
  }
  return null;
}

/** The memory choices (MiB) Fargate offers with `cpu` units; none for a CPU value it lacks. */
export function memoryChoices(cpu: number): readonly number[] {
  return FARGATE_TASK_SIZES.get(cpu) ?? [];
}

// ───────────── reading untrusted saves ─────────────

function files(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const kept = new Map<string, string>();
  for (const [path, content] of Object.entries(value)) {
    if (typeof content === 'string') kept.set(path, content);
  }
  return kept.size > 0 ? Object.fromEntries(kept) : null;
}

const RUN_AS: ReadonlySet<string> = new Set(RUN_AS_OPTIONS.map((option) => option.value));
const ARCHITECTURES: ReadonlySet<string> = new Set<CpuArchitecture>(['X86_64', 'ARM64']);

function service(value: unknown): ServiceDraft | null {
  const id = text(value, 'id');
  const name = text(value, 'name');
  const saved = files(field(value, 'files'));
  if (id === undefined || name === undefined || saved === null) return null;
  const defaults = createServiceDraft(id, name);
  const activeFile = text(value, 'activeFile');
  const runAs = text(value, 'runAs');
  const architecture = text(value, 'cpuArchitecture');
  return {
    id,
    name,
    files: saved,
    activeFile:
      activeFile !== undefined && Object.hasOwn(saved, activeFile)
        ? activeFile
        : Object.keys(saved)[0]!,
    runAs: runAs !== undefined && RUN_AS.has(runAs) ? (runAs as WebAppRunAs) : defaults.runAs,
    cpu: integer(value, 'cpu', defaults.cpu),
    memory: integer(value, 'memory', defaults.memory),
    cpuArchitecture:
      architecture !== undefined && ARCHITECTURES.has(architecture)
        ? (architecture as CpuArchitecture)
        : defaults.cpuArchitecture,
    containerPort: integer(value, 'containerPort', defaults.containerPort),
    healthCheckPath: text(value, 'healthCheckPath') ?? defaults.healthCheckPath,
    desiredCount: integer(value, 'desiredCount', defaults.desiredCount),
    minCount: integer(value, 'minCount', defaults.minCount),
    maxCount: integer(value, 'maxCount', defaults.maxCount),
    maxConcurrencyPerEnvironment: integer(
      value,
      'maxConcurrencyPerEnvironment',
      defaults.maxConcurrencyPerEnvironment,
    ),
    maxEnvironments: integer(value, 'maxEnvironments', defaults.maxEnvironments),
    timeoutSeconds: integer(value, 'timeoutSeconds', defaults.timeoutSeconds),
  };
}

/** The web apps of a save or link that have a web app's shape; ids and names unique, first kept. */
export function decodeServices(value: unknown): ServiceDraft[] {
  return decodeNamed(value, MAX_SERVICES, service);
}
