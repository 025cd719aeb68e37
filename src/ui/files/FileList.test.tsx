// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectedFunction, workspaceActions, workspaceStore } from '../../store';
import { defaultWorkspace } from '../../workspace/model';
import { FileList } from './FileList';

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  workspaceStore.setState(defaultWorkspace(), true);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;

/** Opens the new-file form and saves the name it offers. */
function addOfferedFile(): string {
  act(() => root.render(<FileList />));
  act(() => button('Add file').click());
  const offered = container.querySelector<HTMLInputElement>('form input')!.value;
  act(() => button('Save').click());
  return offered;
}

describe('FileList', () => {
  it('offers a Python module as a Python function’s new file, and adds it', () => {
    workspaceActions.addFunction('python3.14');

    expect(addOfferedFile()).toBe('util.py');
    expect(Object.keys(selectedFunction().files)).toEqual(['lambda_function.py', 'util.py']);
    expect(container.querySelector('[aria-current="true"]')?.textContent).toBe('util.py');
  });

  it('offers a TypeScript module to a Node.js function', () => {
    expect(addOfferedFile()).toBe('util.ts');
    expect(Object.keys(selectedFunction().files)).toEqual(['index.ts', 'util.ts']);
  });
});
