// A lesson's starter or solution as the library holds it: every setting the lesson leaves out is
// the one a new function gets in the Lambda console (the engine's defaults, written once there).
import { defaultFunctionConfig } from '../../engine';
import type { LessonWorkspace } from '../../lessons';
import type { Workspace } from '../../workspace/model';

export function workspaceOfLesson(lesson: LessonWorkspace): Workspace {
  return {
    ...lesson,
    functions: lesson.functions.map((fn) => ({
      ...fn,
      config: defaultFunctionConfig(fn.config.name, fn.config),
    })),
  };
}
