// Amazon SNS's API (AWS Query protocol) over the platform's topics, for the SDK in a handler:
// Publish and PublishBatch fan out exactly as the Pub/Sub tab's Publish does; ListTopics,
// ListSubscriptionsByTopic and GetTopicAttributes describe what the Pub/Sub tab configured
// (docs/aws-services.md#sns-api).
import { chunksOf64KB, type ServiceUnits } from '../../engine';
import type { ApiCaller, ServiceHandler } from '../api-types';
import { parseForm } from '../wire/form';
import { bodyText } from '../wire/responses';
import { element, type XmlContent } from '../wire/xml';
import { readMessage } from './sns-message';
import type { SnsPort, SnsTopicView } from './sns-port';
import { isSnsFault, snsError, snsFault, snsResult, type SnsFault } from './sns-wire';

type Form = ReadonlyMap<string, string>;

interface Done {
  result: XmlContent;
  resource: string | null;
  units: ServiceUnits;
}

interface Failed {
  fault: SnsFault;
  resource: string | null;
}

type Outcome = Done | Failed;

const PAGE_SIZE = 100;
const MAX_BATCH_ENTRIES = 10;
const BATCH_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** One request per started 64 KB of payload (SNS's billing). */
function billed(bytes: number): ServiceUnits {
  return { kind: 'sns-publish', requests: chunksOf64KB(bytes) };
}

function endpointRegion(hostname: string, caller: ApiCaller): string {
  return /^sns\.([a-z0-9-]+)\.amazonaws\.com$/.exec(hostname)?.[1] ?? caller.region;
}

export function createSnsApi(port: SnsPort): ServiceHandler {
  const topicArn = (name: string) => `arn:aws:sns:${port.region}:${port.account}:${name}`;

  /** The topic an ARN parameter names, or SNS's refusal. */
  function topicOf(arn: string, parameter: string, region: string): SnsTopicView | SnsFault {
    const parts = arn.split(':');
    if (parts.length < 6) {
      return snsFault.invalidParameter(
        `Invalid parameter: ${parameter} Reason: An ARN must have at least 6 elements, not ${parts.length}`,
      );
    }
    const [prefix, , service, arnRegion, account] = parts;
    // An ARN of another service, or of a region other than the endpoint's, is not a parameter SNS
    // accepts there.
    if (prefix !== 'arn' || service !== 'sns' || arnRegion !== region) {
      return snsFault.invalidParameter(`Invalid parameter: ${parameter}`);
    }
    const name = parts.slice(5).join(':');
    const topic =
      account === port.account && arnRegion === port.region
        ? port.topics().find((candidate) => candidate.name === name)
        : undefined;
    return topic ?? snsFault.notFound();
  }

  function publishTarget(form: Form, region: string): SnsTopicView | SnsFault {
    const topic = form.get('TopicArn');
    const target = form.get('TargetArn');
    if (topic) return topicOf(topic, 'TopicArn', region);
    if (target) return topicOf(target, 'TargetArn', region);
    return snsFault.invalidParameter(
      'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
    );
  }

  function requiredTopic(form: Form, region: string): SnsTopicView | SnsFault {
    const arn = form.get('TopicArn');
    if (!arn) {
      return snsFault.invalidParameter(
        'Invalid parameter: TopicArn Reason: no value for required parameter',
      );
    }
    return topicOf(arn, 'TopicArn', region);
  }

  /** Runs the engine's Publish; an ApiError (the topic went meanwhile) becomes SNS's answer. */
  function publishTo(
    topic: SnsTopicView,
    input: Parameters<SnsPort['publish']>[1],
    caller: ApiCaller,
  ): string | SnsFault {
    try {
      const origin = { functionName: caller.functionName, requestId: caller.requestId };
      return port.publish(topic.name, input, origin);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'NotFoundException') return snsFault.notFound();
      return snsFault.invalidParameter(`Invalid parameter: ${(error as Error).message}`);
    }
  }

  function publish(form: Form, region: string, caller: ApiCaller): Outcome {
    const topic = publishTarget(form, region);
    if (isSnsFault(topic)) return { fault: topic, resource: null };
    const resource = topic.name;
    const read = readMessage(form);
    if (isSnsFault(read)) return { fault: read, resource };
    const messageId = publishTo(topic, read.input, caller);
    if (isSnsFault(messageId)) return { fault: messageId, resource };
    return { result: element('MessageId', messageId), resource, units: billed(read.bytes) };
  }

  function batchEntries(form: Form): string[] {
    const prefixes: string[] = [];
    for (let n = 1; form.has(`PublishBatchRequestEntries.member.${n}.Id`); n++) {
      prefixes.push(`PublishBatchRequestEntries.member.${n}.`);
    }
    return prefixes;
  }

  /** The whole request's refusals, before any entry is published. */
  function batchProblem(form: Form, prefixes: readonly string[]): SnsFault | null {
    if (prefixes.length === 0) {
      return snsFault.batch('EmptyBatchRequest', "The batch request doesn't contain any entries.");
    }
    if (prefixes.length > MAX_BATCH_ENTRIES) {
      return snsFault.batch(
        'TooManyEntriesInBatchRequest',
        'The batch request contains more entries than permissible.',
      );
    }
    const ids = prefixes.map((prefix) => form.get(`${prefix}Id`) ?? '');
    if (ids.some((id) => !BATCH_ID.test(id))) {
      return snsFault.batch(
        'InvalidBatchEntryId',
        "The Id of a batch entry in a batch request doesn't abide by the specification.",
      );
    }
    if (new Set(ids).size !== ids.length) {
      return snsFault.batch(
        'BatchEntryIdsNotDistinct',
        'Two or more batch entries in the request have the same Id.',
      );
    }
    return null;
  }

  function publishBatch(form: Form, region: string, caller: ApiCaller): Outcome {
    const topic = requiredTopic(form, region);
    if (isSnsFault(topic)) return { fault: topic, resource: null };
    const resource = topic.name;
    const prefixes = batchEntries(form);
    const problem = batchProblem(form, prefixes);
    if (problem !== null) return { fault: problem, resource };
    const reads = prefixes.map((prefix) => ({
      id: form.get(`${prefix}Id`) ?? '',
      read: readMessage(form, prefix),
    }));
    const total = reads.reduce((sum, { read }) => sum + (isSnsFault(read) ? 0 : read.bytes), 0);
    if (total > 262_144) {
      return {
        fault: snsFault.batch(
          'BatchRequestTooLong',
          'The length of all the messages put together is more than the limit.',
        ),
        resource,
      };
    }
    const successful: XmlContent[] = [];
    const failed: XmlContent[] = [];
    for (const { id, read } of reads) {
      const messageId = isSnsFault(read) ? read : publishTo(topic, read.input, caller);
      if (isSnsFault(messageId)) {
        failed.push(
          element('member', [
            element('Id', id),
            element('Code', messageId.code),
            element('Message', messageId.message),
            element('SenderFault', true),
          ]),
        );
      } else {
        successful.push(element('member', [element('Id', id), element('MessageId', messageId)]));
      }
    }
    return {
      result: [element('Successful', successful), element('Failed', failed)],
      resource,
      units: billed(total),
    };
  }

  /** `[start, start + PAGE_SIZE)` of a listing, or InvalidParameter for a token not ours. */
  function page<T>(
    items: readonly T[],
    token: string | undefined,
  ): { items: T[]; next?: string } | SnsFault {
    const start = token === undefined || token === '' ? 0 : Number(token);
    if (!Number.isInteger(start) || start < 0 || start > items.length) {
      return snsFault.invalidParameter('Invalid parameter: NextToken');
    }
    const end = start + PAGE_SIZE;
    return {
      items: items.slice(start, end),
      ...(end < items.length && { next: String(end) }),
    };
  }

  function listTopics(form: Form): Outcome {
    const listed = page(port.topics(), form.get('NextToken'));
    if (isSnsFault(listed)) return { fault: listed, resource: null };
    const members = listed.items.map((topic) =>
      element('member', element('TopicArn', topicArn(topic.name))),
    );
    return {
      result: [element('Topics', members), element('NextToken', listed.next)],
      resource: null,
      units: billed(0),
    };
  }

  function listSubscriptionsByTopic(form: Form, region: string): Outcome {
    const topic = requiredTopic(form, region);
    if (isSnsFault(topic)) return { fault: topic, resource: null };
    const listed = page(topic.subscriptions, form.get('NextToken'));
    if (isSnsFault(listed)) return { fault: listed, resource: topic.name };
    const arn = topicArn(topic.name);
    const members = listed.items.map(({ id, functionName }) =>
      element('member', [
        element('SubscriptionArn', `${arn}:${id}`),
        element('Owner', port.account),
        element('Protocol', 'lambda'),
        element(
          'Endpoint',
          `arn:aws:lambda:${port.region}:${port.account}:function:${functionName}`,
        ),
        element('TopicArn', arn),
      ]),
    );
    return {
      result: [element('Subscriptions', members), element('NextToken', listed.next)],
      resource: topic.name,
      units: billed(0),
    };
  }

  function getTopicAttributes(form: Form, region: string): Outcome {
    const topic = requiredTopic(form, region);
    if (isSnsFault(topic)) return { fault: topic, resource: null };
    const attributes: Array<[string, string]> = [
      ['TopicArn', topicArn(topic.name)],
      ['Owner', port.account],
      ['DisplayName', ''],
      ['SubscriptionsConfirmed', String(topic.subscriptions.length)],
      ['SubscriptionsPending', '0'],
      ['SubscriptionsDeleted', '0'],
    ];
    const entries = attributes.map(([key, value]) =>
      element('entry', [element('key', key), element('value', value)]),
    );
    return { result: element('Attributes', entries), resource: topic.name, units: billed(0) };
  }

  return async (request, caller) => {
    const form = parseForm(bodyText(request.body));
    const operation = form.get('Action') ?? '';
    const region = endpointRegion(request.hostname, caller);
    let outcome: Outcome;
    switch (operation) {
      case 'Publish':
        outcome = publish(form, region, caller);
        break;
      case 'PublishBatch':
        outcome = publishBatch(form, region, caller);
        break;
      case 'ListTopics':
        outcome = listTopics(form);
        break;
      case 'ListSubscriptionsByTopic':
        outcome = listSubscriptionsByTopic(form, region);
        break;
      case 'GetTopicAttributes':
        outcome = getTopicAttributes(form, region);
        break;
      default:
        outcome = {
          fault: {
            code: 'InvalidAction',
            statusCode: 400,
            message: `The action ${operation} is not valid for this web service.`,
          },
          resource: null,
        };
    }
    if ('fault' in outcome) {
      const { fault, resource } = outcome;
      return {
        response: snsError(fault),
        record: {
          service: 'sns',
          operation,
          resource,
          statusCode: fault.statusCode,
          errorCode: fault.code,
          units: { kind: 'free' },
        },
      };
    }
    return {
      response: snsResult(operation, outcome.result),
      record: {
        service: 'sns',
        operation,
        resource: outcome.resource,
        statusCode: 200,
        errorCode: null,
        units: outcome.units,
      },
    };
  };
}
