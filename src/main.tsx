// Entry point: paints the app shell at once; the editor and esbuild arrive lazily behind it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/layout/App';
import './ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
