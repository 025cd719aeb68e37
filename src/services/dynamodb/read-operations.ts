// GetItem, Query and Scan. Query and Scan read at most Limit items and at most 1 MB per call, then
// apply the FilterExpression: what they read (not what they return) is what they bill, and where
// they stopped is the LastEvaluatedKey a caller passes back as ExclusiveStartKey.
import type { Item, TableDefinition } from '../../engine';
import { readUnits, type Consumed } from './capacity';
import { validationError } from './errors';
import type { Condition, DocumentPath } from './expressions/ast';
import { readExpressionContext } from './expressions/context';
import { evaluateCondition } from './expressions/evaluate';
import { parseCondition, parseProjection } from './expressions/parser';
import { project } from './expressions/projection';
import { itemSize } from './item-size';
import { analyzeKeyCondition, matchesSortCondition } from './key-condition';
import {
  refuseLegacyParameters,
  tableOrThrow,
  type OperationContext,
  type OperationResult,
} from './operation';
import {
  checkKey,
  optionalBoolean,
  optionalEnum,
  optionalItem,
  optionalLimit,
  optionalString,
  requiredItem,
  tableNameOf,
  type Input,
} from './request';
import { keyOf } from './table-store';
import { compareScalars, getEntry } from './values';

/** Query and Scan stop reading at 1 MB of items. */
const PAGE_BYTES = 1024 * 1024;
const SELECT = [
  'ALL_ATTRIBUTES',
  'ALL_PROJECTED_ATTRIBUTES',
  'SPECIFIC_ATTRIBUTES',
  'COUNT',
] as const;

function refuseIndex(input: Input): void {
  const indexName = optionalString(input, 'IndexName');
  // The playground's tables have no secondary indexes.
  if (indexName !== undefined) {
    throw validationError(`The table does not have the specified index: ${indexName}`);
  }
}

// ---- GetItem -----------------------------------------------------------------------------------

export function readProjection(
  input: Input,
  usesOther: boolean,
): { projection: DocumentPath[] | null; filter: Condition | null; done: () => void } {
  const projectionSource = optionalString(input, 'ProjectionExpression');
  const filterSource = optionalString(input, 'FilterExpression');
  const expressions = readExpressionContext(
    input['ExpressionAttributeNames'],
    input['ExpressionAttributeValues'],
    usesOther || projectionSource !== undefined || filterSource !== undefined,
  );
  return {
    projection:
      projectionSource === undefined ? null : parseProjection(projectionSource, expressions),
    filter:
      filterSource === undefined
        ? null
        : parseCondition(filterSource, 'FilterExpression', expressions),
    done: () => expressions.requireAllUsed(),
  };
}

export function getItem(input: Input, context: OperationContext): OperationResult {
  const tableName = tableNameOf(input);
  refuseLegacyParameters(input, ['ProjectionExpression']);
  const key = requiredItem(input, 'Key');
  const consistent = optionalBoolean(input, 'ConsistentRead') ?? false;
  const projectionSource = optionalString(input, 'ProjectionExpression');
  const expressions = readExpressionContext(
    input['ExpressionAttributeNames'],
    undefined,
    projectionSource !== undefined,
  );
  const projection =
    projectionSource === undefined ? null : parseProjection(projectionSource, expressions);
  expressions.requireAllUsed();
  checkKey(tableOrThrow(context, tableName), key);
  const item = context.tables.get(tableName, key);
  const consumed = {
    tableName,
    readUnits: readUnits(item === undefined ? 0 : itemSize(item), consistent),
    writeUnits: 0,
  };
  const output =
    item === undefined ? {} : { Item: projection === null ? item : project(item, projection) };
  return { output, consumed: [consumed] };
}

// ---- Query and Scan ----------------------------------------------------------------------------

interface Page {
  items: Item[];
  count: number;
  scannedCount: number;
  lastEvaluatedKey: Item | null;
  bytesRead: number;
}

/** Reads `candidates` in order as DynamoDB pages them: up to Limit items and 1 MB, then filters. */
function readPage(
  definition: TableDefinition,
  candidates: Item[],
  limit: number | undefined,
  filter: Condition | null,
): Page {
  const page: Page = { items: [], count: 0, scannedCount: 0, lastEvaluatedKey: null, bytesRead: 0 };
  for (const [i, item] of candidates.entries()) {
    page.scannedCount += 1;
    page.bytesRead += itemSize(item);
    if (filter === null || evaluateCondition(item, filter)) page.items.push(item);
    const full = page.scannedCount === limit || page.bytesRead >= PAGE_BYTES;
    if (full) {
      if (page.bytesRead >= PAGE_BYTES && i === candidates.length - 1) break;
      page.lastEvaluatedKey = keyOf(definition, item);
      break;
    }
  }
  page.count = page.items.length;
  return page;
}

function pageOutput(
  page: Page,
  select: string | undefined,
  projection: DocumentPath[] | null,
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  if (select !== 'COUNT') {
    output['Items'] =
      projection === null ? page.items : page.items.map((item) => project(item, projection));
  }
  output['Count'] = page.count;
  output['ScannedCount'] = page.scannedCount;
  if (page.lastEvaluatedKey !== null) output['LastEvaluatedKey'] = page.lastEvaluatedKey;
  return output;
}

function startKeyOf(input: Input, definition: TableDefinition): Item | null {
  const start = optionalItem(input, 'ExclusiveStartKey');
  if (start === undefined) return null;
  checkKey(
    definition,
    start,
    'The provided starting key is invalid: The provided key element does not match the schema',
  );
  return start;
}

export function query(input: Input, context: OperationContext): OperationResult {
  const tableName = tableNameOf(input);
  refuseLegacyParameters(input, [
    'KeyConditionExpression',
    'FilterExpression',
    'ProjectionExpression',
  ]);
  refuseIndex(input);
  const select = optionalEnum(input, 'Select', SELECT);
  const limit = optionalLimit(input);
  const forward = optionalBoolean(input, 'ScanIndexForward') ?? true;
  const consistent = optionalBoolean(input, 'ConsistentRead') ?? false;
  const keySource = optionalString(input, 'KeyConditionExpression');
  if (keySource === undefined) {
    throw validationError(
      'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.',
    );
  }
  const projectionSource = optionalString(input, 'ProjectionExpression');
  const filterSource = optionalString(input, 'FilterExpression');
  const expressions = readExpressionContext(
    input['ExpressionAttributeNames'],
    input['ExpressionAttributeValues'],
    true,
  );
  const keyCondition = parseCondition(keySource, 'KeyConditionExpression', expressions);
  const filter =
    filterSource === undefined
      ? null
      : parseCondition(filterSource, 'FilterExpression', expressions);
  const projection =
    projectionSource === undefined ? null : parseProjection(projectionSource, expressions);
  expressions.requireAllUsed();
  const definition = tableOrThrow(context, tableName);
  const keys = analyzeKeyCondition(definition, keyCondition);
  const start = startKeyOf(input, definition);

  let candidates = context.tables
    .partition(tableName, keys.partitionValue)
    .filter((item) => matchesSortCondition(keys, item));
  if (!forward) candidates.reverse();
  if (start !== null) {
    const sortKey = definition.sortKey;
    candidates =
      sortKey === null
        ? []
        : candidates.filter((item) => {
            const order =
              compareScalars(getEntry(item, sortKey.name)!, getEntry(start, sortKey.name)!) ?? 0;
            return forward ? order > 0 : order < 0;
          });
  }
  const page = readPage(definition, candidates, limit, filter);
  const consumed: Consumed = {
    tableName,
    readUnits: readUnits(page.bytesRead, consistent),
    writeUnits: 0,
  };
  return { output: pageOutput(page, select, projection), consumed: [consumed] };
}

/** Which of TotalSegments a partition belongs to in a parallel scan. */
function segmentOf(item: Item, definition: TableDefinition, totalSegments: number): number {
  const text = JSON.stringify(getEntry(item, definition.partitionKey.name));
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) >>> 0;
  return hash % totalSegments;
}

function segmentsOf(input: Input): { segment: number; total: number } | null {
  const segment = input['Segment'];
  const total = input['TotalSegments'];
  if (segment === undefined && total === undefined) return null;
  if (typeof total !== 'number') {
    throw validationError(
      'The TotalSegments parameter is required but was not present in the request when Segment parameter is present',
    );
  }
  if (typeof segment !== 'number') {
    throw validationError(
      'The Segment parameter is required but was not present in the request when parameter TotalSegments is present',
    );
  }
  if (segment < 0 || segment >= total) {
    throw validationError(
      `The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${total}`,
    );
  }
  return { segment, total };
}

export function scan(input: Input, context: OperationContext): OperationResult {
  const tableName = tableNameOf(input);
  refuseLegacyParameters(input, ['FilterExpression', 'ProjectionExpression']);
  refuseIndex(input);
  const select = optionalEnum(input, 'Select', SELECT);
  const limit = optionalLimit(input);
  const consistent = optionalBoolean(input, 'ConsistentRead') ?? false;
  const segments = segmentsOf(input);
  const { projection, filter, done } = readProjection(input, false);
  done();
  const definition = tableOrThrow(context, tableName);
  const start = startKeyOf(input, definition);
  let candidates = context.tables.scanFrom(tableName, start);
  if (segments !== null) {
    candidates = candidates.filter(
      (item) => segmentOf(item, definition, segments.total) === segments.segment,
    );
  }
  const page = readPage(definition, candidates, limit, filter);
  const consumed: Consumed = {
    tableName,
    readUnits: readUnits(page.bytesRead, consistent),
    writeUnits: 0,
  };
  return { output: pageOutput(page, select, projection), consumed: [consumed] };
}
