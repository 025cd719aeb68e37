import { describe, expect, it } from 'vitest';
import type { TableDefinition } from '../../../engine';
import { setupPlatform, testBundle, testConfig } from '../../../engine/testing/platform-fixture';
import type { TableDraft } from '../../../workspace/model';
import { newStreamMapping } from '../../../workspace/table-drafts';
import { createTablesReconciler } from './tables-sync';

function orders(overrides: Partial<TableDraft> = {}): TableDraft {
  return {
    id: 'table-1',
    name: 'orders',
    partitionKey: { name: 'id', type: 'S' },
    sortKey: null,
    streamViewType: 'NEW_IMAGE',
    mappings: [newStreamMapping('fn-1')],
    ...overrides,
  };
}

function setup() {
  const world = setupPlatform();
  world.platform.deploy(testConfig(), testBundle());
  const defined: Array<readonly TableDefinition[]> = [];
  const reconciler = createTablesReconciler(
    () => world.platform,
    (id) => Promise.resolve(id === 'fn-1' ? 'add' : null),
    (definitions) => defined.push(definitions),
  );
  return { ...world, defined, reconciler };
}

describe('tables sync', () => {
  it('defines the valid tables in the platform and the table store, and maps their streams', async () => {
    const { platform, defined, reconciler } = setup();
    const problems = await reconciler.apply([orders(), orders({ id: 'table-2', name: 'x' })]);
    expect(defined.at(-1)?.map((t) => t.name)).toEqual(['orders']);
    expect(platform.streamTables().map((t) => t.name)).toEqual(['orders']);
    expect(problems.get('table:table-2')).toContain("at 'tableName'");
    expect(platform.streamMappings()).toMatchObject([
      { tableName: 'orders', functionName: 'add', batchSize: 100 },
    ]);
  });

  it('makes a mapping again when its settings change, and drops it with its table', async () => {
    const { platform, reconciler } = setup();
    await reconciler.apply([orders()]);
    const [first] = platform.streamMappings();
    await reconciler.apply([orders()]);
    expect(platform.streamMappings()[0]?.id).toBe(first?.id);
    await reconciler.apply([orders({ mappings: [{ ...newStreamMapping('fn-1'), batchSize: 5 }] })]);
    expect(platform.streamMappings()).toMatchObject([{ batchSize: 5 }]);
    expect(platform.streamMappings()[0]?.id).not.toBe(first?.id);
    await reconciler.apply([]);
    expect(platform.streamMappings()).toEqual([]);
    expect(platform.streamTables()).toEqual([]);
  });

  it('reports a mapping Lambda refuses, and maps again after its stream was replaced', async () => {
    const { platform, reconciler } = setup();
    const bad = orders({ mappings: [{ ...newStreamMapping('fn-1'), batchSize: 0 }] });
    expect((await reconciler.apply([bad])).get('mapping:table-1:fn-1')).toContain("'batchSize'");
    await reconciler.apply([orders()]);
    await reconciler.apply([orders({ streamViewType: 'KEYS_ONLY' })]);
    expect(platform.streamMappings()).toHaveLength(1);
    reconciler.takeDown();
    expect(platform.streamMappings()).toEqual([]);
  });
});
