// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import { defaultWorkspace } from '../../workspace/model';

// Opening a workspace resets the page's platform, which needs workers; here it only has to happen.
vi.mock('../../store/platform/playground', () => ({ resetPlatform: vi.fn() }));

const RECORD_PREFIX = 'serverless-playground:library:v1:';
const storage = memoryStorage();
const broken = { ids: new Set<string>() };
let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

function save(id: string, name: string): void {
  const record = { name, updatedAt: 1, revision: 1, workspace: defaultWorkspace() };
  storage.setItem(`${RECORD_PREFIX}${id}`, JSON.stringify(record));
}

/** Loads the store and the boundary afresh over the seeded storage, as a page load does. */
async function boot() {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  const store = await import('../../store');
  (await import('../../store/start-app')).openSavedWork();
  const { AppBoundary } = await import('./AppBoundary');
  function Workbench() {
    const id = store.workspaceLibraryStore.getState().currentId;
    if (broken.ids.has(id)) throw new TypeError(`workspace ${id} cannot be drawn`);
    return <p>workbench of {id}</p>;
  }
  act(() =>
    root.render(
      <AppBoundary>
        <Workbench />
      </AppBoundary>,
    ),
  );
  return store;
}

function button(name: string): HTMLButtonElement {
  const all = [...container.querySelectorAll('button')];
  const found = all.find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

beforeEach(() => {
  storage.clear();
  broken.ids.clear();
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container, { onCaughtError: () => undefined });
  save('ws-a', 'constructor');
  save('ws-b', 'Lecture 2');
  storage.setItem('serverless-playground:current-workspace:v1', '"ws-a"');
  broken.ids.add('ws-a');
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('AppBoundary', () => {
  it('lands on the recovery screen with every saved workspace, the failing one marked', async () => {
    await boot();
    expect(container.querySelector('h2')?.textContent).toBe(
      'Something went wrong in the workspace “constructor”',
    );
    const rows = [...container.querySelectorAll('[aria-label="Saved workspaces"] li')];
    expect(rows.map((row) => row.textContent)).toEqual([
      'constructor — did not openTry again',
      'Lecture 2Open',
    ]);
  });

  it('opens another workspace and shows the app again', async () => {
    const store = await boot();
    act(() => button('Open workspace Lecture 2').click());
    expect(store.workspaceLibraryStore.getState().currentId).toBe('ws-b');
    expect(container.textContent).toBe('workbench of ws-b');
  });

  it('starts a clean workspace without deleting any', async () => {
    const store = await boot();
    act(() => button('Start with a clean workspace').click());
    const { entries, currentId } = store.workspaceLibraryStore.getState();
    expect(entries.map((entry) => entry.name)).toEqual([
      'constructor',
      'Lecture 2',
      'Untitled workspace',
    ]);
    expect(currentId).not.toMatch(/^ws-[ab]$/);
    expect(container.textContent).toBe(`workbench of ${currentId}`);
    expect(storage.getItem(`${RECORD_PREFIX}ws-a`)).not.toBeNull();
  });

  it('exports all saved work as one file', async () => {
    await boot();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backup';
    });
    act(() => button('Export all my work').click());
    const backup = JSON.parse(await blobs[0]!.text()) as { items: Array<{ key: string }> };
    expect(backup.items.map((item) => item.key)).toEqual([
      'serverless-playground:current-workspace:v1',
      `${RECORD_PREFIX}ws-a`,
      `${RECORD_PREFIX}ws-b`,
    ]);
  });
});
