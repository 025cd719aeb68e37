// A scriptable WebFunctionExecutor for tests: each environment's program listens, answers, burns
// CPU and crashes when a test says.
import type { HttpRequestSpec, TargetOutcome } from '../ecs/task-executor';
import type { Clock } from '../types';
import type {
  WebEnvironmentSpec,
  WebExchange,
  WebFunctionExecutor,
} from '../web-functions/web-program-port';

export interface FakeWebAnswer {
  status?: number;
  body?: string;
  /** Simulated ms until the response; default 0. */
  delayMs?: number;
  /** CPU ms the request costs, counted when it answers; default 0. */
  busyMs?: number;
  /** The program crashes while handling it (before answering). */
  crash?: boolean;
  /** The program destroys the socket instead of answering; the process lives on. */
  reset?: boolean;
  /** A console.log line it writes for the request (attributed to it, as Lambda does). */
  log?: string;
}

export interface FakeWebProgram {
  /** ms after the process starts until its server listens; null: it never does. Default 0. */
  listenAfterMs?: number | null;
  /** Where it listens; default the address in AWS_LAMBDA_HTTP_ENDPOINT. */
  listenOn?: { host: string; port: number };
  /** The process throws at top level this long after it starts. */
  crashAfterMs?: number;
  /** ms it takes to exit after SIGTERM; null: it ignores SIGTERM. Default 0. */
  exitOnSigtermAfterMs?: number | null;
  /** A line it logs at module load (no request id). */
  startupLog?: string;
  answer?: (request: HttpRequestSpec, environmentId: string) => FakeWebAnswer;
}

interface FakeEnvironment {
  spec: WebEnvironmentSpec;
  alive: boolean;
  listening: boolean;
  busy: number;
  pending: Set<(outcome: TargetOutcome) => void>;
}

export interface FakeWebExecutor extends WebFunctionExecutor {
  program: FakeWebProgram;
  /** Environment ids in the order their processes started. */
  readonly started: string[];
  readonly signals: Array<{ environmentId: string; signal: string }>;
  /** Requests the program received, with the headers Lambda forwarded. */
  readonly received: Array<{ environmentId: string; request: HttpRequestSpec }>;
  /** Requests the platform gave up on (request timeouts). */
  readonly cancelled: string[];
  /** CPU time the program spends outside any request (background work: no freeze). */
  burn(environmentId: string, ms: number): void;
  /** The process exits now (e.g. process.exit(1)). */
  crash(environmentId: string, exitCode?: number): void;
  specOf(environmentId: string): WebEnvironmentSpec | undefined;
}

export function createFakeWebExecutor(clock: Clock, program: FakeWebProgram = {}): FakeWebExecutor {
  const environments = new Map<string, FakeEnvironment>();
  const fake: FakeWebExecutor = {
    program,
    started: [],
    signals: [],
    received: [],
    cancelled: [],
    startEnvironment(spec) {
      const environment: FakeEnvironment = {
        spec,
        alive: true,
        listening: false,
        busy: 0,
        pending: new Set(),
      };
      environments.set(spec.environmentId, environment);
      fake.started.push(spec.environmentId);
      if (fake.program.startupLog !== undefined) {
        spec.onLog({ level: 'INFO', message: fake.program.startupLog });
      }
      const [host = '', port = ''] = (spec.environment.get('AWS_LAMBDA_HTTP_ENDPOINT') ?? '').split(
        ':',
      );
      const address = fake.program.listenOn ?? { host, port: Number(port) };
      const listen = () => {
        if (!environment.alive) return;
        environment.listening = true;
        spec.onListening(address);
      };
      const after = fake.program.listenAfterMs === undefined ? 0 : fake.program.listenAfterMs;
      if (after === 0) listen();
      else if (after !== null) clock.setTimer(after, listen);
      const crashAfter = fake.program.crashAfterMs;
      if (crashAfter !== undefined)
        clock.setTimer(crashAfter, () => fake.crash(spec.environmentId));
    },
    request(environmentId, request): WebExchange {
      fake.received.push({ environmentId, request });
      const environment = environments.get(environmentId);
      if (environment === undefined || !environment.alive || !environment.listening) {
        return { outcome: Promise.resolve({ kind: 'refused' }), cancel: () => {} };
      }
      const answer: FakeWebAnswer = fake.program.answer?.(request, environmentId) ?? {};
      if (answer.log !== undefined) {
        const requestId = request.headers.get('lambda-web-request-id');
        environment.spec.onLog({ level: 'INFO', message: answer.log, requestId });
      }
      let settle: (outcome: TargetOutcome) => void = () => {};
      const outcome = new Promise<TargetOutcome>((resolve) => {
        settle = (result) => {
          if (environment.pending.delete(settle)) resolve(result);
        };
        environment.pending.add(settle);
        const respond = () => {
          if (!environment.alive) return;
          if (answer.crash === true) {
            fake.crash(environmentId);
            return;
          }
          environment.busy += answer.busyMs ?? 0;
          if (answer.reset === true) {
            settle({ kind: 'reset' });
            return;
          }
          settle({
            kind: 'response',
            status: answer.status ?? 200,
            headers: new Map([['content-type', 'text/plain']]),
            body: answer.body ?? 'ok',
          });
        };
        if (answer.delayMs) clock.setTimer(answer.delayMs, respond);
        else respond();
      });
      return {
        outcome,
        cancel: () => {
          fake.cancelled.push(request.headers.get('lambda-web-request-id') ?? '');
          settle({ kind: 'reset' });
        },
      };
    },
    busyMs: (environmentId) => environments.get(environmentId)?.busy ?? 0,
    signal(environmentId, signal) {
      fake.signals.push({ environmentId, signal });
      const environment = environments.get(environmentId);
      if (environment === undefined || !environment.alive) return;
      if (signal === 'SIGKILL') {
        end(environment);
        return;
      }
      const after =
        fake.program.exitOnSigtermAfterMs === undefined ? 0 : fake.program.exitOnSigtermAfterMs;
      if (after === null) return;
      const exit = () => {
        if (!environment.alive) return;
        end(environment);
        environment.spec.onExit({ exitCode: 0, message: 'exited on SIGTERM' });
      };
      if (after === 0) exit();
      else clock.setTimer(after, exit);
    },
    burn(environmentId, ms) {
      const environment = environments.get(environmentId);
      if (environment?.alive === true) environment.busy += ms;
    },
    crash(environmentId, exitCode = 1) {
      const environment = environments.get(environmentId);
      if (environment === undefined || !environment.alive) return;
      end(environment);
      environment.spec.onExit({ exitCode, message: 'Uncaught exception' });
    },
    specOf: (environmentId) => environments.get(environmentId)?.spec,
  };

  function end(environment: FakeEnvironment): void {
    environment.alive = false;
    environment.listening = false;
    for (const settle of [...environment.pending]) settle({ kind: 'reset' });
  }

  return fake;
}
