// What the SNS API needs of the platform: its topics and their subscriptions, and Publish with the
// same fan-out as the Pub/Sub tab's (one async invoke per subscription).
import type { PublishInput, ServiceCaller } from '../../engine';

export interface SnsTopicView {
  name: string;
  /** In the order subscribed; `id` is the last part of the subscription's ARN. */
  subscriptions: ReadonlyArray<{ id: string; functionName: string }>;
}

export interface SnsPort {
  /** Where the platform's topics live (their ARNs' account and region). */
  readonly account: string;
  readonly region: string;
  /** In the order created. */
  topics(): readonly SnsTopicView[];
  /** Returns the message id; throws the engine's ApiError when the topic is gone. */
  publish(topic: string, message: PublishInput, origin: ServiceCaller): string;
}
