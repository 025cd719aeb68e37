// The course's contents: every lesson with its status; choosing one shows it.
import { COURSE } from '../../lessons';
import { lessonStatus, viewLesson } from '../../store';
import { useLessons } from './use-lessons';

export function CourseList() {
  const progress = useLessons((s) => s.progress);
  const viewedId = useLessons((s) => s.viewedId);
  return (
    <ol className="course-list" aria-label="Course">
      {COURSE.map((lesson) => {
        const status = lessonStatus(lesson, progress);
        return (
          <li key={lesson.id} aria-current={lesson.id === viewedId ? 'true' : undefined}>
            <button type="button" className="link" onClick={() => viewLesson(lesson.id)}>
              {lesson.id}. {lesson.title}
            </button>
            <span className="lesson-status" data-testid="lesson-status" data-status={status}>
              {status}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
