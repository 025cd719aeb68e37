// EventBridge event patterns: parsed and checked as PutRule does, then matched against events with
// EventBridge's semantics (docs/aws-lambda.md#eventbridge-event-buses-and-rules). A pattern mirrors
// the event's structure; at each leaf, a list of conditions of which any one may match, and when
// the event holds an array there, any one of its values may satisfy it. Every field of the pattern
// must match (AND). A field the event lacks matches only `{"exists": false}`.

/** A condition on one value: a literal, or one operator object. */
export type PatternCondition =
  | string
  | number
  | boolean
  | null
  | { readonly prefix: string | { readonly 'equals-ignore-case': string } }
  | { readonly suffix: string | { readonly 'equals-ignore-case': string } }
  | { readonly 'equals-ignore-case': string }
  | { readonly wildcard: string }
  | { readonly exists: boolean }
  | { readonly numeric: readonly (string | number)[] }
  | { readonly 'anything-but': AnythingBut };

type AnythingBut =
  | string
  | number
  | readonly (string | number)[]
  | { readonly prefix: string }
  | { readonly suffix: string }
  | { readonly 'equals-ignore-case': string | readonly string[] }
  | { readonly wildcard: string };

export interface EventPattern {
  readonly [field: string]: EventPattern | readonly PatternCondition[];
}

export type ParsedPattern = { ok: true; pattern: EventPattern } | { ok: false; problem: string };

const NUMERIC_OPERATORS = new Set(['=', '<', '<=', '>', '>=']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The only entry of an operator object, or null when it has none or several. */
function onlyEntry(value: Record<string, unknown>): [string, unknown] | null {
  const entries = Object.entries(value);
  return entries.length === 1 ? entries[0]! : null;
}

function stringOrIgnoreCase(value: unknown): boolean {
  if (typeof value === 'string') return true;
  const entry = isObject(value) ? onlyEntry(value) : null;
  return entry?.[0] === 'equals-ignore-case' && typeof entry[1] === 'string';
}

function numericProblem(value: unknown): string | null {
  if (!Array.isArray(value) || (value.length !== 2 && value.length !== 4)) {
    return 'numeric takes one or two comparisons, e.g. [">", 0, "<=", 5]';
  }
  for (let i = 0; i < value.length; i += 2) {
    if (!NUMERIC_OPERATORS.has(value[i] as string) || typeof value[i + 1] !== 'number') {
      return 'numeric compares with =, <, <=, > or >= against a number';
    }
  }
  return null;
}

function anythingButProblem(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return null;
  if (Array.isArray(value)) {
    const allStrings = value.every((v) => typeof v === 'string');
    const allNumbers = value.every((v) => typeof v === 'number');
    return value.length > 0 && (allStrings || allNumbers)
      ? null
      : 'anything-but takes a list of only strings or only numbers';
  }
  if (isObject(value)) {
    const [key, inner] = onlyEntry(value) ?? [null, undefined];
    if ((key === 'prefix' || key === 'suffix' || key === 'wildcard') && typeof inner === 'string') {
      return null;
    }
    const strings = Array.isArray(inner) && inner.every((v) => typeof v === 'string');
    if (key === 'equals-ignore-case' && (typeof inner === 'string' || strings)) return null;
  }
  return 'anything-but takes a value, a list, or one of prefix, suffix, equals-ignore-case, wildcard';
}

function conditionProblem(condition: unknown): string | null {
  if (condition === null || ['string', 'number', 'boolean'].includes(typeof condition)) return null;
  if (!isObject(condition)) return 'a condition is a value or an operator object';
  const [operator, operand] = onlyEntry(condition) ?? [null, undefined];
  switch (operator) {
    case 'prefix':
    case 'suffix':
      return stringOrIgnoreCase(operand) ? null : `${operator} takes a string`;
    case 'equals-ignore-case':
    case 'wildcard':
      return typeof operand === 'string' ? null : `${operator} takes a string`;
    case 'exists':
      return typeof operand === 'boolean' ? null : 'exists takes true or false';
    case 'numeric':
      return numericProblem(operand);
    case 'anything-but':
      return anythingButProblem(operand);
    default:
      return `unrecognized match type ${operator ?? '(none)'}`;
  }
}

function patternProblem(value: unknown, path: string): string | null {
  if (!isObject(value)) return `${path || 'the pattern'} must be a JSON object`;
  for (const [field, inner] of Object.entries(value)) {
    const at = path ? `${path}.${field}` : field;
    if (Array.isArray(inner)) {
      if (inner.length === 0) return `${at} has an empty list: it could match nothing`;
      for (const condition of inner) {
        const problem = conditionProblem(condition);
        if (problem) return `${at}: ${problem}`;
      }
    } else if (isObject(inner)) {
      if (Object.keys(inner).length === 0) return `${at} is an empty object`;
      const problem = patternProblem(inner, at);
      if (problem) return problem;
    } else {
      return `${at} must be a list of conditions or an object`;
    }
  }
  return null;
}

/** Parses and checks a pattern as PutRule does (InvalidEventPatternException). */
export function parseEventPattern(text: string): ParsedPattern {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `Event pattern is not valid JSON: ${(error as Error).message}` };
  }
  if (isObject(value) && Object.keys(value).length === 0) {
    return { ok: false, problem: 'Event pattern is not valid. Reason: the pattern is empty.' };
  }
  const problem = patternProblem(value, '');
  if (problem) return { ok: false, problem: `Event pattern is not valid. Reason: ${problem}.` };
  return { ok: true, pattern: value as EventPattern };
}

// ───────────────────────────── Matching ─────────────────────────────

function lower(value: string): string {
  return value.toLowerCase();
}

/** `*` matches any run of characters; `\*` is a literal star. */
function wildcardMatches(pattern: string, value: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\' && pattern[i + 1] === '*') {
      source += '\\*';
      i++;
    } else if (char === '*') source += '.*';
    else source += char.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's').test(value);
}

function affixMatches(
  operand: string | { readonly 'equals-ignore-case': string },
  value: string,
  test: (value: string, affix: string) => boolean,
): boolean {
  return typeof operand === 'string'
    ? test(value, operand)
    : test(lower(value), lower(operand['equals-ignore-case']));
}

const startsWith = (value: string, affix: string) => value.startsWith(affix);
const endsWith = (value: string, affix: string) => value.endsWith(affix);

function numericMatches(comparisons: readonly (string | number)[], value: number): boolean {
  for (let i = 0; i < comparisons.length; i += 2) {
    const bound = comparisons[i + 1] as number;
    const holds = {
      '=': value === bound,
      '<': value < bound,
      '<=': value <= bound,
      '>': value > bound,
      '>=': value >= bound,
    }[comparisons[i] as '=' | '<' | '<=' | '>' | '>='];
    if (!holds) return false;
  }
  return true;
}

function excluded(operand: AnythingBut, value: unknown): boolean {
  if (typeof operand === 'string' || typeof operand === 'number') return value === operand;
  if (Array.isArray(operand)) return (operand as unknown[]).includes(value);
  // The string forms exclude strings only: a number is never "anything but" a prefix's match.
  if (typeof value !== 'string') return true;
  const object = operand as Exclude<AnythingBut, string | number | readonly unknown[]>;
  if ('prefix' in object) return value.startsWith(object.prefix);
  if ('suffix' in object) return value.endsWith(object.suffix);
  if ('wildcard' in object) return wildcardMatches(object.wildcard, value);
  const names = object['equals-ignore-case'];
  return (typeof names === 'string' ? [names] : names).some((n) => lower(n) === lower(value));
}

/** Whether one leaf value satisfies one condition (exists is decided by the caller). */
function conditionMatches(condition: PatternCondition, value: unknown): boolean {
  if (!isObject(condition)) return value === condition;
  const c = condition as Record<string, unknown>;
  if ('numeric' in c) {
    return typeof value === 'number' && numericMatches(c.numeric as (string | number)[], value);
  }
  if ('anything-but' in c) return !excluded(c['anything-but'] as AnythingBut, value);
  if (typeof value !== 'string') return false;
  if ('prefix' in c) return affixMatches(c.prefix as string, value, startsWith);
  if ('suffix' in c) return affixMatches(c.suffix as string, value, endsWith);
  if ('equals-ignore-case' in c) return lower(c['equals-ignore-case'] as string) === lower(value);
  if ('wildcard' in c) return wildcardMatches(c.wildcard as string, value);
  return false;
}

/** The leaf values at a field: a scalar, or the scalars of an array; objects are not leaves. */
function leafValues(field: unknown): unknown[] {
  const values = Array.isArray(field) ? field : [field];
  return values.filter((value) => value === null || typeof value !== 'object');
}

function leafMatches(conditions: readonly PatternCondition[], field: unknown): boolean {
  const values = field === undefined ? [] : leafValues(field);
  return conditions.some((condition) => {
    if (isObject(condition) && 'exists' in condition) {
      return condition.exists === values.length > 0;
    }
    return values.some((value) => conditionMatches(condition, value));
  });
}

function fieldOf(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Whether `event` (any JSON value) matches the pattern. */
export function matchesPattern(pattern: EventPattern, event: unknown): boolean {
  return Object.entries(pattern).every(([key, inner]) => {
    const field = fieldOf(event, key);
    if (Array.isArray(inner)) return leafMatches(inner as readonly PatternCondition[], field);
    const nested = inner as EventPattern;
    // An array of objects matches when one of its objects does.
    if (Array.isArray(field)) return field.some((item) => matchesPattern(nested, item));
    return matchesPattern(nested, field);
  });
}
