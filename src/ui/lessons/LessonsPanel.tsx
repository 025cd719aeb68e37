// The Lessons side panel: the course's contents with each lesson's status, and the lesson shown.
import { lessonById } from '../../lessons';
import { setLessonsPanel } from '../../store';
import { CourseList } from './CourseList';
import { LessonView } from './LessonView';
import { useLessons } from './use-lessons';
import './lessons.css';

export function LessonsPanel() {
  const viewedId = useLessons((s) => s.viewedId);
  const message = useLessons((s) => s.message);
  const lesson = viewedId === null ? undefined : lessonById(viewedId);
  return (
    <section className="lessons-panel" aria-label="Lessons">
      <div className="lessons-head">
        <h2>Lessons</h2>
        <button type="button" onClick={() => setLessonsPanel(false)} aria-label="Close lessons">
          ×
        </button>
      </div>
      {message && <p role="alert">{message}</p>}
      <CourseList />
      {lesson && <LessonView key={lesson.id} lesson={lesson} />}
    </section>
  );
}
