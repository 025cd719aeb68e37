// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testRootPerTest } from '../testing/test-root';
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

const testRoot = testRootPerTest();

beforeEach(() => {
  reports = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useOnScreen', () => {
  it('starts on screen and follows the last report of each batch', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    testRoot.draw(<Probe />);
    expect(testRoot.container().textContent).toBe('on screen');
    expect(reports).toHaveLength(1);

    act(() => reports[0]!([{ isIntersecting: false }]));
    expect(testRoot.container().textContent).toBe('off screen');
    // Scrolled in and out again within one batch: it has left the screen.
    act(() => reports[0]!([{ isIntersecting: true }, { isIntersecting: false }]));
    expect(testRoot.container().textContent).toBe('off screen');
    act(() => reports[0]!([{ isIntersecting: false }, { isIntersecting: true }]));
    expect(testRoot.container().textContent).toBe('on screen');
  });

  it('stays on screen where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    testRoot.draw(<Probe />);
    expect(testRoot.container().textContent).toBe('on screen');
    expect(reports).toHaveLength(0);
  });
});
