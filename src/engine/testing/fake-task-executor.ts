// A scriptable TaskExecutor for tests: each task listens, answers and burns CPU when a test says.
import type { Clock } from '../types';
import type {
  HttpRequestSpec,
  TargetOutcome,
  TaskExecutor,
  TaskProgramSpec,
} from '../ecs/task-executor';

export interface FakeAnswer {
  status?: number;
  body?: string;
  /** Simulated ms until the response; default 0. */
  delayMs?: number;
  /** CPU ms the request costs the task, counted when it answers; default 0. */
  busyMs?: number;
  /** The program crashes while handling it (before answering). */
  crash?: boolean;
}

export interface FakeProgram {
  /** ms after start until the server listens; null: it never does. Default 0. */
  listenAfterMs?: number | null;
  /** The program throws at top level this long after start (before or after listening). */
  crashAfterMs?: number;
  /** ms the program takes to exit after SIGTERM; null: it ignores SIGTERM. Default 0. */
  exitOnSigtermAfterMs?: number | null;
  answer?: (request: HttpRequestSpec, taskId: string) => FakeAnswer;
}

interface FakeTask {
  spec: TaskProgramSpec;
  listening: boolean;
  alive: boolean;
  busy: number;
  pending: Set<(outcome: TargetOutcome) => void>;
}

export interface FakeTaskExecutor extends TaskExecutor {
  program: FakeProgram;
  readonly started: string[];
  readonly signals: Array<{ taskId: string; signal: string }>;
  /** Adds CPU time to a task, as a worker's busy-time report would. */
  burn(taskId: string, ms: number): void;
  /** The program exits now (e.g. process.exit(1)). */
  crash(taskId: string, exitCode?: number): void;
  requestsTo(taskId: string): number;
}

export function createFakeTaskExecutor(clock: Clock, program: FakeProgram = {}): FakeTaskExecutor {
  const tasks = new Map<string, FakeTask>();
  const counts = new Map<string, number>();
  const started: string[] = [];
  const signals: FakeTaskExecutor['signals'] = [];
  const fake: FakeTaskExecutor = {
    program,
    started,
    signals,
    startTask(spec) {
      const task: FakeTask = { spec, listening: false, alive: true, busy: 0, pending: new Set() };
      tasks.set(spec.taskId, task);
      started.push(spec.taskId);
      spec.onLog(`starting ${spec.taskId}`);
      const listenAfter = fake.program.listenAfterMs === undefined ? 0 : fake.program.listenAfterMs;
      const listen = () => {
        if (!task.alive) return;
        task.listening = true;
        spec.onListening();
      };
      if (listenAfter === 0) listen();
      else if (listenAfter !== null) clock.setTimer(listenAfter, listen);
      const crashAfter = fake.program.crashAfterMs;
      if (crashAfter !== undefined) {
        if (crashAfter === 0) fake.crash(spec.taskId);
        else clock.setTimer(crashAfter, () => fake.crash(spec.taskId));
      }
    },
    request(taskId, request) {
      const task = tasks.get(taskId);
      if (request.path !== task?.spec.definition.healthCheckPath || request.method !== 'GET') {
        counts.set(taskId, (counts.get(taskId) ?? 0) + 1);
      }
      if (task === undefined || !task.alive || !task.listening) {
        return Promise.resolve({ kind: 'refused' });
      }
      const answer: FakeAnswer = fake.program.answer?.(request, taskId) ?? {};
      return new Promise<TargetOutcome>((resolve) => {
        const settle = (outcome: TargetOutcome) => {
          if (task.pending.delete(settle)) resolve(outcome);
        };
        task.pending.add(settle);
        const respond = () => {
          if (!task.alive) return;
          if (answer.crash === true) {
            fake.crash(taskId);
            return;
          }
          task.busy += answer.busyMs ?? 0;
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
    },
    busyMs: (taskId) => tasks.get(taskId)?.busy ?? 0,
    signal(taskId, signal) {
      signals.push({ taskId, signal });
      const task = tasks.get(taskId);
      if (task === undefined || !task.alive) return;
      if (signal === 'SIGKILL') {
        end(task);
        return;
      }
      const after =
        fake.program.exitOnSigtermAfterMs === undefined ? 0 : fake.program.exitOnSigtermAfterMs;
      if (after === null) return;
      const exit = () => {
        if (!task.alive) return;
        end(task);
        task.spec.onExit({ exitCode: 0, message: 'exited on SIGTERM' });
      };
      if (after === 0) exit();
      else clock.setTimer(after, exit);
    },
    burn(taskId, ms) {
      const task = tasks.get(taskId);
      if (task !== undefined) task.busy += ms;
    },
    crash(taskId, exitCode = 1) {
      const task = tasks.get(taskId);
      if (task === undefined || !task.alive) return;
      end(task);
      task.spec.onExit({ exitCode, message: 'Uncaught exception' });
    },
    requestsTo: (taskId) => counts.get(taskId) ?? 0,
  };

  function end(task: FakeTask): void {
    task.alive = false;
    for (const settle of [...task.pending]) settle({ kind: 'reset' });
  }

  return fake;
}
