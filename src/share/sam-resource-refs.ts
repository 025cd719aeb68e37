// A function's access to the resources its code uses (src/share/sam-resource-use.ts), as the SAM
// export writes it: a policy template per resource, and environment variables whose value names a
// resource written as a reference to it, since deployed resources get generated names. The import
// reads such references back into the playground's names, ARNs and URLs.
import type { SamObject } from './sam-function';
import type { LogicalIds } from './sam-names';
import type { ResourceKind, ResourceNames } from './sam-resource-use';
import { resourceUseOf } from './sam-resource-use';
import type { SamFunction, SamScenario } from './sam-types';

/**
 * The account and region of the playground's ARNs and URLs (src/services/platform-account.ts;
 * the share layer imports nothing of the engine, and a test keeps the two equal).
 */
export const PLAYGROUND_ARN_ACCOUNT = '123456789012';
export const PLAYGROUND_ARN_REGION = 'us-east-1';

/** How an environment variable can name a resource, and the intrinsic that gives that form. */
interface AddressForm {
  /** The value in the playground. */
  address: (name: string) => string;
  /** The same in the template, from the resource's logical id. */
  intrinsic: (logicalId: string) => SamObject;
  /** Reads `intrinsic`'s output back: true when `value` is this form's intrinsic. */
  matches: (value: SamObject) => boolean;
}

const ACCOUNT = `${PLAYGROUND_ARN_REGION}:${PLAYGROUND_ARN_ACCOUNT}`;

function refForm(address: (name: string) => string): AddressForm {
  return {
    address,
    intrinsic: (id) => ({ Ref: id }),
    matches: (value) => typeof value.Ref === 'string',
  };
}

function attForm(attribute: string, address: (name: string) => string): AddressForm {
  return {
    address,
    intrinsic: (id) => ({ 'Fn::GetAtt': [id, attribute] }),
    matches: (value) => attributeOf(value) === attribute,
  };
}

/** The attribute of `Fn::GetAtt` in its list or `X.Attr` form. */
function attributeOf(value: SamObject): string | null {
  const att = value['Fn::GetAtt'];
  if (Array.isArray(att) && typeof att[1] === 'string') return att[1];
  if (typeof att === 'string' && att.includes('.')) return att.slice(att.indexOf('.') + 1);
  return null;
}

/**
 * What Ref and Fn::GetAtt return for each resource type (CloudFormation's "Return values" of
 * AWS::S3::Bucket, AWS::SNS::Topic, AWS::SQS::Queue, AWS::Lambda::Function, AWS::DynamoDB::Table).
 */
const FORMS: Record<ResourceKind, AddressForm[]> = {
  bucket: [refForm((n) => n), attForm('Arn', (n) => `arn:aws:s3:::${n}`)],
  topic: [attForm('TopicName', (n) => n), refForm((n) => `arn:aws:sns:${ACCOUNT}:${n}`)],
  queue: [
    attForm('QueueName', (n) => n),
    refForm(
      (n) => `https://sqs.${PLAYGROUND_ARN_REGION}.amazonaws.com/${PLAYGROUND_ARN_ACCOUNT}/${n}`,
    ),
    attForm('Arn', (n) => `arn:aws:sqs:${ACCOUNT}:${n}`),
  ],
  function: [refForm((n) => n), attForm('Arn', (n) => `arn:aws:lambda:${ACCOUNT}:function:${n}`)],
  table: [refForm((n) => n), attForm('Arn', (n) => `arn:aws:dynamodb:${ACCOUNT}:table/${n}`)],
};

export function resourceNamesOf(scenario: SamScenario): ResourceNames {
  return {
    bucket: scenario.buckets.map((b) => b.name),
    topic: scenario.topics.map((t) => t.name),
    queue: scenario.queues.map((q) => q.name),
    function: scenario.functions.map((f) => f.name),
    table: (scenario.tables ?? []).map((t) => t.name),
  };
}

function idsOfKind(ids: LogicalIds): Record<ResourceKind, Map<string, string>> {
  return {
    bucket: ids.buckets,
    topic: ids.topics,
    queue: ids.queues,
    function: ids.functions,
    table: ids.tables,
  };
}

/**
 * Resources the function must not reference: a bucket that notifies it (the bucket's notification
 * depends on the function, so the function's role or variables naming the bucket would be a
 * circular dependency, github.com/aws/serverless-application-model/issues/1109), and itself.
 */
function unreferenceable(fn: SamFunction, scenario: SamScenario): Set<string> {
  const keys = new Set<string>([`function/${fn.name}`]);
  for (const bucket of scenario.buckets) {
    if (bucket.notifications.some((n) => n.functionName === fn.name)) {
      keys.add(`bucket/${bucket.name}`);
    }
  }
  return keys;
}

/** The policy template granting what the code does with one resource (docs/aws-services.md). */
function policyOf(kind: ResourceKind, logicalId: string): SamObject {
  switch (kind) {
    case 'bucket':
      return { S3CrudPolicy: { BucketName: { Ref: logicalId } } };
    case 'topic':
      return { SNSPublishMessagePolicy: { TopicName: { 'Fn::GetAtt': [logicalId, 'TopicName'] } } };
    case 'queue':
      return { SQSSendMessagePolicy: { QueueName: { 'Fn::GetAtt': [logicalId, 'QueueName'] } } };
    case 'function':
      return { LambdaInvokePolicy: { FunctionName: { Ref: logicalId } } };
    case 'table':
      return { DynamoDBCrudPolicy: { TableName: { Ref: logicalId } } };
  }
}

/** The function's `Policies`: one template per resource its code uses (none: no Policies). */
export function functionPolicies(
  fn: SamFunction,
  scenario: SamScenario,
  ids: LogicalIds,
): SamObject[] {
  const use = resourceUseOf(fn.files, fn.environment, resourceNamesOf(scenario), fn.name);
  const skipped = unreferenceable(fn, scenario);
  const byKind = idsOfKind(ids);
  const policies: SamObject[] = [];
  for (const { kind, name } of use.resources) {
    const logicalId = byKind[kind].get(name);
    if (logicalId === undefined || skipped.has(`${kind}/${name}`)) continue;
    policies.push(policyOf(kind, logicalId));
    if (kind === 'queue' && use.pollsQueues) {
      policies.push({
        SQSPollerPolicy: { QueueName: { 'Fn::GetAtt': [logicalId, 'QueueName'] } },
      });
    }
  }
  return policies;
}

/**
 * The function's variables as the template writes them: a value that is a resource's name (or the
 * playground's ARN or URL of it) becomes the Ref or GetAtt giving the deployed resource's.
 */
export function environmentVariables(
  fn: SamFunction,
  scenario: SamScenario,
  ids: LogicalIds,
): Record<string, string | SamObject> {
  const names = resourceNamesOf(scenario);
  const skipped = unreferenceable(fn, scenario);
  const byKind = idsOfKind(ids);
  // fromEntries keeps a variable named `__proto__` an own key.
  return Object.fromEntries(
    Object.entries(fn.environment).map(([key, value]) => [
      key,
      referenceTo(value, names, byKind, skipped) ?? value,
    ]),
  );
}

function referenceTo(
  value: string,
  names: ResourceNames,
  byKind: Record<ResourceKind, Map<string, string>>,
  skipped: Set<string>,
): SamObject | null {
  for (const [kind, forms] of Object.entries(FORMS) as Array<[ResourceKind, AddressForm[]]>) {
    for (const name of names[kind]) {
      const logicalId = byKind[kind].get(name);
      if (logicalId === undefined || skipped.has(`${kind}/${name}`)) continue;
      const form = forms.find((f) => f.address(name) === value);
      if (form) return form.intrinsic(logicalId);
    }
  }
  return null;
}

/**
 * An environment variable's value read back from a template: a string as written, a reference to
 * a resource of the template as the playground's name, ARN or URL of it; null for anything else.
 */
export function readVariable(
  value: unknown,
  resources: ReadonlyMap<string, { kind: ResourceKind; name: string }>,
): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const object = value as SamObject;
  const ref = object.Ref;
  const att = object['Fn::GetAtt'];
  const logicalId =
    typeof ref === 'string'
      ? ref
      : Array.isArray(att) && typeof att[0] === 'string'
        ? att[0]
        : typeof att === 'string'
          ? att.split('.')[0]!
          : null;
  const resource = logicalId === null ? undefined : resources.get(logicalId);
  if (resource === undefined) return null;
  const form = FORMS[resource.kind].find((f) => f.matches(object));
  return form ? form.address(resource.name) : null;
}
