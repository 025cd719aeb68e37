// Builds the bench pages with the app's own Vite config (same plugins, workers, targets), to a
// folder of their own so the app's dist/ stays exactly what ships.
import { mergeConfig } from 'vite';
import appConfig from '../vite.config.ts';

export default mergeConfig(appConfig, {
  build: {
    outDir: 'bench-results/site',
    emptyOutDir: true,
    rollupOptions: { input: { bench: 'bench/page/bench.html', app: 'bench/page/app.html' } },
  },
});
