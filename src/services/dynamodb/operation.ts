// What every operation gets and gives: the tables and who is calling; the response members, what
// was consumed on which tables, and the table the call named (for the call record).
import type { TableDefinition } from '../../engine';
import type { Consumed } from './capacity';
import { resourceNotFound, validationError } from './errors';
import type { ChangeOrigin, TableStore } from './table-store';
import type { Input } from './request';
import { getEntry } from './values';

export interface OperationContext {
  tables: TableStore;
  origin: ChangeOrigin;
}

export interface OperationResult {
  output: Record<string, unknown>;
  consumed: Consumed[];
}

export type Operation = (input: Input, context: OperationContext) => OperationResult;

export function tableOrThrow(context: OperationContext, tableName: string): TableDefinition {
  const definition = context.tables.definition(tableName);
  if (definition === undefined) throw resourceNotFound();
  return definition;
}

/** The legacy (pre-expression) parameters, which the playground does not simulate. */
const LEGACY = [
  'Expected',
  'AttributeUpdates',
  'AttributesToGet',
  'KeyConditions',
  'QueryFilter',
  'ScanFilter',
  'ConditionalOperator',
];

export function refuseLegacyParameters(input: Input, expressionMembers: readonly string[]): void {
  const legacy = LEGACY.filter(
    (member) => getEntry(input, member) !== undefined && getEntry(input, member) !== null,
  );
  if (legacy.length === 0) return;
  const expressions = expressionMembers.filter((member) => getEntry(input, member) !== undefined);
  if (expressions.length > 0) {
    throw validationError(
      `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {${legacy.join(', ')}} Expression parameters: {${expressions.join(', ')}}`,
    );
  }
  // AWS still accepts these; the playground answers honestly that it does not model them.
  throw validationError(
    `The playground does not simulate the legacy parameter ${legacy[0]}; use the expression parameters (ConditionExpression, UpdateExpression, KeyConditionExpression, FilterExpression, ProjectionExpression)`,
  );
}
