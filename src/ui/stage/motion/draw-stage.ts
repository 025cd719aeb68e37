// Paints one frame of the animated stage on a 2D canvas: a few rectangles, arcs and labels per
// environment and a dot per request, so hundreds of environments cost a frame well under its budget.
import { formatCountdown } from '../../format';
import { themeColor } from '../../theme/theme-color';
import type { EnvSprite, MotionFrame, RequestSprite } from './stage-motion';
import type { LaneLayout, StageLayout } from './stage-layout';
import { cellAt, GATE_X, LANE_HEIGHT, laneMiddle, TRIGGER_X } from './stage-layout';

/** The theme's colours, read from its CSS variables, so a theme change repaints the stage too. */
export interface Palette {
  cold: string;
  warm: string;
  ok: string;
  error: string;
  throttle: string;
  accent: string;
  muted: string;
  border: string;
  panel: string;
  text: string;
  mono: string;
}

export function readPalette(element: Element): Palette {
  // Colour variables hold `light-dark(…)`: read back as the colours the theme resolves them to.
  const color = (name: string) => themeColor(element, name);
  return {
    cold: color('cold'),
    warm: color('warm'),
    ok: color('ok'),
    error: color('error'),
    throttle: color('throttle'),
    accent: color('accent'),
    muted: color('muted'),
    border: color('border'),
    panel: color('panel-2'),
    text: color('text'),
    mono: getComputedStyle(element).getPropertyValue('--mono').trim() || 'monospace',
  };
}

/** Cells this big carry a label; smaller ones speak through colour alone (the list has the words). */
const LABELLED_CELL = 40;
const DOT_RADIUS = 3.5;

export function drawStage(
  ctx: CanvasRenderingContext2D,
  frame: MotionFrame,
  layout: StageLayout,
  palette: Palette,
  reducedMotion: boolean,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'middle';
  for (const [name, lane] of layout.lanes) drawLane(ctx, name, lane, frame, palette);
  for (const env of frame.envs) {
    const lane = layout.lanes.get(env.functionName);
    if (lane) drawEnv(ctx, env, lane, palette, reducedMotion);
  }
  for (const request of frame.requests) {
    const lane = layout.lanes.get(request.functionName);
    if (lane) drawRequest(ctx, request, lane, palette);
  }
  ctx.globalAlpha = 1;
}

function drawLane(
  ctx: CanvasRenderingContext2D,
  name: string,
  lane: LaneLayout,
  frame: MotionFrame,
  palette: Palette,
): void {
  const middle = laneMiddle(lane);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, lane.top + LANE_HEIGHT - 0.5);
  ctx.lineTo(ctx.canvas.width, lane.top + LANE_HEIGHT - 0.5);
  ctx.moveTo(TRIGGER_X, middle);
  ctx.lineTo(GATE_X, middle);
  ctx.stroke();
  // The trigger: where every request of this function comes from.
  ctx.fillStyle = palette.accent;
  ctx.beginPath();
  ctx.arc(TRIGGER_X, middle, 7, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = palette.muted;
  ctx.font = `11px ${palette.mono}`;
  ctx.fillText(clip(`λ ${name}`, 12), 4, lane.top + 10);
  // The gate: concurrency (or the invocation rate) decides here who gets in.
  const bounced = frame.bounces.get(name) ?? 0;
  ctx.strokeStyle = bounced > 0 ? palette.throttle : palette.muted;
  ctx.beginPath();
  ctx.moveTo(GATE_X, middle - 14);
  ctx.lineTo(GATE_X, middle + 14);
  ctx.stroke();
  if (bounced > 0) {
    ctx.fillStyle = palette.throttle;
    ctx.fillText(`429 × ${bounced.toLocaleString('en-US')}`, 4, lane.top + LANE_HEIGHT - 10);
  }
}

function drawEnv(
  ctx: CanvasRenderingContext2D,
  env: EnvSprite,
  lane: LaneLayout,
  palette: Palette,
  reducedMotion: boolean,
): void {
  const { x, y } = cellAt(lane, env.slot);
  const gap = lane.cell > 12 ? 3 : 1;
  const size = lane.cell - gap;
  const colour = phaseColour(env, palette);
  ctx.globalAlpha = env.phase === 'reaped' ? 0.5 * (1 - env.fade) : 1 - 0.6 * env.fade;
  ctx.fillStyle = palette.panel;
  ctx.fillRect(x, y, size, size);
  // Serving lights the whole cell; the other phases colour its border.
  if (env.phase === 'serving') {
    ctx.fillStyle = colour;
    ctx.fillRect(x, y, size, size);
  }
  if (env.phase === 'booting') drawBoot(ctx, env, x, y, size, palette, reducedMotion);
  if (env.phase === 'frozen') {
    // Frozen: the work stopped with the response; a frost settles on the cell.
    ctx.fillStyle = palette.cold;
    ctx.globalAlpha *= 0.3;
    ctx.fillRect(x, y, size, size);
    ctx.globalAlpha /= 0.3;
  }
  ctx.strokeStyle = colour;
  ctx.lineWidth = size > 12 ? 2 : 1;
  ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
  if (env.phase === 'idle' && env.reapInMs !== null && size >= 14) {
    // What is left of the idle lifetime before the reaper: a shrinking arc.
    ctx.beginPath();
    ctx.arc(x + size - 7, y + 7, 4, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * (1 - env.fade));
    ctx.stroke();
  }
  if (size >= LABELLED_CELL) {
    ctx.fillStyle = env.phase === 'serving' ? palette.panel : palette.text;
    ctx.font = `10px ${palette.mono}`;
    ctx.fillText(envLabel(env), x + 4, y + size / 2, size - 8);
  }
}

function drawBoot(
  ctx: CanvasRenderingContext2D,
  env: EnvSprite,
  x: number,
  y: number,
  size: number,
  palette: Palette,
  reducedMotion: boolean,
): void {
  ctx.fillStyle = palette.cold;
  if (env.initMs !== null && env.initMs > 0) {
    // INIT's length is known once it has ended: the bar fills as the drawing catches up with it.
    const done = Math.min(1, env.bootedMs / env.initMs);
    ctx.fillRect(x, y + size - 4, size * done, 4);
  } else if (reducedMotion) {
    ctx.fillRect(x, y + size - 4, size, 4);
  } else {
    // Still running, length unknown: a sweep moves along the bottom.
    const sweep = (env.bootedMs % 600) / 600;
    ctx.fillRect(x + sweep * size * 0.7, y + size - 4, size * 0.3, 4);
  }
}

function drawRequest(
  ctx: CanvasRenderingContext2D,
  request: RequestSprite,
  lane: LaneLayout,
  palette: Palette,
): void {
  const middle = laneMiddle(lane);
  const from = { x: TRIGGER_X + 8, y: middle };
  let to = { x: GATE_X, y: middle };
  if (request.kind === 'arrive') {
    const cell = cellAt(lane, request.slot);
    to = { x: cell.x + lane.cell / 2, y: cell.y + lane.cell / 2 };
  }
  const px = from.x + (to.x - from.x) * request.position;
  const py = from.y + (to.y - from.y) * request.position;
  ctx.globalAlpha = 1;
  ctx.fillStyle =
    request.kind === 'bounce' ? palette.throttle : request.cold ? palette.cold : palette.warm;
  ctx.beginPath();
  ctx.arc(px, py, DOT_RADIUS, 0, Math.PI * 2);
  ctx.fill();
  if (request.kind === 'bounce' && (request.returning || request.position === 1)) {
    ctx.font = `10px ${palette.mono}`;
    ctx.fillText('429', px - 8, py - 10);
  }
}

function phaseColour(env: EnvSprite, palette: Palette): string {
  switch (env.phase) {
    case 'booting':
      return palette.cold;
    case 'serving':
      return env.cold ? palette.cold : palette.accent;
    case 'frozen':
    case 'idle':
      return palette.warm;
    case 'failed':
      return palette.error;
    case 'reaped':
      return palette.muted;
  }
}

function envLabel(env: EnvSprite): string {
  switch (env.phase) {
    case 'booting':
      return `INIT ${Math.round(env.bootedMs)} ms`;
    case 'serving':
      return env.cold && env.initMs !== null ? `init ${Math.round(env.initMs)}` : 'serving';
    case 'frozen':
      return 'frozen';
    case 'idle':
      return env.reapInMs === null ? 'warm' : formatCountdown(env.reapInMs);
    case 'failed':
      return 'failed';
    case 'reaped':
      return 'reaped';
  }
}

const clip = (text: string, chars: number) =>
  text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
