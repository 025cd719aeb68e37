// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testRootPerTest } from '../testing/test-root';
import type { LogLine } from '../../store';
import { sessionStore, workspaceStore } from '../../store';
import { defaultWorkspace } from '../../workspace/model';
import { LogView } from './LogView';

const testRoot = testRootPerTest();

beforeEach(() => {
  workspaceStore.setState(defaultWorkspace(), true);
});

afterEach(() => {
  sessionStore.setState({ logs: new Map() });
});

const REQUEST = 'c793869b-ee49-115b-a5b6-4fd21e8dedac';

/** Python's unhandled error: one record, its lines joined with `\n` (docs/aws-lambda.md#python-runtime). */
const PYTHON_ERROR = [
  '[ERROR] ZeroDivisionError: division by zero',
  'Traceback (most recent call last):',
  '\u00a0\u00a0File "/var/task/lambda_function.py", line 4, in lambda_handler',
  '\u00a0\u00a0\u00a0\u00a0return 1 / 0',
].join('\n');

/** Draws the log of the default workspace's function holding these lines. */
function drawLog(lines: Array<Pick<LogLine, 'text' | 'level'>>): HTMLElement[] {
  const logs: LogLine[] = lines.map((line, i) => ({ seq: i + 1, requestId: REQUEST, ...line }));
  sessionStore.setState({ logs: new Map([['add-numbers', logs]]) });
  testRoot.draw(<LogView />);
  return [...testRoot.container().querySelectorAll<HTMLElement>('[data-testid="log-line"]')];
}

const drawnLines = (event: HTMLElement) =>
  [...event.querySelectorAll('.log-text-line')].map((line) => line.textContent);

describe('LogView', () => {
  it('shows a Python error record as one event of several lines', () => {
    const events = drawLog([
      { text: `START RequestId: ${REQUEST} Version: $LATEST`, level: 'PLATFORM' },
      { text: PYTHON_ERROR, level: 'ERROR' },
      { text: `END RequestId: ${REQUEST}`, level: 'PLATFORM' },
    ]);

    expect(events).toHaveLength(3);
    const error = events[1]!;
    expect(error.dataset.level).toBe('ERROR');
    expect(drawnLines(error)).toEqual([
      '[ERROR] ZeroDivisionError: division by zero\n',
      'Traceback (most recent call last):\n',
      '\u00a0\u00a0File "/var/task/lambda_function.py", line 4, in lambda_handler\n',
      '\u00a0\u00a0\u00a0\u00a0return 1 / 0',
    ]);
    // Exactly what the runtime wrote, for copying and searching.
    expect(error.querySelector('.log-text')!.textContent).toBe(PYTHON_ERROR);
    // The one-line events around it are drawn as one line.
    expect(drawnLines(events[0]!)).toEqual([]);
    expect(events[0]!.textContent).toBe(`START RequestId: ${REQUEST} Version: $LATEST`);
  });

  it('breaks a Node.js message at the carriage returns its runtime wrote for newlines', () => {
    const text = `2026-12-07T16:20:00.123Z\t${REQUEST}\tINFO\t{\r  left: 1,\r  right: 2\r}`;
    const [event] = drawLog([{ text, level: 'INFO' }]);

    expect(drawnLines(event!)).toEqual([
      `2026-12-07T16:20:00.123Z\t${REQUEST}\tINFO\t{\r`,
      '  left: 1,\r',
      '  right: 2\r',
      '}',
    ]);
    expect(event!.textContent).toBe(text);
  });
});
