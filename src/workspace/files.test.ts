import { describe, expect, it } from 'vitest';
import { deleteFile, filePathProblem, renameFile } from './files';

const files = { 'index.ts': 'a', 'lib/math.ts': 'b' };

describe('filePathProblem', () => {
  it('accepts source files in folders', () => {
    expect(filePathProblem('lib/util.ts', files)).toBeNull();
    expect(filePathProblem('handler.mjs', files)).toBeNull();
  });

  it('accepts Python modules and packages', () => {
    expect(filePathProblem('lambda_function.py', files)).toBeNull();
    expect(filePathProblem('shop/__init__.py', files)).toBeNull();
    expect(filePathProblem('lambda_function.py', { 'lambda_function.py': '' })).toBe(
      'lambda_function.py already exists.',
    );
  });

  it('names what is wrong with a path', () => {
    expect(filePathProblem('', files)).toBe('A file needs a name.');
    expect(filePathProblem('index.ts', files)).toBe('index.ts already exists.');
    expect(filePathProblem('../up.ts', files)).toBe(
      'Use letters, digits, ".", "-", "_" and "/" between folders.',
    );
    expect(filePathProblem('notes.txt', files)).toMatch(/^End the name with one of \.ts/);
  });
});

describe('renameFile', () => {
  it('keeps the order and the content', () => {
    expect(Object.entries(renameFile(files, 'index.ts', 'main.ts'))).toEqual([
      ['main.ts', 'a'],
      ['lib/math.ts', 'b'],
    ]);
  });
});

describe('deleteFile', () => {
  it('removes a file but never the last one', () => {
    expect(deleteFile(files, 'lib/math.ts')).toEqual({ 'index.ts': 'a' });
    expect(deleteFile({ 'index.ts': 'a' }, 'index.ts')).toEqual({ 'index.ts': 'a' });
  });
});
