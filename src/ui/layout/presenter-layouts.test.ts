import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRESENTER_LAYOUT,
  hiddenPanelsOf,
  layoutOfKey,
  PRESENTER_LAYOUTS,
  presenterLayoutOf,
} from './presenter-layouts';

describe('presenterLayoutOf', () => {
  it('names a layout by its exact id', () => {
    expect(presenterLayoutOf('code-stage')).toBe('code-stage');
    expect(presenterLayoutOf('all')).toBe('all');
  });

  it('names none for anything else, without reading past the cap', () => {
    expect(presenterLayoutOf('')).toBeNull();
    expect(presenterLayoutOf(null)).toBeNull();
    expect(presenterLayoutOf(7)).toBeNull();
    expect(presenterLayoutOf('toString')).toBeNull();
    expect(presenterLayoutOf(' code-stage')).toBeNull();
    expect(presenterLayoutOf('x'.repeat(1_000_000))).toBeNull();
  });
});

describe('the layouts', () => {
  it('start from every panel shown, as presenter mode always did', () => {
    expect(DEFAULT_PRESENTER_LAYOUT).toBe('all');
    expect([...hiddenPanelsOf('all')]).toEqual([]);
  });

  it('each show what they are named for', () => {
    const shown = (id: Parameters<typeof hiddenPanelsOf>[0]) => {
      const hidden = hiddenPanelsOf(id);
      return ['editor', 'triggers', 'stage', 'architecture', 'cost'].filter(
        (panel) => !hidden.has(panel as never),
      );
    };
    expect(shown('code-stage')).toEqual(['editor', 'triggers', 'stage']);
    expect(shown('stage-timeline')).toEqual(['stage']);
    expect(shown('architecture')).toEqual(['architecture']);
    expect(shown('cost')).toEqual(['cost']);
  });

  it('are picked by one key each', () => {
    expect(layoutOfKey('a')).toBe('architecture');
    expect(layoutOfKey('M')).toBe('cost');
    expect(layoutOfKey('Shift')).toBeNull();
    const keys = PRESENTER_LAYOUTS.map((layout) => layout.key);
    expect(new Set(keys).size).toBe(PRESENTER_LAYOUTS.length);
  });
});
