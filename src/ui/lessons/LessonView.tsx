// One lesson: its text, its tasks graded live, and the actions on its own workspace (open, show
// the solution, reset) — none of which touches the learner's other workspaces.
import type { Lesson } from '../../lessons';
import { lessonById } from '../../lessons';
import {
  lessonStatus,
  openLesson,
  progressOf,
  resetLesson,
  showSolution,
  viewLesson,
} from '../../store';
import { ConfirmButton } from './ConfirmButton';
import { lessonHash } from './lesson-link';
import { LessonText } from './LessonText';
import { TaskList } from './TaskList';
import { useLessons } from './use-lessons';

function Actions({ lesson }: { lesson: Lesson }) {
  const active = useLessons((s) => s.activeId === lesson.id);
  const started = useLessons((s) => progressOf(s.progress, lesson.id).workspaceId !== null);
  return (
    <div className="lesson-actions">
      {!active && (
        <button type="button" className="primary" onClick={() => openLesson(lesson.id)}>
          {started ? 'Open lesson' : 'Start lesson'}
        </button>
      )}
      <ConfirmButton
        label="Show solution"
        question="Replace this lesson's code with the solution?"
        onConfirm={() => showSolution(lesson.id)}
      />
      <a
        href={`?present${lessonHash(lesson.id)}`}
        title="Opens this lesson in presenter mode, for a classroom's screen; the address can be sent to a class"
      >
        Present
      </a>
      {started && (
        <ConfirmButton
          label="Reset lesson"
          question="Start this lesson again from its starter code?"
          onConfirm={() => resetLesson(lesson.id)}
        />
      )}
    </div>
  );
}

export function LessonView({ lesson }: { lesson: Lesson }) {
  const progress = useLessons((s) => s.progress);
  const done = progressOf(progress, lesson.id).done;
  const next = lessonById(lesson.id + 1);
  const finished = lessonStatus(lesson, progress) === 'done';
  return (
    <article className="lesson" aria-labelledby={`lesson-${lesson.id}-title`}>
      <h3 id={`lesson-${lesson.id}-title`}>
        Lesson {lesson.id}: {lesson.title}
      </h3>
      <LessonText blocks={lesson.body} />
      <h4>Your tasks</h4>
      <TaskList tasks={lesson.tasks} done={done} />
      {finished && (
        <p className="lesson-finished">Lesson complete: every task passed on what ran.</p>
      )}
      <Actions lesson={lesson} />
      {next && (
        <button type="button" className="link" onClick={() => viewLesson(next.id)}>
          Next: {next.id}. {next.title}
        </button>
      )}
    </article>
  );
}
