// Reading a partial batch response (ReportBatchItemFailures) the way Lambda does. AWS, "Handling
// errors for an SQS event source in Lambda" → Success and failure conditions: a complete success
// for an empty or null `batchItemFailures` list or an empty or null response; a complete failure
// for an invalid JSON response, an empty-string or null `itemIdentifier`, an `itemIdentifier` with a
// bad key name, or an `itemIdentifier` with a message ID that doesn't exist
// (docs/aws-lambda.md#sqs-event-source-mapping).
// Only meaningful when the mapping enables ReportBatchItemFailures and the invoke succeeded; a
// function error fails the whole batch before this is asked.

export type BatchOutcome =
  | { kind: 'all-succeeded' }
  /** Only these messages return to the queue; the rest are deleted. */
  | { kind: 'partial'; failedIds: string[] }
  | { kind: 'all-failed'; reason: string };

function failed(reason: string): BatchOutcome {
  return { kind: 'all-failed', reason };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What a handler's result means for a batch of `messageIds`. */
export function parseBatchItemFailures(
  payloadJson: string,
  messageIds: readonly string[],
): BatchOutcome {
  const response = parse(payloadJson);
  if (response === undefined) return failed('The response is not valid JSON.');
  if (response === null) return { kind: 'all-succeeded' };
  if (typeof response !== 'object' || Array.isArray(response)) {
    return failed('The response is not an object with batchItemFailures.');
  }
  const list: unknown = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (list === undefined || list === null) return { kind: 'all-succeeded' };
  if (!Array.isArray(list)) return failed('batchItemFailures is not a list.');
  if (list.length === 0) return { kind: 'all-succeeded' };
  const failedIds = new Set<string>();
  for (const item of list as unknown[]) {
    const id: unknown =
      typeof item === 'object' && item !== null
        ? (item as { itemIdentifier?: unknown }).itemIdentifier
        : undefined;
    if (typeof id !== 'string' || id === '') {
      return failed('A batchItemFailures entry has no itemIdentifier (null, empty or misspelt).');
    }
    if (!messageIds.includes(id))
      return failed(`itemIdentifier ${id} is not a message in this batch.`);
    failedIds.add(id);
  }
  return { kind: 'partial', failedIds: messageIds.filter((id) => failedIds.has(id)) };
}
