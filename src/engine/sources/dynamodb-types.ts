// DynamoDB tables as the platform knows them: their key schema and stream, and the item changes a
// table's stream carries to an event source mapping. Items travel in DynamoDB's JSON wire form
// (`{"id": {"S": "a"}, "n": {"N": "1"}}`), which is also the stream record's form.

export type KeyAttributeType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  name: string;
  type: KeyAttributeType;
}

/** What a stream record carries (a table's StreamSpecification.StreamViewType). */
export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';

export interface TableDefinition {
  name: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute | null;
  /** null: the table has no stream. */
  streamViewType: StreamViewType | null;
}

/** One attribute value in DynamoDB's JSON wire form. */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

export type Item = Record<string, AttributeValue>;

/** One write that changed an item: what a table's stream records (nothing for a no-op write). */
export interface ItemChange {
  tableName: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** The item's key attributes. */
  keys: Item;
  oldImage: Item | null;
  newImage: Item | null;
  /** The item's size as DynamoDB counts it (names plus values), for the record's SizeBytes. */
  sizeBytes: number;
  /** The invocation whose SDK call made the change, when one did (for loop detection). */
  origin: { functionName: string; requestId: string } | null;
}
