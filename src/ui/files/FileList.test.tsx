// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testRootPerTest } from '../testing/test-root';
import { selectedFunction, workspaceActions, workspaceStore } from '../../store';
import { defaultWorkspace } from '../../workspace/model';
import { FileList } from './FileList';

const testRoot = testRootPerTest();

beforeEach(() => {
  workspaceStore.setState(defaultWorkspace(), true);
});

const button = (name: string) =>
  [...testRoot.container().querySelectorAll('button')].find((b) => b.textContent === name)!;

/** Opens the new-file form and saves the name it offers. */
function addOfferedFile(): string {
  testRoot.draw(<FileList />);
  act(() => button('Add file').click());
  const offered = testRoot.container().querySelector<HTMLInputElement>('form input')!.value;
  act(() => button('Save').click());
  return offered;
}

describe('FileList', () => {
  it('offers a Python module as a Python function’s new file, and adds it', () => {
    workspaceActions.addFunction('python3.14');

    expect(addOfferedFile()).toBe('util.py');
    expect(Object.keys(selectedFunction().files)).toEqual(['lambda_function.py', 'util.py']);
    expect(testRoot.container().querySelector('[aria-current="true"]')?.textContent).toBe(
      'util.py',
    );
  });

  it('offers a TypeScript module to a Node.js function', () => {
    expect(addOfferedFile()).toBe('util.ts');
    expect(Object.keys(selectedFunction().files)).toEqual(['index.ts', 'util.ts']);
  });
});
