import { describe, expect, it } from 'vitest';
import type { KeyPress } from './view-mode';
import { appClassName, fullAppUrl, presenterAction, viewModeOf } from './view-mode';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  typing: false,
  ...over,
});

describe('viewModeOf', () => {
  it('reads embed and present from the query, with or without a value', () => {
    expect(viewModeOf('?embed')).toEqual({ embed: true, present: false });
    expect(viewModeOf('?present=1&x=2')).toEqual({ embed: false, present: true });
    expect(viewModeOf('')).toEqual({ embed: false, present: false });
  });

  it('is the embed on the embed’s own page, wherever the app is deployed', () => {
    expect(viewModeOf('', '/embed.html')).toEqual({ embed: true, present: false });
    expect(viewModeOf('?present', '/teaching/playground/embed.html')).toEqual({
      embed: true,
      present: true,
    });
    expect(viewModeOf('', '/teaching/playground/')).toEqual({ embed: false, present: false });
    expect(viewModeOf('', '/not-embed.html')).toEqual({ embed: false, present: false });
  });
});

describe('fullAppUrl', () => {
  it('drops embed and the fragment, keeping the rest', () => {
    expect(fullAppUrl('https://example.com/play/?embed&present#share=1.abc')).toBe(
      'https://example.com/play/?present=',
    );
    expect(fullAppUrl('https://example.com/?embed=1')).toBe('https://example.com/');
  });

  it('goes from the embed’s page to the app’s, in the same folder', () => {
    expect(fullAppUrl('https://example.com/teaching/playground/embed.html#share=1.abc')).toBe(
      'https://example.com/teaching/playground/',
    );
    expect(fullAppUrl('https://example.com/embed.html?present')).toBe(
      'https://example.com/?present=',
    );
  });
});

describe('presenterAction', () => {
  it('toggles presenter mode on Alt+Shift+P, even while typing', () => {
    const altShiftP = press({ key: 'Π', code: 'KeyP', altKey: true, shiftKey: true, typing: true });
    expect(presenterAction(altShiftP, false)).toEqual({ type: 'toggle-presenter' });
    expect(presenterAction(press({ key: 'P', code: 'KeyP', shiftKey: true }), false)).toBeNull();
  });

  it('toggles a panel by its digit in presenter mode only, never while typing', () => {
    expect(presenterAction(press({ key: '6' }), true)).toEqual({
      type: 'toggle-panel',
      panel: 'logs',
    });
    expect(presenterAction(press({ key: '6' }), false)).toBeNull();
    expect(presenterAction(press({ key: '6', typing: true }), true)).toBeNull();
    expect(presenterAction(press({ key: '1', ctrlKey: true }), true)).toBeNull();
    expect(presenterAction(press({ key: '9' }), true)).toBeNull();
  });
});

describe('appClassName', () => {
  const hidden = new Set(['logs', 'workspace'] as const);
  const wide = { presenter: true, narrow: false, layout: 'code-stage' } as const;

  it('marks the layout and the hidden panels in presenter mode only', () => {
    expect(appClassName(wide, hidden)).toBe(
      'app presenter layout-code-stage hide-workspace hide-logs',
    );
    expect(appClassName({ ...wide, presenter: false }, hidden)).toBe('app');
  });

  it('gives a narrow screen its single column, with no presenter layout to squeeze into it', () => {
    expect(appClassName({ ...wide, narrow: true }, hidden)).toBe('app narrow presenter');
    expect(appClassName({ ...wide, narrow: true, presenter: false }, hidden)).toBe('app narrow');
  });
});
