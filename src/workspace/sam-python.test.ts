import { describe, expect, it } from 'vitest';
import { readSamFiles, samArchiveFiles } from '../share/sam-archive';
import { defaultWorkspace, createFunctionDraft } from './model';
import { samScenarioOf, workspaceOfSam } from './sam';

/** The workspace through a SAM folder and back, as Export then Import would take it. */
function throughSam(workspace = defaultWorkspace()) {
  const read = readSamFiles(samArchiveFiles(samScenarioOf(workspace)));
  if (!read.ok) throw new Error(read.message);
  const opened = workspaceOfSam(read.scenario);
  if (!opened.ok) throw new Error(opened.message);
  return opened;
}

describe('a Python function through SAM', () => {
  it('comes back a Python function with its files, opened on its handler’s module', () => {
    const workspace = defaultWorkspace();
    const python = createFunctionDraft('fn-2', 'hello-py', 'python3.14');
    python.files = { 'helpers.py': 'X = 1\n', ...python.files };
    workspace.functions.push(python);

    const { workspace: back, notes } = throughSam(workspace);

    expect(notes).toEqual([]);
    const fn = back.functions[1]!;
    expect(fn.config).toEqual(python.config);
    expect(fn.files).toEqual(python.files);
    expect(fn.testEvent).toBe(python.testEvent);
    // Not its first file: the module the handler names.
    expect(fn.activeFile).toBe('lambda_function.py');
  });

  it('keeps a template’s older Python runtime in Python, and says so', () => {
    const scenario = samScenarioOf(defaultWorkspace());
    scenario.functions[0] = {
      ...scenario.functions[0]!,
      runtime: 'python3.12',
      handler: 'app.lambda_handler',
      files: { 'app.py': 'def lambda_handler(event, context):\n    return 1\n' },
    };

    const opened = workspaceOfSam(scenario);
    if (!opened.ok) throw new Error(opened.message);
    const fn = opened.workspace.functions[0]!;
    expect(fn.config.runtime).toBe('python3.14');
    expect(fn.activeFile).toBe('app.py');
    expect(opened.notes).toEqual([
      'add-numbers: runtime python3.12 is not emulated; it runs on python3.14.',
    ]);
  });
});
