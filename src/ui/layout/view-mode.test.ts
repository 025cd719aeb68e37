import { describe, expect, it } from 'vitest';
import type { KeyPress } from './view-mode';
import { PRESENTER_LAYOUTS } from './presenter-layouts';
import {
  appClassName,
  fullAppUrl,
  PANELS,
  presenterAction,
  presenterLinkUrl,
  viewModeOf,
} from './view-mode';

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
    expect(viewModeOf('?embed')).toEqual({ embed: true, present: false, layout: null });
    expect(viewModeOf('?present=1&x=2')).toEqual({ embed: false, present: true, layout: null });
    expect(viewModeOf('')).toEqual({ embed: false, present: false, layout: null });
  });

  it('is the embed on the embed’s own page, wherever the app is deployed', () => {
    expect(viewModeOf('', '/embed.html')).toEqual({ embed: true, present: false, layout: null });
    expect(viewModeOf('?present', '/teaching/playground/embed.html')).toEqual({
      embed: true,
      present: true,
      layout: null,
    });
    expect(viewModeOf('', '/teaching/playground/')).toEqual({
      embed: false,
      present: false,
      layout: null,
    });
    expect(viewModeOf('', '/not-embed.html')).toEqual({
      embed: false,
      present: false,
      layout: null,
    });
  });
});

describe('viewModeOf with a presenter layout', () => {
  it('reads the layout a link names', () => {
    expect(viewModeOf('?present=code-stage')).toEqual({
      embed: false,
      present: true,
      layout: 'code-stage',
    });
    expect(viewModeOf('?x=1&present=cost').layout).toBe('cost');
  });

  it('falls back to no layout (the presenter’s own) on anything else a link may carry', () => {
    for (const hostile of [
      '?present=__proto__',
      '?present=constructor',
      '?present=Code-Stage',
      '?present=code-stage%00',
      `?present=${'code-stage'.repeat(10_000)}`,
      '?present=%F0%9F%92%A5',
    ]) {
      expect(viewModeOf(hostile)).toEqual({ embed: false, present: true, layout: null });
    }
  });
});

describe('presenterLinkUrl', () => {
  it('says presenter mode and its layout in the query, keeping the rest', () => {
    expect(presenterLinkUrl('https://example.com/play/?a=1#share=1.x', true, 'code-stage')).toBe(
      'https://example.com/play/?a=1&present=code-stage#share=1.x',
    );
    expect(presenterLinkUrl('https://example.com/?present=cost', true, 'architecture')).toBe(
      'https://example.com/?present=architecture',
    );
  });

  it('drops presenter mode from the link when the sharer is not presenting', () => {
    expect(presenterLinkUrl('https://example.com/?present=cost&a=1', false, 'cost')).toBe(
      'https://example.com/?a=1',
    );
    expect(presenterLinkUrl('https://example.com/play/', false, 'all')).toBe(
      'https://example.com/play/',
    );
  });

  it('round-trips every layout through the address', () => {
    for (const { id } of PRESENTER_LAYOUTS) {
      const url = new URL(presenterLinkUrl('https://example.com/', true, id));
      expect(viewModeOf(url.search).layout).toBe(id);
    }
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
    expect(presenterAction(press({ key: 'x' }), true)).toBeNull();
  });

  it('picks a layout by its key, in either case, in presenter mode only', () => {
    expect(presenterAction(press({ key: 'c' }), true)).toEqual({
      type: 'layout',
      layout: 'code-stage',
    });
    expect(presenterAction(press({ key: 'T', shiftKey: true }), true)).toEqual({
      type: 'layout',
      layout: 'stage-timeline',
    });
    expect(presenterAction(press({ key: '0' }), true)).toEqual({ type: 'layout', layout: 'all' });
    expect(presenterAction(press({ key: 'c' }), false)).toBeNull();
    expect(presenterAction(press({ key: 'a', typing: true }), true)).toBeNull();
    expect(presenterAction(press({ key: 'm', metaKey: true }), true)).toBeNull();
  });

  it('gives each key one meaning', () => {
    const keys = [...PANELS.map((p) => p.key), ...PRESENTER_LAYOUTS.map((l) => l.key)];
    expect(new Set(keys).size).toBe(keys.length);
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
