// Always mounted: follows `#lesson/<id>` links both ways, and shows the panel
// when it is open.
import { useEffect } from 'react';
import { lessonById } from '../../lessons';
import { lessonsStore, openLesson } from '../../store';
import { lessonHash, lessonIdFromHash, mayWriteLessonHash } from './lesson-link';
import { LessonsPanel } from './LessonsPanel';
import { useLessons } from './use-lessons';

function openLinked(id: number | null): void {
  if (id !== null && lessonById(id) && lessonsStore.getState().activeId !== id) openLesson(id);
}

const openLinkedLesson = () => openLinked(lessonIdFromHash(location.hash));

/**
 * The address names the lesson whose workspace is open, so it can be bookmarked or sent to a class
 * and a reload comes back to it. Not merely a lesson on view: a reload would open that lesson's
 * workspace, pulling the learner away from, say, a shared lesson's workspace they were reading.
 */
function writeLessonHash(activeId: number | null, open: boolean): void {
  if (!mayWriteLessonHash(location.hash)) return;
  const hash = open && activeId !== null ? lessonHash(activeId) : '';
  if (hash === location.hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

export function LessonsHost() {
  const open = useLessons((s) => s.panelOpen);
  const activeId = useLessons((s) => s.activeId);

  useEffect(() => {
    // After the first paint, as the app's start-up starts the platform and the lessons' recorder.
    // Read now: until the lesson opens, the effect below keeps the address in step with the panel.
    const linked = lessonIdFromHash(location.hash);
    const idle = setTimeout(() => openLinked(linked), 0);
    addEventListener('hashchange', openLinkedLesson);
    return () => {
      clearTimeout(idle);
      removeEventListener('hashchange', openLinkedLesson);
    };
  }, []);

  useEffect(() => writeLessonHash(activeId, open), [activeId, open]);

  return open ? <LessonsPanel /> : null;
}
