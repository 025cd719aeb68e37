import { describe, expect, it } from 'vitest';
import { isPythonRuntime, pythonHandlerFile } from './sam-python';

describe('isPythonRuntime', () => {
  it('knows the python3.x identifiers and nothing else', () => {
    expect(isPythonRuntime('python3.14')).toBe(true);
    expect(isPythonRuntime('python3.9')).toBe(true);
    for (const other of ['nodejs22.x', 'python2.7', 'python', 'python3.14x', 'provided.al2023']) {
      expect(isPythonRuntime(other)).toBe(false);
    }
  });
});

describe('pythonHandlerFile', () => {
  const files = {
    'lambda_function.py': '',
    'src/app.py': '',
    'shop/orders.py': '',
    'pkg/__init__.py': '',
  };

  it('finds the module before the last dot, its dots and slashes folders', () => {
    expect(pythonHandlerFile('lambda_function.lambda_handler', files)).toBe('lambda_function.py');
    expect(pythonHandlerFile('src/app.handler', files)).toBe('src/app.py');
    expect(pythonHandlerFile('shop.orders.handler', files)).toBe('shop/orders.py');
    expect(pythonHandlerFile('pkg.handler', files)).toBe('pkg/__init__.py');
  });

  it('is null when no file is the module, or the handler names none', () => {
    expect(pythonHandlerFile('index.handler', files)).toBeNull();
    expect(pythonHandlerFile('lambda_handler', files)).toBeNull();
    expect(pythonHandlerFile('.handler', files)).toBeNull();
    expect(pythonHandlerFile('constructor.x', files)).toBeNull();
  });
});
