// The boundaries of inputs, selects and buttons are drawn in --border, and for many of them the
// boundary is the only cue that a control is there: WCAG 2.1's non-text contrast (1.4.11) asks
// 3:1 against the colours beside it, the panel outside and the control's own fill (--panel-2).
// Read from styles.css as the browser gets it, for each of the four themes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

type Pair = { light: string; dark: string };

/** The `--name: light-dark(#light, #dark)` colours declared in the rule for `selector`. */
function themeVariables(selector: string): Map<string, Pair> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`styles.css has no rule for ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  const found = new Map<string, Pair>();
  for (const [, name, light, dark] of body.matchAll(
    /(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi,
  )) {
    found.set(name!, { light: light!, dark: dark! });
  }
  return found;
}

/** WCAG 2.1's relative luminance of an sRGB `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.1's contrast ratio, from 1 (the same) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const BASE = themeVariables(':root');
const HIGH_CONTRAST = new Map([...BASE, ...themeVariables(":root[data-theme^='hc-']")]);
const THEMES = [
  ['light', BASE, 'light'],
  ['dark', BASE, 'dark'],
  ['hc-light', HIGH_CONTRAST, 'light'],
  ['hc-dark', HIGH_CONTRAST, 'dark'],
] as const;
const BESIDE_A_BORDER = ['--bg', '--panel', '--panel-2'];

describe('the contrast helpers', () => {
  it('give the ratios WCAG gives', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // WCAG's own example of the AA limit for text: #767676 on white, 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('control boundaries (--border)', () => {
  for (const [theme, variables, side] of THEMES) {
    it(`reach 3:1 against the page, the panels and the controls' fill in ${theme}`, () => {
      const border = variables.get('--border')?.[side];
      expect(border, `${theme} --border`).toBeDefined();
      for (const name of BESIDE_A_BORDER) {
        const beside = variables.get(name)?.[side];
        expect(beside, `${theme} ${name}`).toBeDefined();
        expect(contrast(border!, beside!), `${theme}: --border on ${name}`).toBeGreaterThanOrEqual(
          3,
        );
      }
    });
  }
});
