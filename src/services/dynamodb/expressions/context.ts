// ExpressionAttributeNames (#n) and ExpressionAttributeValues (:v) of one request: read and checked
// as DynamoDB checks them, resolved while the request's expressions are parsed, and required to be
// used, every one of them, by some expression.
import type { AttributeValue } from '../../../engine';
import { INVALID_PARAMETERS, validationError } from '../errors';
import { isRecord, readAttributeValue } from '../values';

export type ExpressionKind =
  | 'ConditionExpression'
  | 'FilterExpression'
  | 'KeyConditionExpression'
  | 'UpdateExpression'
  | 'ProjectionExpression';

/** A ValidationException about one expression: DynamoDB names the expression first. */
export function expressionError(kind: ExpressionKind, detail: string): Error {
  return validationError(`Invalid ${kind}: ${detail}`);
}

const NAME_KEY = /^#[A-Za-z0-9_]+$/;
const VALUE_KEY = /^:[A-Za-z0-9_]+$/;

export class ExpressionContext {
  private readonly names: ReadonlyMap<string, string>;
  private readonly values: ReadonlyMap<string, AttributeValue>;
  private readonly usedNames = new Set<string>();
  private readonly usedValues = new Set<string>();

  constructor(names: ReadonlyMap<string, string>, values: ReadonlyMap<string, AttributeValue>) {
    this.names = names;
    this.values = values;
  }

  name(alias: string, kind: ExpressionKind): string {
    const name = this.names.get(alias);
    if (name === undefined) {
      throw expressionError(
        kind,
        `An expression attribute name used in the document path is not defined; attribute name: ${alias}`,
      );
    }
    this.usedNames.add(alias);
    return name;
  }

  value(placeholder: string, kind: ExpressionKind): AttributeValue {
    const value = this.values.get(placeholder);
    if (value === undefined) {
      throw expressionError(
        kind,
        `An expression attribute value used in expression is not defined; attribute value: ${placeholder}`,
      );
    }
    this.usedValues.add(placeholder);
    return value;
  }

  /** After every expression of the request is parsed: an unused name or value is an error. */
  requireAllUsed(): void {
    const unusedNames = [...this.names.keys()].filter((alias) => !this.usedNames.has(alias));
    if (unusedNames.length > 0) {
      throw validationError(
        `Value provided in ExpressionAttributeNames unused in expressions: keys: {${unusedNames.join(', ')}}`,
      );
    }
    const unusedValues = [...this.values.keys()].filter((key) => !this.usedValues.has(key));
    if (unusedValues.length > 0) {
      throw validationError(
        `Value provided in ExpressionAttributeValues unused in expressions: keys: {${unusedValues.join(', ')}}`,
      );
    }
  }
}

/**
 * Reads a request's ExpressionAttributeNames and ExpressionAttributeValues. `usesExpressions` is
 * whether the request has any expression: without one, either map is an error.
 */
export function readExpressionContext(
  rawNames: unknown,
  rawValues: unknown,
  usesExpressions: boolean,
): ExpressionContext {
  const names = new Map<string, string>();
  const values = new Map<string, AttributeValue>();
  if (rawNames !== undefined && rawNames !== null) {
    if (!usesExpressions) {
      throw validationError(
        'ExpressionAttributeNames can only be specified when using expressions',
      );
    }
    if (!isRecord(rawNames)) throw validationError('Unexpected value type in payload');
    if (Object.keys(rawNames).length === 0) {
      throw validationError('ExpressionAttributeNames must not be empty');
    }
    for (const [key, name] of Object.entries(rawNames)) {
      if (!NAME_KEY.test(key)) {
        throw validationError(
          `ExpressionAttributeNames contains invalid key: Syntax error; key: "${key}"`,
        );
      }
      if (typeof name !== 'string' || name === '') {
        throw validationError(
          `ExpressionAttributeNames contains invalid value: Empty attribute name for key ${key}`,
        );
      }
      names.set(key, name);
    }
  }
  if (rawValues !== undefined && rawValues !== null) {
    if (!usesExpressions) {
      throw validationError(
        'ExpressionAttributeValues can only be specified when using expressions',
      );
    }
    if (!isRecord(rawValues)) throw validationError('Unexpected value type in payload');
    if (Object.keys(rawValues).length === 0) {
      throw validationError('ExpressionAttributeValues must not be empty');
    }
    for (const [key, raw] of Object.entries(rawValues)) {
      if (!VALUE_KEY.test(key)) {
        throw validationError(
          `ExpressionAttributeValues contains invalid key: Syntax error; key: "${key}"`,
        );
      }
      try {
        values.set(key, readAttributeValue(raw));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const detail = reason.startsWith(INVALID_PARAMETERS)
          ? reason
          : `${INVALID_PARAMETERS} ${reason}`;
        throw validationError(
          `ExpressionAttributeValues contains invalid value: ${detail} for key ${key}`,
        );
      }
    }
  }
  return new ExpressionContext(names, values);
}
