// The theme's inputs as the page knows them: the learner's choice (kept in localStorage) and the
// system's light or dark setting (kept current by startTheme, apply-theme.ts).
import { createStore } from 'zustand/vanilla';
import { browserStorage } from '../../store';
import type { ThemeChoice } from './theme';
import { readThemeChoice, writeThemeChoice } from './theme';

export interface ThemeState {
  choice: ThemeChoice;
  systemDark: boolean;
}

/** `prefers-color-scheme: dark`, where the page can ask (not in unit tests' Node). */
export function systemPrefersDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? true;
}

export const themeStore = createStore<ThemeState>()(() => ({
  choice: readThemeChoice(browserStorage()),
  systemDark: systemPrefersDark(),
}));

export function setThemeChoice(choice: ThemeChoice, storage = browserStorage()): void {
  writeThemeChoice(storage, choice);
  themeStore.setState({ choice });
}

export function setSystemDark(systemDark: boolean): void {
  themeStore.setState({ systemDark });
}
