// The break-even chart's geometry: a log scale for requests, a linear one for dollars, and ticks.

/** Maps [min, max] of the data onto [from, to] of the drawing. */
export interface Axis {
  min: number;
  max: number;
  from: number;
  to: number;
}

export function logPosition(value: number, axis: Axis): number {
  const share =
    (Math.log10(value) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min));
  return axis.from + share * (axis.to - axis.from);
}

export function linearPosition(value: number, axis: Axis): number {
  return axis.from + ((value - axis.min) / (axis.max - axis.min)) * (axis.to - axis.from);
}

/** Each power of ten from min to max: the request axis's ticks. */
export function decades(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let exponent = Math.ceil(Math.log10(min)); 10 ** exponent <= max; exponent++) {
    ticks.push(10 ** exponent);
  }
  return ticks;
}

/** `steps` points per decade from min to max, evenly spaced on the log scale. */
export function logSamples(min: number, max: number, steps: number): number[] {
  const [low, high] = [Math.log10(min), Math.log10(max)];
  const count = Math.round((high - low) * steps);
  return Array.from({ length: count + 1 }, (_, i) => 10 ** (low + ((high - low) * i) / count));
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`: a dollar axis that ends on a round figure. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((multiple) => multiple * power >= value * (1 - 1e-12))!;
  return step * power;
}

/** `10K`, `1M`, `10B`: request counts short enough for an axis label. */
export function shortCount(count: number): string {
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  const [size, suffix] = units.find(([unit]) => count >= unit) ?? [1, ''];
  return `${Number((count / size).toPrecision(3))}${suffix}`;
}
