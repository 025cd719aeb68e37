// The page's theme for components that draw their own colours (Monaco, the Monitor's canvases).
import { useThemeState, useView } from '../hooks/use-stores';
import type { Theme } from './theme';
import { resolveTheme } from './theme';

export function useTheme(): Theme {
  const choice = useThemeState((s) => s.choice);
  const systemDark = useThemeState((s) => s.systemDark);
  const presenter = useView((s) => s.presenter);
  return resolveTheme(choice, systemDark, presenter);
}
