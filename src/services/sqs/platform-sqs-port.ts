// The SQS API's port over a platform and its clock: queue figures from a snapshot, the engine's
// send, receive and delete, and long polling's wait on the engine's clock.
import type { Clock, Platform, PlatformEvent, TimerHandle } from '../../engine';
import { PLAYGROUND_ACCOUNT, PLAYGROUND_REGION } from '../platform-account';
import type { SqsPort, SqsQueueView } from './sqs-port';

type QueuePlatform = Pick<
  Platform,
  'snapshot' | 'listMessages' | 'sendMessage' | 'receiveMessages' | 'deleteMessage' | 'subscribe'
>;

/** Whether the event may have made a message receivable on the queue. */
function feeds(event: PlatformEvent, queue: string): boolean {
  switch (event.type) {
    case 'sqs-sent':
      return event.queueName === queue;
    case 'sqs-moved':
      return event.toQueue === queue;
    case 'resource':
      // Deleted (the waiting receive then answers QueueDoesNotExist) or created afresh.
      return event.kind === 'queue' && event.name === queue;
    default:
      return false;
  }
}

export function platformSqsPort(platform: QueuePlatform, clock: Clock): SqsPort {
  /** When the next hidden message (in flight or delayed) becomes visible; Infinity if none. */
  function nextVisibleAt(queue: string): number {
    try {
      const hidden = platform.listMessages(queue).filter((m) => m.state === 'in-flight');
      return Math.min(Infinity, ...hidden.map((m) => m.visibleAt));
    } catch {
      return clock.now();
    }
  }

  return {
    account: PLAYGROUND_ACCOUNT,
    region: PLAYGROUND_REGION,
    queue(name): SqsQueueView | null {
      const snapshot = platform.snapshot().queues.find((queue) => queue.name === name);
      if (snapshot === undefined) return null;
      // A delayed message is hidden without having been received.
      const delayed = platform
        .listMessages(name)
        .filter((m) => m.state === 'in-flight' && m.receiveCount === 0).length;
      return {
        name,
        fifo: snapshot.fifo,
        visibilityTimeoutSec: snapshot.visibilityTimeoutSec,
        maxReceiveCount: snapshot.maxReceiveCount,
        deadLetterQueue: snapshot.deadLetterQueue,
        visible: snapshot.visible,
        inFlight: snapshot.inFlight - delayed,
        delayed,
      };
    },
    send: (queue, input, origin) => platform.sendMessage(queue, input, origin),
    receive: (queue, options) => platform.receiveMessages(queue, options),
    delete: (queue, handle) => platform.deleteMessage(queue, handle),
    now: () => clock.now(),
    waitForMessages(queue, untilMs) {
      return new Promise<void>((resolve) => {
        const timers: TimerHandle[] = [];
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          unsubscribe();
          for (const timer of timers) clock.clearTimer(timer);
          resolve();
        };
        // Answered once the moment's own work is done (after the event is reported), so the
        // receive does not run inside the platform's event delivery.
        const unsubscribe = platform.subscribe((event) => {
          if (feeds(event, queue)) timers.push(clock.setTimer(0, finish));
        });
        const wakeAt = Math.min(untilMs, nextVisibleAt(queue));
        timers.push(clock.setTimer(Math.max(0, wakeAt - clock.now()), finish));
      });
    },
  };
}
