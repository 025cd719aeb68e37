// A Vite plugin for `vite dev`: an edit to a plain module of the app reloads the page, and only
// React components (and styles) are swapped in place. A module's state is made when it first runs:
// the platform, its executor and spare workers (src/store/platform/platform-world.ts), the stores, esbuild.
// Hot-swapping such a module runs it again beside its old self, so the page would hold two
// platforms — the old one's workers still running, the stage fed by neither in full. A reload
// ends the page's workers with it and starts one of each again.
import { extname, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Extensions React Fast Refresh (or Vite's CSS handling) swaps without running state again. */
const SWAPPED_IN_PLACE = new Set(['.tsx', '.css']);

/** Whether a change to `file` (absolute) reloads the page rather than being hot-swapped. */
export function reloadsPage(file: string, sourceDir: string): boolean {
  const path = relative(sourceDir, file);
  if (path.startsWith('..') || path.startsWith(sep) || path === '') return false;
  return !SWAPPED_IN_PLACE.has(extname(file));
}

/** `source`: the app's source folder, relative to the project root. */
export function reloadOnStateChange(source: string): Plugin {
  let sourceDir = source;
  return {
    name: 'reload-on-state-change',
    apply: 'serve',
    configResolved(config) {
      sourceDir = `${config.root}/${source}`;
    },
    // After runtime-script.ts, which adds its script to a runtime file's modules. A file the page
    // never loaded (a unit test) changes nothing there.
    hotUpdate({ file, modules }) {
      if (this.environment.name !== 'client' || modules.length === 0) return;
      if (!reloadsPage(file, sourceDir)) return;
      this.environment.hot.send({ type: 'full-reload', path: '*' });
      return [];
    },
  };
}
