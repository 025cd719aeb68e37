// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testRootPerTest } from '../testing/test-root';
import { selectedFunction, workspaceStore } from '../../store';
import { defaultWorkspace } from '../../workspace/model';
import { FunctionSettings } from './FunctionSettings';

const testRoot = testRootPerTest();

beforeEach(() => {
  workspaceStore.setState(defaultWorkspace(), true);
  testRoot.draw(<FunctionSettings />);
});

/** The select the label `words` names (Field wraps its control in the <label>). */
function selectLabelled(words: string): HTMLSelectElement {
  const label = [...testRoot.container().querySelectorAll('label')].find((l) =>
    l.textContent?.startsWith(words),
  );
  return label!.querySelector('select')!;
}

describe('FunctionSettings', () => {
  it('lists the runtimes of the catalog, by their console names and Lambda identifiers', () => {
    const options = [...selectLabelled('Runtime').options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['nodejs22.x', 'Node.js 22.x'],
      ['nodejs24.x', 'Node.js 24.x'],
      ['python3.14', 'Python 3.14'],
    ]);
  });

  it('changes only the runtime, as the console does: the handler and files stay', () => {
    const before = selectedFunction();
    const select = selectLabelled('Runtime');
    act(() => {
      select.value = 'python3.14';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });

    const after = selectedFunction();
    expect(after.config).toEqual({ ...before.config, runtime: 'python3.14' });
    expect(after.files).toBe(before.files);
    expect(selectLabelled('Runtime').value).toBe('python3.14');
  });
});
