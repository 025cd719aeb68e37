// Always mounted: starts the recorder, follows `#lesson/<id>` links both ways, and shows the panel
// when it is open.
import { useEffect } from 'react';
import { lessonById } from '../../lessons';
import { lessonsStore, openLesson, watchLessons } from '../../store';
import { lessonHash, lessonIdFromHash, mayWriteLessonHash } from './lesson-link';
import { LessonsPanel } from './LessonsPanel';
import { useLessons } from './use-lessons';

function openLinked(id: number | null): void {
  if (id !== null && lessonById(id) && lessonsStore.getState().activeId !== id) openLesson(id);
}

const openLinkedLesson = () => openLinked(lessonIdFromHash(location.hash));

/** The address shows the lesson on view, so it can be bookmarked or sent to a class. */
function writeLessonHash(viewedId: number | null, open: boolean): void {
  if (!mayWriteLessonHash(location.hash)) return;
  const hash = open && viewedId !== null ? lessonHash(viewedId) : '';
  if (hash === location.hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

export function LessonsHost() {
  const open = useLessons((s) => s.panelOpen);
  const viewedId = useLessons((s) => s.viewedId);

  useEffect(() => {
    // After the app's own start-up (App.tsx starts the platform in the same way).
    // Read now: until the lesson opens, the effect below keeps the address in step with the panel.
    const linked = lessonIdFromHash(location.hash);
    let stop = () => {};
    const idle = setTimeout(() => {
      stop = watchLessons();
      openLinked(linked);
    }, 0);
    addEventListener('hashchange', openLinkedLesson);
    return () => {
      clearTimeout(idle);
      stop();
      removeEventListener('hashchange', openLinkedLesson);
    };
  }, []);

  useEffect(() => writeLessonHash(viewedId, open), [viewedId, open]);

  return open ? <LessonsPanel /> : null;
}
