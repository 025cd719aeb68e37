// "AWS timing": the part of a cold start's Init Duration that AWS spends before the learner's own
// init code runs (runtime bootstrap in a fresh environment), modeled from published measurements,
// since the browser cannot measure it. The learner's own init is measured in the worker.
import type { Architecture, FunctionConfig, Runtime } from '../types';

/**
 * Average Init Duration (ms) of a hello-world zip function, by runtime, architecture and memory:
 * maxday's lambda-perf daily benchmark (https://maxday.github.io/lambda-perf/), run of 2025-12-21,
 * field `acd` of github.com/maxday/lambda-perf/blob/main/data/2025/2025-12-21.json (10 cold starts
 * per cell, us-east-1). A hello-world handler has next to no init code of its own, so its Init
 * Duration is the platform's part: what every function of the runtime pays before its first line
 * runs. For Python that includes starting the interpreter, which the playground's Pyodide does in
 * seconds of its own, outside the model (docs/python-runtime.md).
 */
export const MEASURED_PLATFORM_INIT_MS: Record<
  Runtime,
  Record<Architecture, ReadonlyArray<readonly [memoryMB: number, initMs: number]>>
> = {
  'nodejs22.x': {
    x86_64: [
      [128, 155.85],
      [256, 133.0],
      [512, 140.48],
      [1024, 158.28],
    ],
    arm64: [
      [128, 123.57],
      [256, 119.68],
      [512, 118.15],
      [1024, 116.75],
    ],
  },
  'nodejs24.x': {
    x86_64: [
      [128, 164.52],
      [256, 158.71],
      [512, 162.26],
      [1024, 147.94],
    ],
    arm64: [
      [128, 132.69],
      [256, 125.04],
      [512, 133.65],
      [1024, 129.44],
    ],
  },
  'python3.14': {
    x86_64: [
      [128, 145.39],
      [256, 142.43],
      [512, 141.23],
      [1024, 127.52],
    ],
    arm64: [
      [128, 112.96],
      [256, 108.67],
      [512, 121.97],
      [1024, 128.75],
    ],
  },
};

/**
 * One cold start differs from the next: in the same lambda-perf run, nodejs22.x on x86_64 at
 * 512 MB ranged 111–161 ms around its 140 ms mean (most cells stay within about ±15 %, with rare
 * outliers above). Each modeled cold start draws uniformly within ±SPREAD of the cell's mean.
 */
export const SPREAD = 0.15;

/**
 * Above 1,024 MB lambda-perf has no cells; its cells show memory barely moving Node's bootstrap
 * (and Momento saw no change across 256–1,024 MB either: gomomento.com/blog/how-we-turned-up-the-
 * heat-on-node-js-lambda-cold-starts), so the nearest measured size stands for the rest.
 */
function meanForMemory(points: ReadonlyArray<readonly [number, number]>, memoryMB: number): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (memoryMB <= first[0]) return first[1];
  if (memoryMB >= last[0]) return last[1];
  // Between two measured sizes: linear in log2(memory), as the cells double in size.
  for (let i = 1; i < points.length; i++) {
    const [upperMB, upperMs] = points[i]!;
    const [lowerMB, lowerMs] = points[i - 1]!;
    if (memoryMB <= upperMB) {
      const t = Math.log2(memoryMB / lowerMB) / Math.log2(upperMB / lowerMB);
      return lowerMs + t * (upperMs - lowerMs);
    }
  }
  return last[1];
}

/** The mean platform init (ms) for a function's runtime, architecture and memory. */
export function meanPlatformInitMs(
  config: Pick<FunctionConfig, 'runtime' | 'architecture' | 'memoryMB'>,
): number {
  return meanForMemory(
    MEASURED_PLATFORM_INIT_MS[config.runtime][config.architecture],
    config.memoryMB,
  );
}

/**
 * One cold start's modeled platform init, in hundredths of a ms as a REPORT line prints them.
 * `random` is the platform's seeded [0, 1) source for timing, so a session replays identically.
 *
 * Bundle size is deliberately not a term here: what a bigger bundle costs inside Init Duration is
 * Node reading, compiling and running it, and the worker measures exactly that for the learner's
 * real bundle. Downloading and unpacking the zip happens before INIT and is neither reported in
 * Init Duration nor billed by AWS, so it is left out rather than guessed.
 */
export function platformInitMs(
  config: Pick<FunctionConfig, 'runtime' | 'architecture' | 'memoryMB'>,
  random: () => number,
): number {
  const factor = 1 - SPREAD + 2 * SPREAD * random();
  return Math.round(meanPlatformInitMs(config) * factor * 100) / 100;
}
