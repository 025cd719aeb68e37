// A small schema language for the link's JSON: each schema checks a value and names, by its path,
// the first thing that is wrong; the TypeScript type of what it accepts is inferred from it.

export interface Schema<T> {
  /** null when `value` is a T, else what is wrong, starting with `path`. */
  problem(value: unknown, path: string): string | null;
  /** Never set: carries T for `Infer`. */
  readonly type?: T;
}

/** A field that may be absent from its object. */
export interface OptionalSchema<T> extends Schema<T> {
  readonly optional: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never;
}[keyof S];
type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function primitive<T>(kind: 'string' | 'boolean', name: string): Schema<T> {
  return {
    problem: (value, path) =>
      typeof value === kind ? null : `${path} should be ${name}, not ${describe(value)}`,
  };
}

export const string = primitive<string>('string', 'text');
export const boolean = primitive<boolean>('boolean', 'true or false');

export const number: Schema<number> = {
  problem: (value, path) =>
    typeof value === 'number' && Number.isFinite(value)
      ? null
      : `${path} should be a number, not ${describe(value)}`,
};

export function literal<const T extends string>(...allowed: T[]): Schema<T> {
  return {
    problem: (value, path) =>
      allowed.includes(value as T)
        ? null
        : `${path} should be one of ${allowed.join(', ')}, not ${describe(value)}`,
  };
}

export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  return {
    optional: true,
    // In memory an absent field may also be present as undefined, which JSON then drops.
    problem: (value, path) => (value === undefined ? null : schema.problem(value, path)),
  };
}

export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return { problem: (value, path) => (value === null ? null : schema.problem(value, path)) };
}

export function list<T>(item: Schema<T>): Schema<T[]> {
  return {
    problem(value, path) {
      if (!Array.isArray(value)) return `${path} should be a list, not ${describe(value)}`;
      for (const [i, entry] of value.entries()) {
        const problem = item.problem(entry, `${path}[${i}]`);
        if (problem) return problem;
      }
      return null;
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text by text key, e.g. files by path or environment variables by name. */
export const textRecord: Schema<Record<string, string>> = {
  problem(value, path) {
    if (!isPlainObject(value)) return `${path} should be an object, not ${describe(value)}`;
    for (const [key, entry] of Object.entries(value)) {
      if (typeof entry !== 'string') return `${path}[${JSON.stringify(key)}] should be text`;
    }
    return null;
  },
};

/** An object with exactly these fields (an unknown field is a problem: it means a wrong link). */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return {
    problem(value, path) {
      if (!isPlainObject(value)) return `${path} should be an object, not ${describe(value)}`;
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(shape, key)) return `${path} has an unknown field "${key}"`;
      }
      for (const [key, schema] of Object.entries(shape)) {
        const field = `${path}.${key}`;
        if (!Object.hasOwn(value, key)) {
          if ('optional' in schema) continue;
          return `${field} is missing`;
        }
        const problem = schema.problem(value[key], field);
        if (problem) return problem;
      }
      return null;
    },
  };
}
