import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import type { Theme, ThemeChoice } from './theme';
import { MONACO_THEME, readThemeChoice, resolveTheme, THEME_KEY, writeThemeChoice } from './theme';
import { setThemeChoice, themeStore } from './theme-store';

describe('resolveTheme', () => {
  it('follows the system setting by default', () => {
    expect(resolveTheme('system', true, false)).toBe('dark');
    expect(resolveTheme('system', false, false)).toBe('light');
  });

  it('lets a chosen theme override the system setting', () => {
    expect(resolveTheme('light', true, false)).toBe('light');
    expect(resolveTheme('dark', false, false)).toBe('dark');
  });

  it('makes presenter mode the high-contrast variant of the theme in force', () => {
    const cases: [ThemeChoice, boolean, Theme][] = [
      ['light', true, 'hc-light'],
      ['dark', false, 'hc-dark'],
      ['system', false, 'hc-light'],
      ['system', true, 'hc-dark'],
    ];
    for (const [choice, systemDark, theme] of cases) {
      expect(resolveTheme(choice, systemDark, true), `${choice}, system dark ${systemDark}`).toBe(
        theme,
      );
    }
  });

  it('gives Monaco the matching built-in theme', () => {
    expect(MONACO_THEME).toEqual({
      light: 'vs',
      dark: 'vs-dark',
      'hc-light': 'hc-light',
      'hc-dark': 'hc-black',
    });
  });
});

describe('the stored choice', () => {
  it('is System when nothing is stored, storage is missing, or what it holds is no choice', () => {
    expect(readThemeChoice(memoryStorage())).toBe('system');
    expect(readThemeChoice(undefined)).toBe('system');
    const damaged = memoryStorage();
    damaged.setItem(THEME_KEY, '"dark"');
    expect(readThemeChoice(damaged)).toBe('system');
  });

  it('is System when reading storage throws', () => {
    const blocked = {
      ...memoryStorage(),
      getItem: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    };
    expect(readThemeChoice(blocked)).toBe('system');
  });

  it('survives a reload: what is written is read back', () => {
    const storage = memoryStorage();
    writeThemeChoice(storage, 'light');
    expect(storage.getItem(THEME_KEY)).toBe('light');
    expect(readThemeChoice(storage)).toBe('light');
    writeThemeChoice(storage, 'dark');
    expect(readThemeChoice(storage)).toBe('dark');
  });

  it('is removed when System is chosen, so the page follows the system again', () => {
    const storage = memoryStorage();
    writeThemeChoice(storage, 'dark');
    writeThemeChoice(storage, 'system');
    expect(storage.getItem(THEME_KEY)).toBeNull();
    expect(readThemeChoice(storage)).toBe('system');
  });

  it('is not kept when storage is full, without failing the switch', () => {
    const full = memoryStorage({ failWrites: 'full' });
    expect(() => writeThemeChoice(full, 'light')).not.toThrow();
    expect(readThemeChoice(full)).toBe('system');
  });

  it('is kept and applied by the store', () => {
    const storage = memoryStorage();
    setThemeChoice('light', storage);
    expect(themeStore.getState().choice).toBe('light');
    expect(readThemeChoice(storage)).toBe('light');
    setThemeChoice('system', storage);
    expect(themeStore.getState().choice).toBe('system');
  });
});

describe("index.html's early theme script", () => {
  const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
  const code = /<script id="early-theme">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  /** The `data-theme` the script puts on the page before its first paint. */
  function earlyTheme(storage: Storage): string | undefined {
    const documentElement = { dataset: {} as Record<string, string> };
    new Function('localStorage', 'document', code)(storage, { documentElement });
    return documentElement.dataset.theme;
  }

  it('puts a stored Light or Dark on the page as the app itself will', () => {
    for (const choice of ['light', 'dark'] as const) {
      const storage = memoryStorage();
      writeThemeChoice(storage, choice);
      // The system's setting is the opposite: the stored choice must win.
      expect(earlyTheme(storage)).toBe(
        resolveTheme(readThemeChoice(storage), choice === 'light', false),
      );
    }
  });

  it('leaves System, and anything it does not know, to the stylesheet', () => {
    const storage = memoryStorage();
    expect(earlyTheme(storage)).toBeUndefined();
    storage.setItem(THEME_KEY, 'sepia');
    expect(earlyTheme(storage)).toBeUndefined();
  });
});
