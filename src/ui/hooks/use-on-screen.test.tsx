// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useOnScreen } from './use-on-screen';

type Report = (entries: Array<{ isIntersecting: boolean }>) => void;

/** The observers made so far, each as the callback the browser would call with its reports. */
let reports: Report[] = [];

class FakeIntersectionObserver {
  constructor(callback: Report) {
    reports.push(callback);
  }
  observe(): void {}
  disconnect(): void {}
}

function Probe() {
  const ref = useRef<HTMLParagraphElement>(null);
  const onScreen = useOnScreen(ref);
  return <p ref={ref}>{onScreen ? 'on screen' : 'off screen'}</p>;
}

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  reports = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('useOnScreen', () => {
  it('starts on screen and follows the last report of each batch', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    act(() => root.render(<Probe />));
    expect(container.textContent).toBe('on screen');
    expect(reports).toHaveLength(1);

    act(() => reports[0]!([{ isIntersecting: false }]));
    expect(container.textContent).toBe('off screen');
    // Scrolled in and out again within one batch: it has left the screen.
    act(() => reports[0]!([{ isIntersecting: true }, { isIntersecting: false }]));
    expect(container.textContent).toBe('off screen');
    act(() => reports[0]!([{ isIntersecting: false }, { isIntersecting: true }]));
    expect(container.textContent).toBe('on screen');
  });

  it('stays on screen where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    act(() => root.render(<Probe />));
    expect(container.textContent).toBe('on screen');
    expect(reports).toHaveLength(0);
  });
});
