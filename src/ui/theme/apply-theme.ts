// Puts the theme on the page: `data-theme` on the root element (the stylesheet's colours and
// `color-scheme`, for form controls and scrollbars, follow it) and the browser's toolbar colour. Applied
// from the stores' subscriptions rather than a React effect, so the root already wears the new
// theme when components re-render and read its colours (the Monitor's canvases do).
import { viewStore } from '../layout/view-store';
import type { Theme } from './theme';
import { resolveTheme } from './theme';
import { themeColor } from './theme-color';
import { setSystemDark, themeStore } from './theme-store';

/** The theme the page shows now. */
export function currentTheme(): Theme {
  const { choice, systemDark } = themeStore.getState();
  return resolveTheme(choice, systemDark, viewStore.getState().presenter);
}

function apply(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
  // The toolbar takes the page's own background, read back so the colours live in one place.
  const toolbar = document.querySelector('meta[name="theme-color"]');
  toolbar?.setAttribute('content', themeColor(document.body, 'bg'));
}

/** Applies the theme now and whenever the choice, the system setting or presenter mode changes. */
export function startTheme(): () => void {
  const root = document.documentElement;
  const update = () => apply(root, currentTheme());
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const onSystemChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
  system.addEventListener('change', onSystemChange);
  setSystemDark(system.matches);
  const stopTheme = themeStore.subscribe(update);
  const stopView = viewStore.subscribe(update);
  update();
  return () => {
    system.removeEventListener('change', onSystemChange);
    stopTheme();
    stopView();
  };
}
