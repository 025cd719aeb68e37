import { describe, expect, it } from 'vitest';
import { modelLanguageOf } from './model-language';

describe('modelLanguageOf', () => {
  it('puts .py files in Python, in any folder', () => {
    expect(modelLanguageOf('lambda_function.py')).toBe('python');
    expect(modelLanguageOf('src/app.py')).toBe('python');
    expect(modelLanguageOf('lib.v2/tools.py')).toBe('python');
  });

  it('leaves TypeScript, JavaScript and JSON files to Monaco, and names without an extension', () => {
    for (const path of ['index.ts', 'index.mjs', 'data.json', 'py', 'pkg.py/readme', '.py/x']) {
      expect(modelLanguageOf(path)).toBeUndefined();
    }
  });
});
