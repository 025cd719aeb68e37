// Component tests' React root: a fresh container in the document for each test of the file
// (happy-dom), rendered into inside act() so effects have run when a test looks.
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

export interface TestRoot {
  /** Renders `node` and returns the container it is drawn in. */
  draw(node: ReactNode): HTMLElement;
  /** The current test's container. */
  container(): HTMLElement;
}

/** Call at a test file's top level: each test gets its own root, unmounted after it. */
export function testRootPerTest(): TestRoot {
  let container: HTMLElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    container = null;
    root = null;
  });
  const own = () => {
    if (!container || !root) throw new Error('testRootPerTest: use it inside a test');
    return { container, root };
  };
  return {
    draw(node) {
      const { container: drawnIn, root: current } = own();
      act(() => current.render(node));
      return drawnIn;
    },
    container: () => own().container,
  };
}
