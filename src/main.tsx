// Entry point: paints the app shell at once; the editor and esbuild arrive lazily behind it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadEditor } from './ui/editor/load-editor';
import { App } from './ui/layout/App';
import { AppBoundary } from './ui/recovery/AppBoundary';
import './ui/styles.css';

// The editor's chunk is the longest wait before the learner can type: its download starts now,
// alongside the shell's first render, instead of after it (firstLoad.interactiveMs, issue 3).
void loadEditor();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppBoundary>
      <App />
    </AppBoundary>
  </StrictMode>,
);
