// The header's Lessons button: opens and closes the side panel.
import { setLessonsPanel } from '../../store';
import { useLessons } from './use-lessons';

export function LessonsButton() {
  const open = useLessons((s) => s.panelOpen);
  return (
    <button type="button" aria-expanded={open} onClick={() => setLessonsPanel(!open)}>
      Lessons
    </button>
  );
}
