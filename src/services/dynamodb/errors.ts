// DynamoDB's errors as the JSON 1.0 protocol carries them: `__type` names the error (the SDK keeps
// what follows `#`), `message` says why, and some errors carry more (ConditionalCheckFailedException
// its `Item`, TransactionCanceledException its `CancellationReasons`). docs/aws-services.md#dynamodb-api.
import type { Consumed } from './capacity';

const DYNAMODB = 'com.amazonaws.dynamodb.v20120810';

/** The namespace each error's `__type` carries: validation and protocol errors come from Coral. */
const NAMESPACES: ReadonlyMap<string, string> = new Map([
  ['ValidationException', 'com.amazon.coral.validate'],
  ['SerializationException', 'com.amazon.coral.service'],
  ['UnknownOperationException', 'com.amazon.coral.service'],
]);

export class DynamoDbError extends Error {
  readonly code: string;
  readonly statusCode: number;
  /** Members the error shape adds to `__type` and `message`. */
  readonly extra: ReadonlyMap<string, unknown>;
  /** What the failed request still consumed (a failed condition still costs its write). */
  consumed: Consumed[] = [];

  constructor(
    code: string,
    message: string,
    extra: ReadonlyMap<string, unknown> = new Map(),
    statusCode = 400,
  ) {
    super(message);
    this.code = code;
    this.statusCode = statusCode;
    this.extra = extra;
  }

  get type(): string {
    return `${NAMESPACES.get(this.code) ?? DYNAMODB}#${this.code}`;
  }
}

export function validationError(message: string): DynamoDbError {
  return new DynamoDbError('ValidationException', message);
}

export function conditionalCheckFailed(item: unknown | null): DynamoDbError {
  return new DynamoDbError(
    'ConditionalCheckFailedException',
    'The conditional request failed',
    new Map(item === null ? [] : [['Item', item]]),
  );
}

export function resourceNotFound(): DynamoDbError {
  return new DynamoDbError('ResourceNotFoundException', 'Requested resource not found');
}

/** The prefix every invalid parameter value's message starts with. */
export const INVALID_PARAMETERS = 'One or more parameter values were invalid:';
