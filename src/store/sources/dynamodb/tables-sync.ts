// Keeps a platform's tables, their streams and the streams' event source mappings in step with the
// workspace's table drafts, and hands the same table definitions to the app's table store (the
// `defineTables` hook), so the items' store and the streams always know the same tables.
import type { DynamoDBStreamsApi, StreamMappingConfig, TableDefinition } from '../../../engine';
import { ApiError, ResourceNotFoundError } from '../../../engine';
import type { TableDraft } from '../../../workspace/model';
import {
  newTableProblem,
  tableDefinitionOf,
  tableMappingProblem,
} from '../../../workspace/table-drafts';

/** The platform name of a function (by id), deploying it if need be; null if it cannot run. */
export type ResolveFunction = (functionId: string) => Promise<string | null>;

/** Why a draft is not on the platform, by `table:<id>` or `mapping:<tableId>:<functionId>`. */
export type TableProblems = Map<string, string>;

export interface TablesReconciler {
  apply(tables: readonly TableDraft[]): Promise<TableProblems>;
  /** Deletes every mapping it made (a reset); the next apply makes them afresh. */
  takeDown(): void;
}

interface AppliedMapping {
  id: string;
  key: string;
}

export function createTablesReconciler(
  platform: () => DynamoDBStreamsApi,
  resolve: ResolveFunction,
  defineTables: (definitions: readonly TableDefinition[]) => void,
): TablesReconciler {
  /** By `<tableId>:<functionId>`. */
  const applied = new Map<string, AppliedMapping>();

  async function wantedMappings(tables: readonly TableDraft[], problems: TableProblems) {
    const wanted = new Map<string, StreamMappingConfig>();
    for (const table of tables) {
      if (problems.has(`table:${table.id}`)) continue;
      for (const mapping of table.mappings) {
        const key = `${table.id}:${mapping.functionId}`;
        const problem = tableMappingProblem(table, mapping);
        if (problem !== null) {
          problems.set(`mapping:${key}`, problem);
          continue;
        }
        // A function that cannot be deployed is left out; readyToRun's notice says why.
        const functionName = await resolve(mapping.functionId);
        if (functionName === null) continue;
        const { functionId: _id, ...settings } = mapping;
        wanted.set(key, { ...settings, tableName: table.name, functionName });
      }
    }
    return wanted;
  }

  return {
    async apply(tables) {
      const problems: TableProblems = new Map();
      const valid: TableDraft[] = [];
      for (const table of tables) {
        const problem = newTableProblem(table, valid);
        if (problem === null) valid.push(table);
        else problems.set(`table:${table.id}`, problem);
      }
      const definitions = valid.map(tableDefinitionOf);
      defineTables(definitions);
      platform().defineStreamTables(definitions);
      // A stream closed by the definitions took its mappings: they are made again below.
      const live = new Set(
        platform()
          .streamMappings()
          .map((m) => m.id),
      );
      const wanted = await wantedMappings(valid, problems);
      for (const [key, mapping] of applied) {
        const config = wanted.get(key);
        if (live.has(mapping.id) && config && JSON.stringify(config) === mapping.key) continue;
        if (live.has(mapping.id)) platform().deleteStreamMapping(mapping.id);
        applied.delete(key);
      }
      for (const [key, config] of wanted) {
        if (applied.has(key)) continue;
        try {
          const id = platform().createStreamMapping(config);
          applied.set(key, { id, key: JSON.stringify(config) });
        } catch (error) {
          if (!(error instanceof ApiError || error instanceof ResourceNotFoundError)) throw error;
          problems.set(`mapping:${key}`, error.message);
        }
      }
      return problems;
    },
    takeDown() {
      const live = new Set(
        platform()
          .streamMappings()
          .map((m) => m.id),
      );
      for (const { id } of applied.values()) {
        if (live.has(id)) platform().deleteStreamMapping(id);
      }
      applied.clear();
    },
  };
}
