// A lesson's tasks: each goal, whether what ran shows it done, and its hints one at a time.
import { useState } from 'react';
import type { LessonTask } from '../../lessons';
import { Inline } from './LessonText';

function TaskItem({ task, done }: { task: LessonTask; done: boolean }) {
  const [hintsShown, setHintsShown] = useState(0);
  return (
    <li className="lesson-task" data-done={done}>
      <span className="lesson-task-mark" aria-label={done ? 'Done' : 'To do'}>
        {done ? '✓' : '○'}
      </span>
      <div>
        <Inline text={task.goal} />
        {task.hints.slice(0, hintsShown).map((hint) => (
          <p key={hint} className="lesson-hint">
            <Inline text={hint} />
          </p>
        ))}
        {hintsShown < task.hints.length && (
          <button type="button" className="link" onClick={() => setHintsShown(hintsShown + 1)}>
            {hintsShown === 0 ? 'Hint' : 'Another hint'}
          </button>
        )}
      </div>
    </li>
  );
}

export function TaskList({
  tasks,
  done,
}: {
  tasks: readonly LessonTask[];
  done: readonly string[];
}) {
  return (
    <ol className="lesson-tasks" aria-label="Tasks">
      {tasks.map((task) => (
        <TaskItem key={task.id} task={task} done={done.includes(task.id)} />
      ))}
    </ol>
  );
}
