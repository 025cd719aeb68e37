// The async queue and event sources as the Platform offers them, and their part of the snapshot.
import { asyncQueueSnapshots, invokeAsync } from '../async/async-invoke';
import type { EngineContext } from '../context';
import {
  createEventBus,
  deleteEventBus,
  deleteEventRule,
  eventBusSnapshots,
  putEventRule,
  putEvents,
} from './event-buses';
import { bucketNotifications, notifyS3Change, putBucketNotification } from './s3-notifications';
import { deleteScheduleRule, putScheduleRule, scheduleRuleSnapshots } from './schedules';
import {
  createTopic,
  deleteTopic,
  publish,
  subscribe,
  topicSnapshots,
  unsubscribe,
} from './sns-topics';
import type { EventSourcesApi, SourcesSnapshot } from './source-types';
import { deleteByReceipt, receiveForConsumer } from './sqs-consumers';
import { createMapping, deleteMapping, mappingSnapshots } from './sqs-mappings';
import { pokeQueue, wakeAt } from './sqs-poller';
import {
  createQueue,
  deleteQueueRecord,
  listMessages,
  queueSnapshots,
  redrive,
  requireQueue,
  sendToQueue,
} from './sqs-queues';
import { invalidParameter } from '../errors';

export function createEventSources(ctx: EngineContext): EventSourcesApi {
  return {
    invokeAsync: (functionName, eventJson, options) =>
      invokeAsync(ctx, functionName, eventJson, options?.source, options?.origin),
    createQueue: (config) => createQueue(ctx, config),
    deleteQueue(name) {
      const queue = requireQueue(ctx, name);
      for (const mapping of [...ctx.mappings.values()]) {
        if (mapping.queueName === name) deleteMapping(ctx, mapping.id);
      }
      deleteQueueRecord(ctx, queue);
    },
    sendMessage(queueName, message, origin) {
      const queue = requireQueue(ctx, queueName);
      const sent = sendToQueue(ctx, queueName, message, origin ?? null);
      if (!sent.ok) throw invalidParameter(sent.problem);
      pokeQueue(ctx, queueName);
      // A delayed message wakes the mappings when it becomes visible.
      if (message.delaySeconds) wakeAt(ctx, queue, ctx.clock.now() + message.delaySeconds * 1000);
      return sent.messageId;
    },
    receiveMessages: (queueName, options) => receiveForConsumer(ctx, queueName, options),
    deleteMessage: (queueName, handle) => deleteByReceipt(ctx, queueName, handle),
    listMessages: (queueName) => listMessages(ctx, requireQueue(ctx, queueName)),
    redriveMessages(deadLetterQueue) {
      const queue = requireQueue(ctx, deadLetterQueue);
      const before = queue.messages.size;
      for (const target of redrive(ctx, queue)) pokeQueue(ctx, target);
      return before - queue.messages.size;
    },
    createEventSourceMapping: (config) => createMapping(ctx, config),
    deleteEventSourceMapping: (id) => deleteMapping(ctx, id),
    createTopic: (name) => createTopic(ctx, name),
    deleteTopic: (name) => deleteTopic(ctx, name),
    subscribeToTopic: (topic, functionName) => subscribe(ctx, topic, functionName),
    unsubscribeFromTopic: (subscriptionId) => unsubscribe(ctx, subscriptionId),
    publish: (topic, message, origin) => publish(ctx, topic, message, origin ?? null),
    putBucketNotification: (bucket, configs) => putBucketNotification(ctx, bucket, configs),
    notifyS3Change: (bucket, change, origin) => notifyS3Change(ctx, bucket, change, origin),
    createScheduleRule: (rule) => putScheduleRule(ctx, rule),
    deleteScheduleRule: (name) => deleteScheduleRule(ctx, name),
    createEventBus: (name) => createEventBus(ctx, name),
    deleteEventBus: (name) => deleteEventBus(ctx, name),
    putEventRule: (busName, rule) => putEventRule(ctx, busName, rule),
    deleteEventRule: (busName, ruleName) => deleteEventRule(ctx, busName, ruleName),
    putEvents: (busName, entry) => putEvents(ctx, busName, entry),
  };
}

export function sourcesSnapshot(ctx: EngineContext): SourcesSnapshot {
  return {
    asyncQueues: asyncQueueSnapshots(ctx),
    queues: queueSnapshots(ctx),
    eventSourceMappings: mappingSnapshots(ctx),
    topics: topicSnapshots(ctx),
    bucketNotifications: bucketNotifications(ctx),
    scheduleRules: scheduleRuleSnapshots(ctx),
    eventBuses: eventBusSnapshots(ctx),
  };
}
