// Node's ERR_INVALID_ARG_TYPE, as its built-ins throw it when an argument has the wrong type:
// `The "path" argument must be of type string. Received type number (1)`.

function received(value: unknown): string {
  if (value === null || value === undefined) return `Received ${String(value)}`;
  if (typeof value === 'function') {
    return value.name ? `Received function ${value.name}` : 'Received function';
  }
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== ''
      ? `Received an instance of ${name}`
      : 'Received [Object: null prototype]';
  }
  let shown = typeof value === 'string' ? `'${value}'` : String(value);
  if (typeof value === 'bigint') shown += 'n';
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `Received type ${typeof value} (${shown})`;
}

export function invalidArgType(name: string, expected: string, value: unknown): TypeError {
  const message = `The "${name}" argument must be ${expected}. ${received(value)}`;
  const error = Object.assign(new TypeError(message), { code: 'ERR_INVALID_ARG_TYPE' });
  error.stack = error.stack?.replace(/^TypeError:/, 'TypeError [ERR_INVALID_ARG_TYPE]:');
  return error;
}

export function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}
