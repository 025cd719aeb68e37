// Where the animated stage draws each function's row: its trigger, its gate, and a grid of cells
// for its environments that shrinks as it scales out, so hundreds still fit side by side.

export const LANE_HEIGHT = 72;
const PAD = 6;
/** The trigger's centre, where requests leave from. */
export const TRIGGER_X = 16;
/** Where a throttled request turns back. */
export const GATE_X = 84;
const FLEET_X = 100;
const LARGEST_CELL = 60;
const SMALLEST_CELL = 5;

export interface LaneLayout {
  top: number;
  /** A cell's side, gap included. */
  cell: number;
  cols: number;
}

export interface StageLayout {
  width: number;
  height: number;
  lanes: ReadonlyMap<string, LaneLayout>;
}

/** `cells`: how many environment cells each function needs (its highest slot + 1). */
export function layoutStage(
  width: number,
  names: readonly string[],
  cells: ReadonlyMap<string, number>,
): StageLayout {
  const lanes = new Map<string, LaneLayout>();
  const fleetWidth = Math.max(SMALLEST_CELL, width - FLEET_X - PAD);
  const fleetHeight = LANE_HEIGHT - 2 * PAD;
  names.forEach((name, index) => {
    const needed = Math.max(1, cells.get(name) ?? 0);
    let cell = LARGEST_CELL;
    while (
      cell > SMALLEST_CELL &&
      Math.floor(fleetWidth / cell) * Math.floor(fleetHeight / cell) < needed
    ) {
      cell -= 1;
    }
    lanes.set(name, {
      top: index * LANE_HEIGHT,
      cell,
      cols: Math.max(1, Math.floor(fleetWidth / cell)),
    });
  });
  return { width, height: names.length * LANE_HEIGHT, lanes };
}

/** The top-left corner of a slot's cell. */
export function cellAt(lane: LaneLayout, slot: number): { x: number; y: number } {
  return {
    x: FLEET_X + (slot % lane.cols) * lane.cell,
    y: lane.top + PAD + Math.floor(slot / lane.cols) * lane.cell,
  };
}

export const laneMiddle = (lane: LaneLayout) => lane.top + LANE_HEIGHT / 2;
