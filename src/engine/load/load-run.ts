// Plays a load test's arrivals on the platform's clock: each arrival sends one request, and every
// outcome is counted, so the learner sees how many succeeded, failed or were throttled.
import type { Clock, InvokeResult, TimerHandle } from '../types';

export type LoadOutcome = 'ok' | 'error' | 'throttled';

export interface LoadProgress {
  total: number;
  sent: number;
  inFlight: number;
  ok: number;
  errors: number;
  throttled: number;
  /** Clock time the run started. */
  startedAt: number;
  /** Every arrival was sent (or the run was stopped) and every answer is in. */
  finished: boolean;
  stopped: boolean;
}

export interface LoadRun {
  progress(): LoadProgress;
  /** Sends nothing more; requests already sent still finish and are counted. */
  stop(): void;
}

export interface LoadRunOptions {
  clock: Clock;
  /** Ms after the start, ascending (see loadArrivals). */
  arrivals: readonly number[];
  /** Sends the request of arrival `index` (0-based, in order); a rejection counts as an error. */
  send: (index: number) => Promise<LoadOutcome>;
  /** Called after every change; read progress() there. */
  onChange: () => void;
}

const OUTCOME_FIELD = { ok: 'ok', error: 'errors', throttled: 'throttled' } as const;

export function startLoadRun({ clock, arrivals, send, onChange }: LoadRunOptions): LoadRun {
  const state: LoadProgress = {
    total: arrivals.length,
    sent: 0,
    inFlight: 0,
    ok: 0,
    errors: 0,
    throttled: 0,
    startedAt: clock.now(),
    finished: false,
    stopped: false,
  };
  let timer: TimerHandle | null = null;

  const settle = (outcome: LoadOutcome) => {
    state.inFlight -= 1;
    state[OUTCOME_FIELD[outcome]] += 1;
    state.finished = state.inFlight === 0 && (state.stopped || state.sent === state.total);
    onChange();
  };

  // Every arrival already due goes out now: when timers fire late (a busy page, a high speed),
  // the requests bunch up rather than silently go missing.
  const tick = () => {
    timer = null;
    const now = clock.now();
    while (state.sent < state.total && state.startedAt + arrivals[state.sent]! <= now) {
      const index = state.sent;
      state.sent += 1;
      state.inFlight += 1;
      send(index).then(settle, () => settle('error'));
    }
    if (state.sent < state.total) {
      timer = clock.setTimer(state.startedAt + arrivals[state.sent]! - now, tick);
    }
    state.finished = state.inFlight === 0 && state.sent === state.total;
    onChange();
  };

  tick();
  return {
    progress: () => ({ ...state }),
    stop() {
      if (state.stopped || state.finished) return;
      if (timer !== null) clock.clearTimer(timer);
      timer = null;
      state.stopped = true;
      state.finished = state.inFlight === 0;
      onChange();
    },
  };
}

/** How a load test counts an invoke's answer: a throttle, a success, or any kind of failure. */
export function loadOutcomeOf(result: InvokeResult): LoadOutcome {
  if (result.status === 'throttled') return 'throttled';
  return result.status === 'ok' ? 'ok' : 'error';
}
