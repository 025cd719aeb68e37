// Compiles `npm run screenshot` (scripts/screenshot.ts and the e2e page objects it drives) to plain
// ESM: Node 20 cannot run TypeScript itself. Packages (Playwright, Vite) stay external imports.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'scripts/screenshot.ts',
    outDir: 'node_modules/.tmp/screenshot',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
