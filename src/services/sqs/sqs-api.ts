// Amazon SQS's API (AWS JSON 1.0, Query-compatible) over the platform's queues, for the SDK in a
// handler. SendMessage feeds the queue as the Pub/Sub tab's Send does (its mappings poll it);
// ReceiveMessage and DeleteMessage share the queue with those mappings: a message one of them holds
// is hidden from the others (docs/aws-services.md#sqs-api).
import { chunksOf64KB, type ServiceCaller, type ServiceUnits } from '../../engine';
import type { ApiCaller, ServiceHandler } from '../api-types';
import { bodyText } from '../wire/responses';
import { integer, member, readSqsMessage, text, type Json } from './sqs-message';
import type { SqsPort, SqsQueueView } from './sqs-port';
import { receivedMessage } from './sqs-received';
import { isSqsFault, sqsError, sqsFault, sqsResult, type SqsFault } from './sqs-wire';

interface Done {
  result: unknown;
  resource: string | null;
  units: ServiceUnits;
}

interface Failed {
  fault: SqsFault;
  resource: string | null;
}

type Outcome = Done | Failed;

const MAX_BATCH_ENTRIES = 10;
const BATCH_ID = /^[A-Za-z0-9_-]{1,80}$/;
const MAX_WAIT_SECONDS = 20;
const MAX_VISIBILITY_SECONDS = 43_200;

function billed(bytes: number): ServiceUnits {
  return { kind: 'sqs-request', requests: chunksOf64KB(bytes) };
}

function endpointRegion(hostname: string, caller: ApiCaller): string {
  return /^sqs\.([a-z0-9-]+)\.amazonaws\.com$/.exec(hostname)?.[1] ?? caller.region;
}

function parseJson(body: Uint8Array): Json {
  try {
    const value: unknown = JSON.parse(bodyText(body) || '{}');
    return typeof value === 'object' && value !== null ? (value as Json) : {};
  } catch {
    return {};
  }
}

function list(input: Json, name: string): string[] {
  const value = member(input, name);
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function objects(input: Json, name: string): Json[] {
  const value = member(input, name);
  return Array.isArray(value)
    ? value.filter((item): item is Json => typeof item === 'object' && item !== null)
    : [];
}

/** `Value N for parameter P is invalid. Reason: …` for a number out of its range. */
function rangeProblem(input: Json, name: string, min: number, max: number, reason: string) {
  const value = integer(input, name);
  if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) return null;
  return sqsFault.invalidParameterValue(
    `Value ${value} for parameter ${name} is invalid. Reason: ${reason}`,
  );
}

/** The whole batch's refusals, before any entry is tried. */
function batchProblem(entries: readonly Json[], entryName: string): SqsFault | null {
  if (entries.length === 0) {
    return sqsFault.batch(
      'EmptyBatchRequest',
      `There should be at least one ${entryName} in the request.`,
    );
  }
  if (entries.length > MAX_BATCH_ENTRIES) {
    return sqsFault.batch(
      'TooManyEntriesInBatchRequest',
      `Maximum number of entries per request are ${MAX_BATCH_ENTRIES}. You have sent ${entries.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    const id = text(entry, 'Id') ?? '';
    if (!BATCH_ID.test(id)) {
      return sqsFault.batch(
        'InvalidBatchEntryId',
        'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
      );
    }
    if (seen.has(id)) return sqsFault.batch('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
    seen.add(id);
  }
  return null;
}

function failedEntry(id: string, fault: SqsFault) {
  return { Id: id, SenderFault: true, Code: fault.shape, Message: fault.message };
}

export function createSqsApi(port: SqsPort): ServiceHandler {
  const queueUrl = (name: string) =>
    `https://sqs.${port.region}.amazonaws.com/${port.account}/${name}`;
  const queueArn = (name: string) => `arn:aws:sqs:${port.region}:${port.account}:${name}`;

  /** The queue a QueueUrl names: `https://sqs.{region}.amazonaws.com/{account}/{name}`. */
  function queueOf(input: Json, region: string): SqsQueueView | SqsFault {
    const url = text(input, 'QueueUrl');
    if (url === undefined || url === '') return sqsFault.missingParameter('QueueUrl');
    let path: string[];
    try {
      path = new URL(url).pathname.split('/').filter((part) => part !== '');
    } catch {
      return sqsFault.invalidAddress(url);
    }
    if (path.length !== 2) return sqsFault.invalidAddress(url);
    const [account, name] = path;
    const queue =
      account === port.account && region === port.region ? port.queue(name ?? '') : null;
    return queue ?? sqsFault.queueDoesNotExist();
  }

  /** Runs one of the engine's calls; its ApiError (the queue went meanwhile) becomes SQS's answer. */
  function engine<T>(call: () => T): T | SqsFault {
    try {
      return call();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'AWS.SimpleQueueService.NonExistentQueue') return sqsFault.queueDoesNotExist();
      return sqsFault.invalidParameterValue((error as Error).message);
    }
  }

  function originOf(caller: ApiCaller): ServiceCaller {
    return { functionName: caller.functionName, requestId: caller.requestId };
  }

  function sendOne(queue: SqsQueueView, entry: Json, caller: ApiCaller) {
    const read = readSqsMessage(queue, entry);
    if (isSqsFault(read)) return read;
    const messageId = engine(() => port.send(queue.name, read.input, originOf(caller)));
    if (isSqsFault(messageId)) return messageId;
    return { read, messageId };
  }

  function sendMessage(input: Json, region: string, caller: ApiCaller): Outcome {
    const queue = queueOf(input, region);
    if (isSqsFault(queue)) return { fault: queue, resource: null };
    const sent = sendOne(queue, input, caller);
    if (isSqsFault(sent)) return { fault: sent, resource: queue.name };
    const { read, messageId } = sent;
    return {
      result: {
        MessageId: messageId,
        MD5OfMessageBody: read.md5OfBody,
        ...(read.md5OfAttributes !== undefined && { MD5OfMessageAttributes: read.md5OfAttributes }),
      },
      resource: queue.name,
      units: billed(read.bytes),
    };
  }

  function sendMessageBatch(input: Json, region: string, caller: ApiCaller): Outcome {
    const queue = queueOf(input, region);
    if (isSqsFault(queue)) return { fault: queue, resource: null };
    const entries = objects(input, 'Entries');
    const problem = batchProblem(entries, 'SendMessageBatchRequestEntry');
    if (problem !== null) return { fault: problem, resource: queue.name };
    const total = entries.reduce((sum, entry) => {
      return sum + new TextEncoder().encode(text(entry, 'MessageBody') ?? '').length;
    }, 0);
    if (total > 1_048_576) {
      const message = `Batch requests cannot be longer than 1048576 bytes. You have sent ${total} bytes.`;
      return { fault: sqsFault.batch('BatchRequestTooLong', message), resource: queue.name };
    }
    const successful: unknown[] = [];
    const failed: unknown[] = [];
    let bytes = 0;
    for (const entry of entries) {
      const id = text(entry, 'Id') ?? '';
      const sent = sendOne(queue, entry, caller);
      if (isSqsFault(sent)) {
        failed.push(failedEntry(id, sent));
        continue;
      }
      bytes += sent.read.bytes;
      successful.push({
        Id: id,
        MessageId: sent.messageId,
        MD5OfMessageBody: sent.read.md5OfBody,
        ...(sent.read.md5OfAttributes !== undefined && {
          MD5OfMessageAttributes: sent.read.md5OfAttributes,
        }),
      });
    }
    return {
      result: { Successful: successful, Failed: failed },
      resource: queue.name,
      units: billed(bytes),
    };
  }

  function receiveProblem(input: Json): SqsFault | null {
    return (
      rangeProblem(input, 'MaxNumberOfMessages', 1, 10, 'Must be between 1 and 10, if provided.') ??
      rangeProblem(
        input,
        'WaitTimeSeconds',
        0,
        MAX_WAIT_SECONDS,
        `Must be >= 0 and <= ${MAX_WAIT_SECONDS}, if provided.`,
      ) ??
      rangeProblem(
        input,
        'VisibilityTimeout',
        0,
        MAX_VISIBILITY_SECONDS,
        `Must be >= 0 and <= ${MAX_VISIBILITY_SECONDS}, if provided.`,
      )
    );
  }

  /** Long polling: waits on the engine's clock until a message is receivable or the wait ends. */
  async function receiveMessage(input: Json, region: string): Promise<Outcome> {
    const queue = queueOf(input, region);
    if (isSqsFault(queue)) return { fault: queue, resource: null };
    const problem = receiveProblem(input);
    if (problem !== null) return { fault: problem, resource: queue.name };
    const visibility = integer(input, 'VisibilityTimeout');
    const options = {
      max: integer(input, 'MaxNumberOfMessages') ?? 1,
      ...(visibility !== undefined && { visibilityTimeoutSec: visibility }),
    };
    const deadline = port.now() + (integer(input, 'WaitTimeSeconds') ?? 0) * 1000;
    for (;;) {
      const records = engine(() => port.receive(queue.name, options));
      if (isSqsFault(records)) return { fault: records, resource: queue.name };
      if (records.length > 0 || port.now() >= deadline) {
        const systemNames = [
          ...list(input, 'MessageSystemAttributeNames'),
          ...list(input, 'AttributeNames'),
        ];
        const patterns = list(input, 'MessageAttributeNames');
        const shaped = records.map((record) =>
          receivedMessage(record, systemNames, patterns, port.account),
        );
        const bytes = shaped.reduce((sum, { bytes: size }) => sum + size, 0);
        // With nothing received SQS answers an empty object (no Messages member).
        const result =
          shaped.length === 0 ? {} : { Messages: shaped.map(({ message }) => message) };
        return { result, resource: queue.name, units: billed(bytes) };
      }
      await port.waitForMessages(queue.name, deadline);
    }
  }

  /** One DeleteMessage: null when done (or nothing to do), else SQS's refusal. */
  function deleteOne(queue: SqsQueueView, handle: string | undefined): SqsFault | null {
    if (handle === undefined || handle === '') return sqsFault.missingParameter('ReceiptHandle');
    const outcome = engine(() => port.delete(queue.name, handle));
    if (isSqsFault(outcome)) return outcome;
    if (outcome === 'invalid') return sqsFault.receiptHandleIsInvalid(handle);
    if (outcome === 'expired') {
      return sqsFault.invalidParameterValue(
        `Value ${handle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`,
      );
    }
    return null;
  }

  function deleteMessage(input: Json, region: string): Outcome {
    const queue = queueOf(input, region);
    if (isSqsFault(queue)) return { fault: queue, resource: null };
    const problem = deleteOne(queue, text(input, 'ReceiptHandle'));
    if (problem !== null) return { fault: problem, resource: queue.name };
    return { result: {}, resource: queue.name, units: billed(0) };
  }

  function deleteMessageBatch(input: Json, region: string): Outcome {
    const queue = queueOf(input, region);
    if (isSqsFault(queue)) return { fault: queue, resource: null };
    const entries = objects(input, 'Entries');
    const problem = batchProblem(entries, 'DeleteMessageBatchRequestEntry');
    if (problem !== null) return { fault: problem, resource: queue.name };
    const successful: unknown[] = [];
    const failed: unknown[] = [];
    for (const entry of entries) {
      const id = text(entry, 'Id') ?? '';
      const entryProblem = deleteOne(queue, text(entry, 'ReceiptHandle'));
      if (entryProblem === null) successful.push({ Id: id });
      else failed.push(failedEntry(id, entryProblem));
    }
    return {
      result: { Successful: successful, Failed: failed },
      resource: queue.name,
      units: billed(0),
    };
  }

  function getQueueUrl(input: Json, region: string): Outcome {
    const name = text(input, 'QueueName');
    if (name === undefined || name === '') {
      return { fault: sqsFault.missingParameter('QueueName'), resource: null };
    }
    const owner = text(input, 'QueueOwnerAWSAccountId') ?? port.account;
    const queue = owner === port.account && region === port.region ? port.queue(name) : null;
    if (queue === null) return { fault: sqsFault.queueDoesNotExist(), resource: null };
    return { result: { QueueUrl: queueUrl(queue.name) }, resource: queue.name, units: billed(0) };
  }

  function queueAttributes(queue: SqsQueueView): Map<string, string> {
    const attributes = new Map<string, string>([
      ['QueueArn', queueArn(queue.name)],
      ['ApproximateNumberOfMessages', String(queue.visible)],
      ['ApproximateNumberOfMessagesNotVisible', String(queue.inFlight)],
      ['ApproximateNumberOfMessagesDelayed', String(queue.delayed)],
      ['VisibilityTimeout', String(queue.visibilityTimeoutSec)],
      ['MaximumMessageSize', '1048576'],
      ['MessageRetentionPeriod', '345600'],
      ['DelaySeconds', '0'],
      ['ReceiveMessageWaitTimeSeconds', '0'],
    ]);
    if (queue.deadLetterQueue !== null && queue.maxReceiveCount !== null) {
      const policy = {
        deadLetterTargetArn: queueArn(queue.deadLetterQueue),
        maxReceiveCount: queue.maxReceiveCount,
      };
      attributes.set('RedrivePolicy', JSON.stringify(policy));
    }
    if (queue.fifo) {
      attributes.set('FifoQueue', 'true');
      attributes.set('ContentBasedDeduplication', 'false');
    }
    return attributes;
  }

  function getQueueAttributes(input: Json, region: string): Outcome {
    const queue = queueOf(input, region);
    if (isSqsFault(queue)) return { fault: queue, resource: null };
    const attributes = queueAttributes(queue);
    const names = list(input, 'AttributeNames');
    const chosen = new Map<string, string>();
    for (const name of names) {
      if (name === 'All') {
        for (const [key, value] of attributes) chosen.set(key, value);
        continue;
      }
      const value = attributes.get(name);
      if (value === undefined) {
        return { fault: sqsFault.invalidAttributeName(name), resource: queue.name };
      }
      chosen.set(name, value);
    }
    return {
      result: chosen.size === 0 ? {} : { Attributes: Object.fromEntries(chosen) },
      resource: queue.name,
      units: billed(0),
    };
  }

  async function answer(operation: string, input: Json, region: string, caller: ApiCaller) {
    switch (operation) {
      case 'SendMessage':
        return sendMessage(input, region, caller);
      case 'SendMessageBatch':
        return sendMessageBatch(input, region, caller);
      case 'ReceiveMessage':
        return receiveMessage(input, region);
      case 'DeleteMessage':
        return deleteMessage(input, region);
      case 'DeleteMessageBatch':
        return deleteMessageBatch(input, region);
      case 'GetQueueUrl':
        return getQueueUrl(input, region);
      case 'GetQueueAttributes':
        return getQueueAttributes(input, region);
      default:
        return { fault: sqsFault.unknownOperation(), resource: null };
    }
  }

  return async (request, caller) => {
    const target = request.headers.get('x-amz-target') ?? '';
    const operation = target.startsWith('AmazonSQS.') ? target.slice('AmazonSQS.'.length) : target;
    const region = endpointRegion(request.hostname, caller);
    const outcome: Outcome = await answer(operation, parseJson(request.body), region, caller);
    if ('fault' in outcome) {
      const { fault, resource } = outcome;
      return {
        response: sqsError(fault),
        record: {
          service: 'sqs',
          operation,
          resource,
          statusCode: fault.statusCode,
          errorCode: fault.shape,
          units: { kind: 'free' },
        },
      };
    }
    return {
      response: sqsResult(outcome.result),
      record: {
        service: 'sqs',
        operation,
        resource: outcome.resource,
        statusCode: 200,
        errorCode: null,
        units: outcome.units,
      },
    };
  };
}
