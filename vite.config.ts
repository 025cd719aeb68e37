// Vite builds the app and its workers; Vitest runs the browser-free unit tests.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Runtime workers must be classic scripts: module workers cannot start from a blob URL inside a
  // sandboxed iframe (shared/reference/browser-limits.md), which is where untrusted code will run.
  worker: { format: 'iife' },
  build: { target: 'es2022', chunkSizeWarningLimit: 8000 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
