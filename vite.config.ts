// Vite builds the app and its workers; Vitest runs the browser-free unit tests.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { awsSdkScripts } from './scripts/aws-sdk-scripts.ts';
import { framePolicy } from './scripts/frame-policy.ts';
import { offlineApp } from './scripts/offline-app.ts';
import { precompress } from './scripts/precompress.ts';
import { preloadLazyChunks } from './scripts/preload-lazy-chunks.ts';
import { reloadOnStateChange } from './scripts/reload-on-state-change.ts';
import {
  PYTHON_RUNTIME_SCRIPT_ID,
  RUNTIME_SCRIPT_ID,
  runtimeScript,
} from './scripts/runtime-script.ts';
import { sdkTypes } from './scripts/sdk-types.ts';
import {
  RUNTIME_LIBRARIES,
  runtimeLibraryAliases,
  VITEST_ALIASES,
} from './scripts/runtime-libraries.ts';

export default defineConfig({
  // Every URL the build writes is relative, so the same files work at a domain's root or under
  // any path of any static host (README, "Deploy").
  base: './',
  // The editor is the first thing a learner waits for (the benchmark's firstLoad).
  // Text files are gzipped at build time and `vite preview` serves those copies (precompress.ts).
  // The instances' runtime is one classic script, the same in dev and build (runtime-script.ts);
  // in dev, an edit to anything but a component or a style reloads the page (its own comment).
  // Only embed.html may be framed by other sites (frame-policy.ts); the service worker keeps the
  // app usable offline (offline-app.ts).
  plugins: [
    react(),
    runtimeScript(RUNTIME_SCRIPT_ID, 'src/runtime/worker/worker-entry.ts'),
    runtimeScript(PYTHON_RUNTIME_SCRIPT_ID, 'src/runtime/worker/python/python-worker-entry.ts'),
    // Each provided AWS SDK package as a script for the instances, a chunk sent when code names it.
    awsSdkScripts(),
    // The AWS SDK's declarations for the editor, a chunk loaded when a file imports the SDK.
    sdkTypes(),
    reloadOnStateChange('src'),
    preloadLazyChunks('src/ui/editor/MonacoCodeEditor.tsx'),
    framePolicy(),
    precompress(),
    offlineApp(),
  ],
  // Monaco's and esbuild's loader workers: one classic script each, with no chunks of their own to
  // fetch before they start.
  worker: { format: 'iife' },
  build: { target: 'es2022', chunkSizeWarningLimit: 8000 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The runtime's Node libraries resolve their built-ins as in the runtime script
    // (scripts/runtime-libraries.ts): Vitest pre-bundles them with the same aliases.
    alias: [...runtimeLibraryAliases(), ...VITEST_ALIASES],
    deps: { optimizer: { ssr: { enabled: true, include: RUNTIME_LIBRARIES } } },
  },
});
