// A Python function is packaged, not bundled: its files as written, named by a content hash.
import { describe, expect, it } from 'vitest';
import { createBundler } from './bundler';
import { packagePython, pythonEntryModule } from './python-package';

const SEED =
  "def lamda_handler(event, context):\n  print(event)\n  return event['left'] + event['right']\n";

const request = (files: Record<string, string>, handler = 'lambda_function.lamda_handler') => ({
  functionId: 'fn-1',
  files,
  handler,
  runtime: 'python3.14' as const,
});

describe(pythonEntryModule, () => {
  it('splits at the last dot, as the runtime does', () => {
    expect(pythonEntryModule('lambda_function.lambda_handler')).toBe('lambda_function');
    expect(pythonEntryModule('app/handlers.main')).toBe('app/handlers');
    expect(pythonEntryModule('app.handlers.main')).toBe('app.handlers');
    expect(pythonEntryModule('nodot')).toBe('nodot');
  });
});

describe(packagePython, () => {
  it('deploys every file as written and names the handler’s module file', () => {
    const result = packagePython(
      request({ 'lambda_function.py': SEED, 'lib/util.py': 'X = 1\n', 'data.json': '{}' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle).toMatchObject({
      format: 'python',
      code: '',
      entryModule: 'lambda_function',
      entryFile: 'lambda_function.py',
      packageFiles: { 'data.json': '{}', 'lambda_function.py': SEED, 'lib/util.py': 'X = 1\n' },
    });
  });

  it('finds a module in a folder, written with / or .', () => {
    const files = { 'app/handlers.py': 'def main(e, c): return 1\n' };
    for (const handler of ['app/handlers.main', 'app.handlers.main']) {
      const result = packagePython(request(files, handler));
      expect(result.ok && result.bundle.entryFile).toBe('app/handlers.py');
    }
  });

  it('has no entry file when the handler names a module that is not there', () => {
    const result = packagePython(request({ 'lambda_function.py': SEED }, 'main.handler'));
    expect(result.ok && result.bundle.entryFile).toBeNull();
  });

  it('is a new version exactly when a file changes', () => {
    const hashOf = (files: Record<string, string>) => {
      const result = packagePython(request(files));
      return result.ok ? result.bundle.hash : null;
    };
    const a = hashOf({ 'lambda_function.py': SEED, 'b.py': '' });
    expect(hashOf({ 'b.py': '', 'lambda_function.py': SEED })).toBe(a);
    expect(hashOf({ 'lambda_function.py': SEED + '\n', 'b.py': '' })).not.toBe(a);
  });

  it('is what the bundler answers for a Python runtime, without loading esbuild', async () => {
    let loads = 0;
    const bundler = createBundler(() => {
      loads += 1;
      return Promise.reject(new Error('esbuild is not needed for Python'));
    });
    const result = await bundler.build(request({ 'lambda_function.py': SEED }));
    expect(loads).toBe(0);
    expect('ok' in result && result.ok && result.bundle.format).toBe('python');
  });
});
