import { describe, expect, it } from 'vitest';
import type { LinkScenario } from '../share';
import { decodeScenario, encodeScenario, scenarioProblem } from '../share';
import { samTemplate } from '../share/sam-template';
import { scenarioFromTemplate } from '../share/sam-read';
import type { TableDraft, Workspace } from './model';
import { completeWorkspace, createFunctionDraft, defaultWorkspace } from './model';
import { samScenarioOf, workspaceOfSam } from './sam';
import { scenarioOf, workspaceOf } from './share-link';
import {
  decodeTables,
  MAX_TABLES,
  newStreamMapping,
  newTableProblem,
  tableMappingProblem,
  tablesWithoutFunction,
} from './table-drafts';

function orders(overrides: Partial<TableDraft> = {}): TableDraft {
  return {
    id: 'table-1',
    name: 'orders',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'N' },
    streamViewType: 'NEW_AND_OLD_IMAGES',
    mappings: [
      {
        ...newStreamMapping('fn-2'),
        startingPosition: 'TRIM_HORIZON',
        batchSize: 10,
        maximumRetryAttempts: 3,
        bisectBatchOnFunctionError: true,
        reportBatchItemFailures: true,
      },
    ],
    ...overrides,
  };
}

function withTables(...tables: TableDraft[]): Workspace {
  const workspace = defaultWorkspace();
  workspace.functions.push(createFunctionDraft('fn-2', 'on-order'));
  workspace.tables = tables;
  return workspace;
}

describe('table rules', () => {
  it.each([
    [
      'ab',
      "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    ],
    [
      'my table',
      "1 validation error detected: Value 'my table' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    ],
    [
      'x'.repeat(256),
      `1 validation error detected: Value '${'x'.repeat(256)}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`,
    ],
    ['taken', 'Table already exists: taken'],
    ['Orders_2024.v-1', null],
  ])('checks the name %s as CreateTable does', (name, problem) => {
    const other = orders({ id: 'table-2', name: 'taken' });
    expect(newTableProblem(orders({ name }), [other])).toBe(problem);
  });

  it('refuses an empty key name and a sort key named as the partition key', () => {
    expect(newTableProblem(orders({ partitionKey: { name: '', type: 'S' } }), [])).toBe(
      "1 validation error detected: Value '' at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(newTableProblem(orders({ sortKey: { name: 'pk', type: 'N' } }), [])).toBe(
      'Both the Hash Key and the Range Key element in the KeySchema have the same name',
    );
  });

  it('checks a mapping’s settings as Lambda does, and needs a stream', () => {
    const table = orders();
    const mapping = newStreamMapping('fn-2');
    expect(mapping).toMatchObject({ batchSize: 100, maximumRetryAttempts: -1 });
    expect(tableMappingProblem(table, mapping)).toBeNull();
    expect(tableMappingProblem(table, { ...mapping, batchSize: 0 })).toBe(
      "1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect(tableMappingProblem(table, { ...mapping, maximumRetryAttempts: -2 })).toContain(
      "at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value greater than or equal to -1",
    );
    expect(tableMappingProblem(table, { ...mapping, maximumRecordAgeSec: 30 })).toBe(
      'MaximumRecordAgeInSeconds must be -1 (infinite) or between 60 and 604800 seconds.',
    );
    expect(tableMappingProblem({ ...table, streamViewType: null }, mapping)).toBe(
      'Table orders has no stream: turn its stream on to map a function to it.',
    );
  });

  it('drops a removed function’s mappings and keeps the table', () => {
    expect(tablesWithoutFunction([orders()], 'fn-2')).toEqual([orders({ mappings: [] })]);
  });
});

describe('decodeTables', () => {
  it('keeps well-formed tables and drops the rest, field by field', () => {
    const hostile = JSON.parse(
      `[${JSON.stringify(orders())}, {"id":"__proto__","name":"evil","partitionKey":{"name":"k","type":"X"}},
        {"id":"table-1","name":"again","partitionKey":{"name":"k","type":"S"}},
        {"id":"t3","name":"loose","partitionKey":{"name":"k","type":"N"},"sortKey":5,"streamViewType":"ALL",
         "mappings":[{"functionId":"__proto__","batchSize":"9"},{"functionId":"__proto__"},{"nope":1}]}]`,
    ) as unknown;
    expect(decodeTables(hostile)).toEqual([
      orders(),
      {
        id: 't3',
        name: 'loose',
        partitionKey: { name: 'k', type: 'N' },
        sortKey: null,
        streamViewType: null,
        mappings: [newStreamMapping('__proto__')],
      },
    ]);
    expect(decodeTables({ length: 5 })).toEqual([]);
  });

  it('caps how many tables a save or link may hold', () => {
    const many = Array.from({ length: MAX_TABLES + 5 }, (_, i) =>
      orders({ id: `t${i}`, name: `table${i}` }),
    );
    expect(decodeTables(many)).toHaveLength(MAX_TABLES);
  });

  it('reads a save from before tables as none', () => {
    const { tables: _tables, ...old } = defaultWorkspace();
    expect(completeWorkspace(old).tables).toEqual([]);
  });
});

describe('tables in a share link', () => {
  it('round-trips through the link', () => {
    const workspace = withTables(orders(), orders({ id: 'table-2', name: 'audit', mappings: [] }));
    const link = encodeScenario(scenarioOf(workspace, 1));
    const decoded = decodeScenario(link);
    if (!decoded.ok) throw new Error(decoded.problem);
    const opened = workspaceOf(decoded.scenario);
    expect(opened.ok && opened.workspace.tables).toEqual(workspace.tables);
  });

  it('leaves tables out of a link that has none', () => {
    expect(scenarioOf(withTables(), 1)).not.toHaveProperty('tables');
  });

  it('refuses a link whose mapping names a missing function, or a table twice', () => {
    const scenario = scenarioOf(withTables(orders()), 1);
    const missing: LinkScenario = {
      ...scenario,
      tables: [orders({ mappings: [newStreamMapping('fn-9')] })],
    };
    expect(scenarioProblem(missing)).toBe(
      'tables[0].mappings[0] names a function the scenario does not have ("fn-9")',
    );
    const twice: LinkScenario = { ...scenario, tables: [orders(), orders({ id: 'table-2' })] };
    expect(scenarioProblem(twice)).toBe('the table name "orders" appears twice');
  });
});

describe('tables in a SAM project', () => {
  it('writes the table and its stream event, and reads both back', () => {
    const workspace = withTables(orders());
    const sam = samScenarioOf(workspace);
    const template = samTemplate(sam) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    expect(template.Resources.OrdersTable).toMatchObject({
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'N' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      },
    });
    expect(template.Resources.OnOrderFunction?.Properties.Events).toEqual({
      DynamoDbOrders: {
        Type: 'DynamoDB',
        Properties: {
          Stream: { 'Fn::GetAtt': ['OrdersTable', 'StreamArn'] },
          StartingPosition: 'TRIM_HORIZON',
          BatchSize: 10,
          MaximumRetryAttempts: 3,
          BisectBatchOnFunctionError: true,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        },
      },
    });
    const read = scenarioFromTemplate(template, {});
    if (!read.ok) throw new Error(read.message);
    expect(read.scenario.tables).toEqual(sam.tables);
    const opened = workspaceOfSam({ ...read.scenario, functions: sam.functions });
    expect(opened.ok && opened.workspace.tables).toEqual(workspace.tables);
  });

  it('reads a hand-written `!GetAtt T.StreamArn` event with Lambda’s defaults', () => {
    const template = {
      Resources: {
        Fn: {
          Type: 'AWS::Serverless::Function',
          Properties: {
            CodeUri: 'functions/fn/',
            Events: {
              Changes: {
                Type: 'DynamoDB',
                Properties: { Stream: { 'Fn::GetAtt': 'T.StreamArn' }, StartingPosition: 'LATEST' },
              },
            },
          },
        },
        T: {
          Type: 'AWS::DynamoDB::Table',
          Properties: {
            KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
            StreamSpecification: { StreamViewType: 'KEYS_ONLY' },
          },
        },
      },
    };
    const read = scenarioFromTemplate(template, {});
    expect(read.ok && read.scenario.tables).toEqual([
      {
        name: 'T',
        partitionKey: { name: 'id', type: 'S' },
        sortKey: null,
        streamViewType: 'KEYS_ONLY',
        mappings: [
          {
            functionName: 'fn',
            startingPosition: 'LATEST',
            batchSize: 100,
            maximumBatchingWindowSec: 0,
            maximumRetryAttempts: -1,
            maximumRecordAgeSec: -1,
            bisectBatchOnFunctionError: false,
            reportBatchItemFailures: false,
          },
        ],
      },
    ]);
  });
});
