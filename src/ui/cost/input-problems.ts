// What is wrong with a number typed into the calculator or the comparison, if anything.
import { MEMORY_RANGE, STORAGE_RANGE } from '../../engine';

/** Counts, durations and prices cannot be negative. */
export function negativeProblem(value: number): string | undefined {
  return value < 0 ? 'Enter 0 or more.' : undefined;
}

export function lambdaMemoryProblem(memoryMB: number): string | undefined {
  return memoryMB < MEMORY_RANGE.min || memoryMB > MEMORY_RANGE.max
    ? `Lambda allows ${MEMORY_RANGE.min} to ${MEMORY_RANGE.max.toLocaleString('en-US')} MB.`
    : undefined;
}

export function ephemeralStorageProblem(storageMB: number): string | undefined {
  return storageMB < STORAGE_RANGE.min || storageMB > STORAGE_RANGE.max
    ? `Lambda allows ${STORAGE_RANGE.min} to ${STORAGE_RANGE.max.toLocaleString('en-US')} MB.`
    : undefined;
}
