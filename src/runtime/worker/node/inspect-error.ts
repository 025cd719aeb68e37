// How util.inspect prints an Error: its stack, renamed after its class when the stack does not say
// it, `[Error: message]` when there is no stack, and its extra keys (`[cause]`) listed after it.
import { getPrefix } from './inspect-names';

function getStackString(error: Error): string {
  // `stack` can be anything a program assigned; Node prints it as text.
  const stack: unknown = error.stack;
  return stack ? String(stack) : Error.prototype.toString.call(error);
}

/** Drops `name`/`message`/`stack` keys whose text the stack already shows. */
function removeDuplicateKeys(keys: Array<string | symbol>, error: Error, stack: string) {
  for (const name of ['name', 'message', 'stack'] as const) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(String(error[name]))) keys.splice(index, 1);
  }
}

/** `class Oops extends Error` whose stack starts with `Error:` is shown as `Oops [Error]: …`. */
function improveStack(stack: string, constructor: string | null, name: string, tag: string) {
  let length = name.length;
  const looksNormal =
    name.endsWith('Error') &&
    stack.startsWith(name) &&
    (stack.length === length || stack[length] === ':' || stack[length] === '\n');
  if (constructor !== null && !looksNormal) return stack;
  let fallback = 'Error';
  if (constructor === null) {
    const start =
      /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ??
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = start?.[1] ?? '';
    length = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return length === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(length)}`;
  }
  return `${prefix} [${name}]${stack.slice(length)}`;
}

/**
 * The text of an error without its extra keys. Adds `cause` and `errors` to `keys` when present,
 * removes keys the stack already shows.
 */
export function formatErrorBase(
  error: Error,
  constructor: string | null,
  tag: string,
  keys: Array<string | symbol>,
  indentationLvl: number,
): string {
  const name = error.name != null ? String(error.name) : 'Error';
  let stack = getStackString(error);
  removeDuplicateKeys(keys, error, stack);
  if ('cause' in error && !keys.includes('cause')) keys.push('cause');
  const errors: unknown = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors) && !keys.includes('errors')) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  const message = typeof error.message === 'string' ? error.message : '';
  let position = (message && stack.indexOf(message)) || -1;
  if (position !== -1) position += message.length;
  if (stack.indexOf('\n    at', position) === -1) stack = `[${stack}]`;
  if (indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(indentationLvl)}`);
  return stack;
}
