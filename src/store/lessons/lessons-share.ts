// A lesson in a share link: the link names the lesson on screen, and opening one shows that lesson
// beside the shared workspace.
//
// The link carries state, not completion. Its workspace opens as a workspace of its own (with the
// usual Keep / Discard / Replace), not as the learner's workspace for that lesson: the learner's
// progress — the tasks they passed, the workspace the lesson grades and resets — is neither read
// from the link nor changed by opening it, and runs of the shared code grade nothing. The panel
// shows the lesson so its text travels with the code; its Start/Open button takes the learner to
// their own workspace for it, where what they run counts. Only Replace current on that workspace
// hands the lesson over to the link's (handOverLessonWorkspace), tasks already passed kept.
import { lessonById } from '../../lessons';
import { lessonsStore, viewLesson } from './lessons-store';

/**
 * The lesson a share link names: the one whose workspace is open, else the one the panel shows
 * (say a shared lesson kept and shared on), else none.
 */
export function lessonToShare(): number | undefined {
  const { activeId, panelOpen, viewedId } = lessonsStore.getState();
  return activeId ?? (panelOpen ? viewedId : null) ?? undefined;
}

/** Shows the lesson a link names; null, or what to tell the learner when there is no such lesson. */
export function showSharedLesson(lessonId: number): string | null {
  if (!lessonById(lessonId)) {
    return `This link names lesson ${lessonId}, which this course does not have, so it opened as a plain scenario.`;
  }
  viewLesson(lessonId);
  return null;
}
