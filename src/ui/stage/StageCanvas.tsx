// The animated stage: requests travelling from their trigger into environments that boot, serve,
// freeze, idle and are reaped, drawn on one canvas in one requestAnimationFrame loop.
/**
 * React renders this once per change of the function list; every frame after that is the loop's:
 * the model (motion/stage-motion.ts) follows the engine's events as they happen, and each frame
 * asks it for the picture at the simulated clock's time, so Speed and pause apply to every motion.
 * The canvas is decoration for sighted learners (aria-hidden): the list of instances beside it is
 * the accessible view, and a hidden text mirror carries the picture's facts for tests.
 */
import { useEffect, useRef } from 'react';
import { sessionStore, simulatedNow, subscribeStageEvents } from '../../store';
import { drawStage, readPalette } from './motion/draw-stage';
import type { Palette } from './motion/draw-stage';
import { createMotionMirror } from './motion/motion-mirror';
import { createStageMotion } from './motion/stage-motion';
import type { MotionFrame } from './motion/stage-motion';
import { LANE_HEIGHT, layoutStage } from './motion/stage-layout';
import { useTheme } from '../theme/use-theme';
import { useReducedMotion } from './use-reduced-motion';

/** Real ms between writes of the text mirror. */
const MIRROR_MS = 200;

export function StageCanvas({ names }: { names: readonly string[] }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const reducedMotion = useReducedMotion();
  const theme = useTheme();
  // The loop reads the latest props through this, so it never restarts (and never loses the
  // model) when the functions or the motion setting change.
  const shown = useRef({ names, reducedMotion, theme });
  useEffect(() => {
    shown.current = { names, reducedMotion, theme };
  }, [names, reducedMotion, theme]);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const mirror = createMotionMirror(mirrorRef.current!);
    const motion = createStageMotion();
    motion.seed(sessionStore.getState().instances.values());
    /** Something changed that the last drawing does not show. */
    let stale = true;
    const unsubscribe = subscribeStageEvents({
      event(event) {
        motion.receive(event);
        stale = true;
      },
      reset() {
        motion.reset();
        stale = true;
      },
    });
    /** Each function's cells: they grow as it scales out and shrink only once it is empty. */
    const cells = new Map<string, number>();
    // Read again when the theme changes, not on a timer: reading computed colours makes the
    // browser bring the whole page's style up to date first, which under load cost a style
    // recalculation of its own every second (bench profile).
    let palette: Palette = readPalette(canvas);
    let paletteTheme = shown.current.theme;
    let mirroredAt = -Infinity;
    let drawnNow: number | null = null;
    let drawnKey = '';
    let drawnEmpty = false;
    /** The last frame drawn, while the mirror has yet to show it. */
    let unmirrored: { frame: MotionFrame; reduced: boolean } | null = null;
    let frameId = 0;
    // Read when the layout says it changed, not in every frame: reading clientWidth there forced
    // the browser to recompute the page's style and layout before the frame's own, twice over,
    // under load (bench profile).
    let width = canvas.clientWidth;
    const resizes = new ResizeObserver(() => {
      width = canvas.clientWidth;
    });
    resizes.observe(canvas);

    const loop = (time: number) => {
      frameId = requestAnimationFrame(loop);
      const now = simulatedNow();
      if (now === null) return;
      const { names: lanes, reducedMotion: reduced, theme: shownTheme } = shown.current;
      const key = `${width}|${reduced}|${shownTheme}|${lanes.join('\n')}`;
      if (unmirrored && time - mirroredAt >= MIRROR_MS) {
        mirror.write(unmirrored.frame, unmirrored.reduced);
        mirroredAt = time;
        unmirrored = null;
      }
      // A paused clock, or an empty stage, and a quiet engine: the picture is the one drawn.
      if ((now === drawnNow || drawnEmpty) && !stale && key === drawnKey) return;
      if (shownTheme !== paletteTheme) {
        palette = readPalette(canvas);
        paletteTheme = shownTheme;
      }
      const frame = motion.frame(now, reduced);
      stale = false;
      drawnNow = now;
      drawnKey = key;
      drawnEmpty = frame.envs.length === 0 && frame.requests.length === 0;
      paint(frame, lanes, width, reduced);
      unmirrored = { frame, reduced };
    };

    const paint = (
      frame: MotionFrame,
      lanes: readonly string[],
      width: number,
      reduced: boolean,
    ) => {
      const needed = new Map<string, number>();
      for (const sprite of [...frame.envs, ...frame.requests]) {
        const n = needed.get(sprite.functionName) ?? 0;
        needed.set(sprite.functionName, Math.max(n, sprite.slot + 1));
      }
      for (const name of lanes) {
        const n = needed.get(name) ?? 0;
        cells.set(name, n === 0 ? 0 : Math.max(n, cells.get(name) ?? 0));
      }
      const layout = layoutStage(width, lanes, cells);
      const ratio = window.devicePixelRatio || 1;
      const pixelsWide = Math.round(width * ratio);
      const pixelsHigh = Math.round(layout.height * ratio);
      if (canvas.width !== pixelsWide || canvas.height !== pixelsHigh) {
        canvas.width = pixelsWide;
        canvas.height = pixelsHigh;
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      drawStage(ctx, frame, layout, palette, reduced);
    };

    frameId = requestAnimationFrame(loop);
    return () => {
      cancelAnimationFrame(frameId);
      resizes.disconnect();
      unsubscribe();
    };
  }, []);

  return (
    <div className="stage-motion">
      <canvas
        ref={canvasRef}
        className="stage-canvas"
        aria-hidden="true"
        data-testid="stage-canvas"
        style={{ height: names.length * LANE_HEIGHT }}
      />
      <div
        ref={mirrorRef}
        className="visually-hidden"
        aria-hidden="true"
        data-testid="stage-motion"
      />
    </div>
  );
}
