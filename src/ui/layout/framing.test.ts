import { describe, expect, it } from 'vitest';
import type { FrameView } from './framing';
import { framedByAnotherOrigin } from './framing';

const at = (origin: string) => ({ location: { origin } });

describe(framedByAnotherOrigin, () => {
  it('is false for a page of its own tab, where top is the window itself', () => {
    const tab: FrameView = { ...at('https://play.example'), self: null, top: null };
    tab.self = tab;
    tab.top = tab;
    expect(framedByAnotherOrigin(tab)).toBe(false);
  });

  it('is false in a frame of a page of the same origin', () => {
    const view: FrameView = {
      ...at('https://play.example'),
      self: {},
      top: at('https://play.example'),
    };
    expect(framedByAnotherOrigin(view)).toBe(false);
  });

  it('is true in another origin’s frame, whose location it may not read', () => {
    const top = {
      get location(): { origin: string } {
        throw new DOMException(
          'Blocked a frame from accessing a cross-origin frame.',
          'SecurityError',
        );
      },
    };
    expect(framedByAnotherOrigin({ ...at('https://play.example'), self: {}, top })).toBe(true);
    expect(
      framedByAnotherOrigin({
        ...at('https://play.example'),
        self: {},
        top: at('https://blog.example'),
      }),
    ).toBe(true);
  });
});
