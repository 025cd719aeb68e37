// Vite builds the app and its workers; Vitest runs the browser-free unit tests.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/precompress.ts';
import { preloadLazyChunks } from './scripts/preload-lazy-chunks.ts';

export default defineConfig({
  // The editor is the first thing a learner waits for (issue 3's firstLoad).
  // Text files are gzipped at build time and `vite preview` serves those copies (precompress.ts).
  plugins: [react(), preloadLazyChunks('src/ui/editor/MonacoCodeEditor.tsx'), precompress()],
  // Runtime workers are classic scripts: they start from a `data:` URL (an opaque origin, so handler
  // code cannot reach the app's storage; see src/runtime/opaque-worker.ts), where a module worker
  // could not load its imports.
  worker: { format: 'iife' },
  build: { target: 'es2022', chunkSizeWarningLimit: 8000 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
