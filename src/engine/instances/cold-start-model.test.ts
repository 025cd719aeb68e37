import { describe, expect, it } from 'vitest';
import { meanPlatformInitMs, platformInitMs } from './cold-start-model';
import { createSeededRandom } from '../ids';

const x86 = { runtime: 'nodejs22.x', architecture: 'x86_64', memoryMB: 512 } as const;

describe('meanPlatformInitMs', () => {
  it('is lambda-perf’s measured mean at a measured memory size', () => {
    expect(meanPlatformInitMs(x86)).toBe(140.48);
    expect(meanPlatformInitMs({ ...x86, architecture: 'arm64', memoryMB: 128 })).toBe(123.57);
    expect(meanPlatformInitMs({ ...x86, runtime: 'nodejs24.x', memoryMB: 1024 })).toBe(147.94);
  });

  it('interpolates in log2(memory) between measured sizes', () => {
    // 256·√2 MB is halfway (in log2) from 256 to 512 MB: (133.00 + 140.48) / 2.
    expect(meanPlatformInitMs({ ...x86, memoryMB: 256 * Math.SQRT2 })).toBeCloseTo(136.74, 10);
  });

  it('holds the nearest measured size outside 128–1,024 MB', () => {
    expect(meanPlatformInitMs({ ...x86, memoryMB: 10_240 })).toBe(158.28);
    expect(meanPlatformInitMs({ ...x86, memoryMB: 128 })).toBe(155.85);
  });
});

describe('platformInitMs', () => {
  it('draws within ±15 % of the mean, rounded to hundredths', () => {
    expect(platformInitMs(x86, () => 0)).toBe(119.41);
    expect(platformInitMs(x86, () => 0.5)).toBe(140.48);
    expect(platformInitMs(x86, () => 0.9999999)).toBe(161.55);
  });

  it('repeats for the same seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const random = createSeededRandom(seed);
      return [1, 2, 3].map(() => platformInitMs(x86, random));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});
