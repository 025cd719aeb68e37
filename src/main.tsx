// Entry point: paints the app shell at once; the editor and esbuild arrive lazily behind it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadBundler } from './store';
import { startApp } from './store/start-app';
import { preloadEditor } from './ui/editor';
import { loadEditor } from './ui/editor/load-editor';
import { App } from './ui/layout/App';
import { FramedNotice } from './ui/layout/FramedNotice';
import { framedByAnotherOrigin } from './ui/layout/framing';
import { viewModeOf } from './ui/layout/view-mode';
import { AppBoundary } from './ui/recovery/AppBoundary';
import { startTheme } from './ui/theme/apply-theme';
import './ui/styles.css';

// Another site's frame gets the app only as the embed; anything else there is a notice, decided
// before anything of the app is drawn (framing.ts).
const refused =
  framedByAnotherOrigin(window) && !viewModeOf(location.search, location.pathname).embed;

// The editor's chunk is the longest wait before the learner can type: its download starts now,
// alongside the shell's first render, not after it (the benchmark's firstLoad.interactiveMs).
if (!refused) void loadEditor();

// After the shell has painted and the platform has started: the editor's remaining chunks, then
// esbuild's 14 MB (on two cores, loading both at once delays the moment the editor accepts typing).
if (!refused)
  startApp({ afterPlatformStart: () => void preloadEditor().then(() => preloadBundler()) });

// Before the first render: components that draw their own colours read the theme from the page.
startTheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {refused ? (
      <FramedNotice />
    ) : (
      <AppBoundary>
        <App />
      </AppBoundary>
    )}
  </StrictMode>,
);
