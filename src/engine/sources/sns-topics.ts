// SNS topics: subscribe functions, publish, and fan out — one async invoke per subscription, each
// with its own SNS event, so Lambda's async retries apply to every subscriber
// (docs/aws-lambda.md#sns).
import { enqueueAsync } from '../async/async-invoke';
import type { EngineContext } from '../context';
import type { ServiceCaller } from '../services/service-calls';
import { ApiError, invalidParameter, ResourceNotFoundError } from '../errors';
import type { SourceDelivery } from './source-events';
import { emitResource, emitSource, requireShapes } from './source-support';
import type { PublishInput, TopicSnapshot } from './source-types';
import { topicNameProblem } from './validate-sources';

// SNS Publish: a message up to 256 KB; a subject up to 100 characters on one line.
const MAX_MESSAGE_BYTES = 262_144;
const MAX_SUBJECT_LENGTH = 100;

function requireTopic(ctx: EngineContext, name: string) {
  const topic = ctx.topics.get(name);
  if (topic !== undefined) return topic;
  throw new ApiError('NotFoundException', 404, `Topic does not exist: ${name}`);
}

/** Creating a topic that exists does nothing, as CreateTopic does. */
export function createTopic(ctx: EngineContext, name: string): void {
  const problem = topicNameProblem(name);
  if (problem !== null) throw invalidParameter(problem);
  if (ctx.topics.has(name)) return;
  ctx.topics.set(name, { name, subscriptions: new Map() });
  emitResource(ctx, 'topic', name, 'created');
}

export function deleteTopic(ctx: EngineContext, name: string): void {
  const topic = requireTopic(ctx, name);
  ctx.topics.delete(name);
  const count = topic.subscriptions.size;
  emitResource(
    ctx,
    'topic',
    name,
    'deleted',
    count ? `${count} subscription(s) removed` : undefined,
  );
}

export function subscribe(ctx: EngineContext, topicName: string, functionName: string): string {
  const topic = requireTopic(ctx, topicName);
  if (!ctx.functions.has(functionName)) throw new ResourceNotFoundError(functionName);
  const id = ctx.ids.uuid();
  topic.subscriptions.set(id, functionName);
  emitResource(ctx, 'subscription', id, 'created', `${topicName} → ${functionName}`);
  return id;
}

export function unsubscribe(ctx: EngineContext, subscriptionId: string): void {
  for (const topic of ctx.topics.values()) {
    if (topic.subscriptions.delete(subscriptionId)) {
      emitResource(ctx, 'subscription', subscriptionId, 'deleted');
      return;
    }
  }
  throw new ApiError('NotFoundException', 404, `Subscription does not exist: ${subscriptionId}`);
}

function publishProblem(input: PublishInput): string | null {
  if (input.message.length === 0) return 'A message must not be empty.';
  if (new TextEncoder().encode(input.message).length > MAX_MESSAGE_BYTES) {
    return 'A message may be at most 256 KB.';
  }
  const { subject } = input;
  if (subject !== undefined && (subject.length > MAX_SUBJECT_LENGTH || /[\r\n]/.test(subject))) {
    return 'A subject is at most 100 characters, on one line.';
  }
  return null;
}

/**
 * Returns the message id. A topic without subscribers accepts the message and delivers it nowhere.
 * `origin` is the handler whose SDK call published it.
 */
export function publish(
  ctx: EngineContext,
  topicName: string,
  input: PublishInput,
  origin: ServiceCaller | null = null,
): string {
  const topic = requireTopic(ctx, topicName);
  const shapes = requireShapes(ctx);
  const problem = publishProblem(input);
  if (problem !== null) throw invalidParameter(problem);
  const messageId = ctx.ids.uuid();
  const message = {
    topicName,
    messageId,
    message: input.message,
    subject: input.subject ?? null,
    attributes: { ...input.attributes },
    publishedAt: ctx.clock.now(),
  };
  const deliveries: Array<SourceDelivery & { subscriptionId: string }> = [];
  for (const [subscriptionId, functionName] of topic.subscriptions) {
    deliveries.push({ subscriptionId, functionName, requestId: ctx.ids.requestId() });
  }
  emitSource(ctx, {
    type: 'sns-published',
    topicName,
    messageId,
    deliveries,
    ...(origin !== null && { origin }),
  });
  for (const { subscriptionId, functionName, requestId } of deliveries) {
    const eventJson = shapes.snsEvent(message, subscriptionId);
    enqueueAsync(ctx, functionName, eventJson, 'aws:sns', requestId, origin ?? undefined);
  }
  return messageId;
}

export function topicSnapshots(ctx: EngineContext): TopicSnapshot[] {
  return [...ctx.topics.values()].map((topic) => ({
    name: topic.name,
    subscriptions: [...topic.subscriptions].map(([id, functionName]) => ({ id, functionName })),
  }));
}
