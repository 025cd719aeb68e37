// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testRootPerTest } from '../testing/test-root';
import { workspaceStore } from '../../store';
import { defaultWorkspace } from '../../workspace/model';
import { FunctionList } from './FunctionList';

const testRoot = testRootPerTest();

beforeEach(() => {
  workspaceStore.setState(defaultWorkspace(), true);
  testRoot.draw(<FunctionList />);
});

const addButton = () =>
  [...testRoot.container().querySelectorAll('button')].find(
    (b) => b.textContent === 'Add function',
  )!;
const runtimeSelect = () =>
  testRoot.container().querySelector<HTMLSelectElement>('select[aria-label="Add function as"]')!;

function chooseRuntime(value: string): void {
  const select = runtimeSelect();
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('FunctionList', () => {
  it('offers every runtime of the catalog for a new function, Node.js 22.x first chosen', () => {
    const options = [...runtimeSelect().options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['nodejs22.x', 'Node.js 22.x'],
      ['nodejs24.x', 'Node.js 24.x'],
      ['python3.14', 'Python 3.14'],
    ]);
    expect(runtimeSelect().value).toBe('nodejs22.x');
  });

  it('adds a Node.js function on a plain click', () => {
    act(() => addButton().click());

    const { functions, selectedId } = workspaceStore.getState();
    const added = functions.at(-1)!;
    expect(functions).toHaveLength(2);
    expect(selectedId).toBe(added.id);
    expect(added.config.runtime).toBe('nodejs22.x');
    expect(Object.keys(added.files)).toEqual(['index.ts']);
  });

  it('adds a Python function with the console’s lambda_function.py once Python is chosen', () => {
    chooseRuntime('python3.14');
    act(() => addButton().click());

    const added = workspaceStore.getState().functions.at(-1)!;
    expect(added.config.runtime).toBe('python3.14');
    expect(added.config.handler).toBe('lambda_function.lambda_handler');
    expect(Object.keys(added.files)).toEqual(['lambda_function.py']);
    expect(testRoot.container().textContent).toContain(`λ ${added.config.name}`);
  });
});
