import { describe, expect, it } from 'vitest';
import { NARROW_QUERY, NARROW_TABS, tabAfterKey } from './narrow-layout';

describe('tabAfterKey', () => {
  it('moves with the arrows, wrapping around at both ends', () => {
    expect(tabAfterKey('code', 'ArrowRight')).toBe('triggers');
    expect(tabAfterKey('cost', 'ArrowRight')).toBe('code');
    expect(tabAfterKey('code', 'ArrowLeft')).toBe('cost');
    expect(tabAfterKey('stage', 'ArrowLeft')).toBe('triggers');
  });

  it('goes to the ends with Home and End, and ignores other keys', () => {
    expect(tabAfterKey('logs', 'Home')).toBe('code');
    expect(tabAfterKey('code', 'End')).toBe('cost');
    expect(tabAfterKey('code', 'Enter')).toBeNull();
    expect(tabAfterKey('code', 'ArrowDown')).toBeNull();
  });
});

describe('the narrow layout', () => {
  it('has the five tabs in the order of a learner’s loop', () => {
    expect(NARROW_TABS.map((tab) => tab.label)).toEqual([
      'Code',
      'Triggers',
      'Stage',
      'Logs',
      'Cost',
    ]);
  });

  it('starts where the three columns’ minimum widths (250 + 380 + 360 px) no longer fit', () => {
    expect(NARROW_QUERY).toBe('(max-width: 999px)');
  });
});
