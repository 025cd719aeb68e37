// The build's problems as a list (file:line:col message); choosing one opens its file and selects
// the spot in the code editor.
import type { Diagnostic } from '../../bundler';
import './editor.css';
import { problemLocation } from './problem-location';
import { revealDiagnostic } from './reveal';

export interface ProblemsListProps {
  diagnostics: readonly Diagnostic[];
  /** Make `path` the editor's active file; the editor then reveals the problem. */
  onOpenFile: (path: string) => void;
}

export function ProblemsList({ diagnostics, onOpenFile }: ProblemsListProps) {
  return (
    // Focusable: a list taller than its box scrolls, and a keyboard must be able to scroll it.
    <section className="problems" aria-label="Problems" tabIndex={0}>
      {diagnostics.length === 0 ? (
        <p className="problems-none">No problems</p>
      ) : (
        <ul>
          {diagnostics.map((problem, index) => (
            <li key={index} className={`problem problem-${problem.severity}`}>
              <button
                type="button"
                disabled={!problem.file}
                onClick={() => {
                  onOpenFile(problem.file);
                  revealDiagnostic(problem);
                }}
              >
                <span className="problem-severity">{problem.severity}</span>{' '}
                <span className="problem-location">{problemLocation(problem)}</span>{' '}
                <span className="problem-message">{problem.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
