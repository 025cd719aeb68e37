// Folds a batch of PlatformEvents into the session the UI shows. Pure: the same events always
// give the same session, so it is tested without a browser.
import type { InstanceState, LogEntry, PlatformEvent } from '../../../engine';
import { RECURSION_LIMIT, formatLogEntry } from '../../../engine';
import type { InstanceView, LogLine, SessionState } from './session-model';
import { ENDED_INSTANCES_KEPT, LIVE_STATES, LOG_LINES_KEPT } from './session-model';

let nextSeq = 1;

function toLogLine(entry: LogEntry): LogLine {
  if (entry.kind === 'app') {
    const { requestId, level } = entry.record;
    return { seq: nextSeq++, text: formatLogEntry(entry), requestId, level };
  }
  // Text: `START RequestId: <id> …`; JSON: a Telemetry API record's `"requestId":"<id>"`.
  const requestId = /RequestId: ([\w-]+)|"requestId":"([\w-]+)"/
    .exec(entry.text)
    ?.slice(1)
    .find(Boolean);
  return { seq: nextSeq++, text: entry.text, requestId, level: 'PLATFORM' };
}

/** Drops the oldest ended instances so the stage keeps only a short trail of ghosts. */
function pruneEnded(instances: Map<string, InstanceView>): void {
  const ended = [...instances.values()].filter((i) => !LIVE_STATES.has(i.state));
  if (ended.length <= ENDED_INSTANCES_KEPT) return;
  ended.sort((a, b) => a.since - b.since);
  for (const old of ended.slice(0, ended.length - ENDED_INSTANCES_KEPT)) instances.delete(old.id);
}

const QUIET_STATES: ReadonlySet<InstanceState> = new Set(['busy', 'idle']);

/** Init Duration as the REPORT line shows it: the modeled platform part (if any) plus the measured. */
export function initDurationOf(event: Extract<PlatformEvent, { type: 'init' }>): number {
  return event.outcome.initDurationMs + (event.platformInitMs ?? 0);
}

function announce(event: PlatformEvent, instance: InstanceView | undefined): string | null {
  // Busy and idle flip on every request: read aloud, they would drown the changes that matter.
  if (event.type === 'instance' && instance && !QUIET_STATES.has(event.state)) {
    const detail = event.reason ? ` (${event.reason.replace('-', ' ')})` : '';
    return `${event.functionName}: instance ${instance.id} ${event.state}${detail}`;
  }
  if (event.type === 'init' && event.outcome.ok) {
    const modeled =
      event.platformInitMs === undefined
        ? ''
        : ` (${event.platformInitMs.toFixed(0)} ms of it AWS platform time, modeled)`;
    return `${event.functionName}: cold start, init ${initDurationOf(event).toFixed(0)} ms${modeled}`;
  }
  if (event.type === 'throttle') return `${event.functionName}: request throttled (429)`;
  if (event.type === 'recursion-stopped') {
    return `${event.functionName}: recursive loop stopped (invocation not run)`;
  }
  return null;
}

/** What a source's stopped event became (docs/aws-services.md#recursive-loop-detection). */
function stoppedEventFate(source: string): string {
  if (source === 'lambda') return 'the synchronous Invoke failed with RecursiveInvocationException';
  if (source === 'aws:sqs') {
    return "the message went to the queue's dead-letter queue, or was dropped without one";
  }
  return 'the event went to the on-failure destination or dead-letter queue, or was dropped without one';
}

/**
 * The log view's note on a stopped invocation. CloudWatch has no line for it (the function did not
 * run; AWS counts it in the RecursiveInvocationsDropped metric and notifies the account), so the
 * note is marked as the playground's.
 */
export function recursionNote(
  event: Extract<PlatformEvent, { type: 'recursion-stopped' }>,
): string {
  const fate = stoppedEventFate(event.source);
  return `[playground] Lambda stopped an invocation of ${event.functionName} caused by request ${event.origin.requestId} of ${event.origin.functionName}: a recursive loop, since this chain of requests had already invoked the function ${RECURSION_LIMIT} times. The function did not run; ${fate}.`;
}

export function projectEvents(session: SessionState, events: PlatformEvent[]): SessionState {
  const instances = new Map(session.instances);
  const logs = new Map(session.logs);
  const results = new Map(session.results);
  let { throttles, recursions, hostWaits, background } = session;
  /** Adds or drops a background request id, copying the set once per batch. */
  const mark = (requestId: string, running: boolean) => {
    if (background === session.background) background = new Set(background);
    if (running) (background as Set<string>).add(requestId);
    else (background as Set<string>).delete(requestId);
  };
  let { totalUsd, requests, announcement } = session;
  const touchedLogs = new Set<string>();
  const logsOf = (name: string): LogLine[] => {
    let lines = logs.get(name);
    if (!touchedLogs.has(name) || lines === undefined) {
      lines = [...(lines ?? [])];
      logs.set(name, lines);
      touchedLogs.add(name);
    }
    return lines as LogLine[];
  };

  for (const event of events) {
    switch (event.type) {
      case 'instance': {
        const previous = instances.get(event.instanceId);
        instances.set(event.instanceId, {
          id: event.instanceId,
          functionName: event.functionName,
          version: event.version,
          state: event.state,
          since: event.time,
          invocations: previous?.invocations ?? 0,
          ...(previous?.initDurationMs !== undefined && {
            initDurationMs: previous.initDurationMs,
          }),
          ...(event.reason && { reason: event.reason }),
          ...(event.idleDeadline !== undefined && { idleDeadline: event.idleDeadline }),
          ...(event.provisioned && { provisioned: true }),
        });
        break;
      }
      case 'init': {
        const instance = instances.get(event.instanceId);
        if (instance) {
          instances.set(event.instanceId, { ...instance, initDurationMs: initDurationOf(event) });
        }
        break;
      }
      case 'invoke-start': {
        const instance = instances.get(event.instanceId);
        if (instance) {
          instances.set(event.instanceId, { ...instance, invocations: instance.invocations + 1 });
        }
        break;
      }
      case 'invoke-end': {
        totalUsd += event.cost.totalUsd;
        requests += 1;
        const cold = event.report.initDurationMs !== undefined;
        if (!background.has(event.requestId)) {
          results.set(event.functionName, { kind: 'invoked', cold, ...pick(event) });
        }
        const lines = logsOf(event.functionName);
        const at = lines.findLastIndex((l) => l.requestId === event.requestId && isReport(l));
        if (at >= 0) lines[at] = { ...lines[at]!, costUsd: event.cost.totalUsd };
        break;
      }
      case 'throttle':
        throttles = new Map(throttles).set(
          event.functionName,
          (throttles.get(event.functionName) ?? 0) + 1,
        );
        if (background.has(event.requestId)) break;
        results.set(event.functionName, {
          kind: 'throttled',
          requestId: event.requestId,
          error: event.error,
        });
        break;
      case 'log':
        logsOf(event.functionName).push(toLogLine(event.entry));
        break;
      case 'host-wait': {
        const waits = hostWaits.get(event.functionName);
        hostWaits = new Map(hostWaits).set(event.functionName, {
          waits: (waits?.waits ?? 0) + 1,
          longestMs: Math.max(waits?.longestMs ?? 0, event.waitedMs),
        });
        break;
      }
      case 'recursion-stopped':
        recursions = new Map(recursions).set(
          event.functionName,
          (recursions.get(event.functionName) ?? 0) + 1,
        );
        logsOf(event.functionName).push({
          seq: nextSeq++,
          text: recursionNote(event),
          requestId: undefined,
          level: 'PLATFORM',
        });
        break;
      case 'async-queued':
      case 'sqs-batch':
        mark(event.requestId, true);
        break;
      case 'async-succeeded':
      case 'async-failed':
      case 'sqs-batch-result':
        mark(event.requestId, false);
        break;
    }
    const said = announce(
      event,
      instances.get((event as { instanceId?: string }).instanceId ?? ''),
    );
    if (said) announcement = said;
  }
  for (const name of touchedLogs) {
    const lines = logs.get(name) ?? [];
    if (lines.length > LOG_LINES_KEPT) logs.set(name, lines.slice(lines.length - LOG_LINES_KEPT));
  }
  pruneEnded(instances);
  return {
    instances,
    logs,
    results,
    totalUsd,
    requests,
    throttles,
    recursions,
    hostWaits,
    background,
    announcement,
  };
}

function pick(event: Extract<PlatformEvent, { type: 'invoke-end' }>) {
  const { requestId, status, payload, report, cost } = event;
  return { requestId, status, payload, report, cost };
}

function isReport(line: LogLine): boolean {
  return (
    line.level === 'PLATFORM' &&
    (line.text.startsWith('REPORT ') || line.text.includes('"type":"platform.report"'))
  );
}
