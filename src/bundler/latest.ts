// Newest edit wins, as on esbuild's Try page: per key one job runs and at most one
// waits; a newer request takes the waiting one's place, and that one settles as superseded.
import type { Superseded } from './types';

export const SUPERSEDED: Superseded = Object.freeze({ superseded: true });

export function isSuperseded(outcome: object): outcome is Superseded {
  return 'superseded' in outcome;
}

interface Job<Request, Result> {
  request: Request;
  settle: (outcome: Result | Superseded) => void;
  fail: (error: unknown) => void;
}

/** Wraps `run` so that jobs with the same key run one at a time and only the newest waits. */
export function latestWins<Request, Result>(run: (request: Request) => Promise<Result>) {
  // A key is present while its lane is busy; its value is the job waiting behind the running one.
  const waiting = new Map<string, Job<Request, Result> | null>();

  function start(key: string, job: Job<Request, Result>): void {
    waiting.set(key, null);
    new Promise<Result>((resolve) => resolve(run(job.request)))
      .then(job.settle, job.fail)
      .finally(() => {
        const next = waiting.get(key);
        if (next) start(key, next);
        else waiting.delete(key);
      });
  }

  return (key: string, request: Request): Promise<Result | Superseded> =>
    new Promise((settle, fail) => {
      const job = { request, settle, fail };
      if (waiting.has(key)) {
        waiting.get(key)?.settle(SUPERSEDED);
        waiting.set(key, job);
      } else {
        start(key, job);
      }
    });
}
