// Builds the bench pages with the app's own Vite config (same plugins, workers, targets), to a
// folder of their own so the app's dist/ stays exactly what ships. Without a service worker: its
// precaching (≈ 25 MB, after esbuild has loaded) would run beside the figures the pages measure.
import type { PluginOption } from 'vite';
import { mergeConfig } from 'vite';
import { offlineApp } from '../scripts/offline-app.ts';
import { runtimeScript } from '../scripts/runtime-script.ts';
import appConfig from '../vite.config.ts';

const isServiceWorkerPlugin = (plugin: PluginOption) =>
  typeof plugin === 'object' &&
  plugin !== null &&
  'name' in plugin &&
  plugin.name.startsWith('vite-plugin-pwa');

const app = {
  ...appConfig,
  plugins: [
    ...(appConfig.plugins ?? []).flat().filter((plugin) => !isServiceWorkerPlugin(plugin)),
    offlineApp({ disable: true }),
    // raw.pyodideBootMs's bare worker, bundled as the app's Python runtime script is.
    runtimeScript('virtual:raw-pyodide-script', 'bench/page/raw-pyodide-worker.ts'),
  ],
};

export default mergeConfig(app, {
  build: {
    outDir: 'bench-results/site',
    emptyOutDir: true,
    rollupOptions: { input: { bench: 'bench/page/bench.html', app: 'bench/page/app.html' } },
  },
});
