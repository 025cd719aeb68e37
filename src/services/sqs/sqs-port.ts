// What the SQS API needs of the platform: its queues, and the same send, receive and delete its
// event source mappings and the Pub/Sub tab use, plus a wait on the engine's clock for long polling.
import type {
  DeleteOutcome,
  ReceiveOptions,
  SendMessageInput,
  ServiceCaller,
  SqsRecordInput,
} from '../../engine';

export interface SqsQueueView {
  name: string;
  fifo: boolean;
  visibilityTimeoutSec: number;
  maxReceiveCount: number | null;
  deadLetterQueue: string | null;
  /** Receivable now. */
  visible: number;
  /** Received and not yet visible again. */
  inFlight: number;
  /** Sent with a delay that has not ended. */
  delayed: number;
}

export interface SqsPort {
  /** Where the platform's queues live (their URLs' account and region). */
  readonly account: string;
  readonly region: string;
  queue(name: string): SqsQueueView | null;
  /** Returns the message id; throws the engine's ApiError when refused. */
  send(queue: string, input: SendMessageInput, origin: ServiceCaller): string;
  receive(queue: string, options: ReceiveOptions): SqsRecordInput[];
  delete(queue: string, receiptHandle: string): DeleteOutcome;
  /** Engine time, ms. */
  now(): number;
  /**
   * Resolves once a message may have become receivable on the queue (sent, moved in, visible
   * again) or at `untilMs` of engine time, whichever is first.
   */
  waitForMessages(queue: string, untilMs: number): Promise<void>;
}
