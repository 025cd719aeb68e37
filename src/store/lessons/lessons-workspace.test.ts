import { describe, expect, it } from 'vitest';
import { defaultFunctionConfig } from '../../engine';
import { lessonById } from '../../lessons';
import { workspaceOfLesson } from './lessons-workspace';

describe(workspaceOfLesson, () => {
  it('fills in the console’s defaults under the settings the lesson changed', () => {
    const solution = workspaceOfLesson(lessonById(3)!.solution);
    expect(solution.functions.map((fn) => fn.config)).toEqual([
      { ...defaultFunctionConfig('lesson3-total'), memoryMB: 1024 },
    ]);
    expect(solution.functions[0]!.config.timeoutSec).toBe(3);
    expect(solution.functions[0]!.files).toEqual(lessonById(3)!.solution.functions[0]!.files);
  });
});
