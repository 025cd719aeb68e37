// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { costMeterStore } from '../../store';
import { liveWorld } from '../../store/platform/platform-world';
import { LiveMeter } from './LiveMeter';

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('LiveMeter', () => {
  it('draws a billed session before the platform starts without starting it', () => {
    // A meter with usage, as a render before the app's start-up could meet it.
    costMeterStore.setState({
      usage: { requests: 2, gbSeconds: { x86_64: 0.0025, arm64: 0 }, storageGbSeconds: 0 },
      totalUsd: 0.00000044166675,
    });
    act(() => root.render(<LiveMeter />));

    expect(container.querySelector('[data-testid="cost-total"]')?.textContent).toBe(
      '$0.00000044166675',
    );
    // No clock to read yet: no projection, and no platform made to read one.
    expect(container.querySelector('[data-testid="cost-projection"]')).toBeNull();
    expect(liveWorld()).toBeNull();
  });
});
