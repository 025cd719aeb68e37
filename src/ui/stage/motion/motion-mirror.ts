// The canvas's text mirror: what the animated stage shows, written as data attributes on hidden
// elements, so tests (and anyone inspecting the page) can read the picture without its pixels.
/**
 * Written from the animation loop a few times a second, and only where a value changed, so it
 * costs no React render and little DOM work with hundreds of environments. Screen readers skip it
 * (aria-hidden): the stage's list of instances is their view of the same facts.
 */
import type { MotionFrame } from './stage-motion';

export interface MotionMirror {
  write(frame: MotionFrame, reducedMotion: boolean): void;
}

function set(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

export function createMotionMirror(root: HTMLElement): MotionMirror {
  const rows = new Map<string, HTMLElement>();
  return {
    write(frame, reducedMotion) {
      let bounces = 0;
      for (const count of frame.bounces.values()) bounces += count;
      set(root, 'data-reduced-motion', String(reducedMotion));
      set(root, 'data-bounces', String(bounces));
      set(root, 'data-requests-in-flight', String(frame.requests.length));
      set(root, 'data-environments', String(frame.envs.length));
      const shown = new Set<string>();
      for (const env of frame.envs) {
        shown.add(env.instanceId);
        let row = rows.get(env.instanceId);
        if (!row) {
          row = document.createElement('span');
          row.dataset.testid = 'motion-env';
          row.dataset.instanceId = env.instanceId;
          row.dataset.function = env.functionName;
          root.append(row);
          rows.set(env.instanceId, row);
        }
        set(row, 'data-phase', env.phase);
        set(row, 'data-cold-arrivals', String(env.coldArrivals));
        set(row, 'data-warm-arrivals', String(env.warmArrivals));
        set(row, 'data-init-ms', env.initMs === null ? '' : env.initMs.toFixed(1));
      }
      for (const [id, row] of rows) {
        if (shown.has(id)) continue;
        row.remove();
        rows.delete(id);
      }
    },
  };
}
