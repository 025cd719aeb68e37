// Which colours the page wears. The learner chooses System (the default: the operating system's
// light or dark setting), Light or Dark; presenter mode turns either into its high-contrast
// variant, because a projector washes out the mid-tones a screen shows (a dark page most of all).
// Pure: the store (theme-store.ts) feeds it the choice, the system setting and presenter mode.

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The themes the stylesheet defines (`html[data-theme]`, styles.css). */
export type Theme = 'light' | 'dark' | 'hc-light' | 'hc-dark';

/**
 * Where the choice is kept, as its plain name. index.html's first script reads the same key, so a
 * stored Light or Dark is on the page before its first paint (theme-early.test.ts ties the two).
 */
export const THEME_KEY = 'serverless-playground:theme:v1';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** The stored choice; System when none is stored, storage is blocked, or what it holds is not one. */
export function readThemeChoice(storage: Storage | undefined): ThemeChoice {
  try {
    const stored = storage?.getItem(THEME_KEY) ?? null;
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Keeps the choice; System is kept as no entry, so the page follows the system as a first visit
 * does. A failed write (storage full or blocked) only means the next visit starts from System:
 * the choice still applies now, so the failure is not worth interrupting the learner for.
 */
export function writeThemeChoice(storage: Storage | undefined, choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_KEY);
    else storage?.setItem(THEME_KEY, choice);
  } catch {
    // See above: nothing is lost but the memory of the choice.
  }
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean, presenter: boolean): Theme {
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  if (presenter) return dark ? 'hc-dark' : 'hc-light';
  return dark ? 'dark' : 'light';
}

/** Monaco's built-in theme for each of the page's. */
export const MONACO_THEME: Record<Theme, string> = {
  light: 'vs',
  dark: 'vs-dark',
  'hc-light': 'hc-light',
  'hc-dark': 'hc-black',
};
