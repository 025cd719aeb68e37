// Lesson text's markup: code spans and bold, everything else plain text (HTML included).
import { describe, expect, it } from 'vitest';
import { inlineParts } from './inline-markup';

describe(inlineParts, () => {
  it('splits code spans and bold out of plain text', () => {
    expect(inlineParts('Return `a + b` **now**.')).toEqual([
      { kind: 'text', text: 'Return ' },
      { kind: 'code', text: 'a + b' },
      { kind: 'text', text: ' ' },
      { kind: 'bold', text: 'now' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves HTML and unmatched markers as text', () => {
    expect(inlineParts('<b>x</b> ` and **')).toEqual([{ kind: 'text', text: '<b>x</b> ` and **' }]);
  });
});
