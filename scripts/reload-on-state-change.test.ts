// Which edits reload the page in `vite dev`, and which are swapped in place.
import { describe, expect, it } from 'vitest';
import { reloadsPage } from './reload-on-state-change';

const SRC = '/repo/src';

describe(reloadsPage, () => {
  it('reloads for a plain module, whose state would run twice if swapped', () => {
    expect(reloadsPage('/repo/src/store/platform/platform-world.ts', SRC)).toBe(true);
    expect(reloadsPage('/repo/src/runtime/worker/lambda-runtime.ts', SRC)).toBe(true);
    expect(reloadsPage('/repo/src/ui/layout/view-mode.ts', SRC)).toBe(true);
  });

  it('swaps components and styles in place', () => {
    expect(reloadsPage('/repo/src/ui/layout/App.tsx', SRC)).toBe(false);
    expect(reloadsPage('/repo/src/ui/styles.css', SRC)).toBe(false);
  });

  it('leaves files outside the source folder to Vite', () => {
    expect(reloadsPage('/repo/vite.config.ts', SRC)).toBe(false);
    expect(reloadsPage('/repo/src-other/x.ts', SRC)).toBe(false);
    expect(reloadsPage('/repo/node_modules/zustand/index.js', SRC)).toBe(false);
  });
});
