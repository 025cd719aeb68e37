// Compiles the benchmark's Node side (bench/run.ts and the engine it measures) to plain ESM:
// Node 20 cannot run TypeScript itself. Packages (Playwright, Vite) stay external imports.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'bench/run.ts',
    outDir: 'bench-results/runner',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
