// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './PanelBoundary';

const flags = { broken: true };

function Fragile() {
  if (flags.broken) throw new TypeError("Cannot read properties of undefined (reading 'totalUsd')");
  return <p>panel content</p>;
}

/** Fails on any render while broken; its count shows whether its state survived. */
function Counter() {
  const [count, setCount] = useState(0);
  if (flags.broken) throw new Error('count cannot be drawn');
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {`count ${count}`}
    </button>
  );
}

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container, { onCaughtError: () => undefined });
  flags.broken = true;
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('PanelBoundary', () => {
  it('shows the failure in place of the panel, under the panel’s name, and leaves its siblings', () => {
    act(() =>
      root.render(
        <>
          <PanelBoundary name="Result">
            <Fragile />
          </PanelBoundary>
          <p>sibling</p>
        </>,
      ),
    );
    const region = container.querySelector('section[aria-label="Result"]');
    expect(region?.querySelector('[role="alert"] h2')?.textContent).toBe(
      'Something went wrong in the Result panel',
    );
    expect(region?.textContent).toContain(
      "TypeError: Cannot read properties of undefined (reading 'totalUsd')",
    );
    expect(container.textContent).toContain('sibling');
  });

  it('starts the panel again from nothing on Reset', () => {
    flags.broken = false;
    act(() =>
      root.render(
        <PanelBoundary name="Cost">
          <Counter />
        </PanelBoundary>,
      ),
    );
    act(() => button('count 0').click());
    flags.broken = true;
    act(() => button('count 1').click());
    expect(container.textContent).toContain('Error: count cannot be drawn');
    flags.broken = false;
    act(() => button('Reset this panel').click());
    expect(container.textContent).toBe('count 0');
  });

  it('offers a report of the error to copy', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    act(() =>
      root.render(
        <PanelBoundary name="Logs">
          <Fragile />
        </PanelBoundary>,
      ),
    );
    await act(async () => button('Report').click());
    const report = container.querySelector('textarea')?.value ?? '';
    expect(report).toMatch(/^Serverless Playground: the Logs panel stopped working\n/);
    expect(report).toContain("TypeError: Cannot read properties of undefined (reading 'totalUsd')");
    expect(writeText).toHaveBeenCalledWith(report);
    expect(container.textContent).toContain('(copied to the clipboard)');
  });
});
