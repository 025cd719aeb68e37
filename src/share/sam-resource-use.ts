// Which of the scenario's buckets, topics, queues, functions and tables a function's code uses
// through the AWS SDK, read statically from its source: the SAM export grants exactly these (policy
// templates) and passes their names in through environment variables. Pure, and safe for any name:
// names are compared as strings, never turned into patterns.

export type ResourceKind = 'bucket' | 'topic' | 'queue' | 'function' | 'table';

/** The scenario's resource names by kind. */
export type ResourceNames = Record<ResourceKind, readonly string[]>;

export interface ResourceUse {
  kind: ResourceKind;
  name: string;
}

export interface FunctionResourceUse {
  /** Each resource once, in the order kinds are listed in RESOURCE_KINDS, then by first sight. */
  resources: ResourceUse[];
  /** True when the code receives or deletes messages (it polls a queue, not only sends). */
  pollsQueues: boolean;
}

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'bucket',
  'topic',
  'queue',
  'function',
  'table',
];

/** The SDK packages that reach each kind of resource. */
const CLIENTS: ReadonlyMap<string, ResourceKind> = new Map([
  ['@aws-sdk/client-s3', 'bucket'],
  ['@aws-sdk/client-sns', 'topic'],
  ['@aws-sdk/client-sqs', 'queue'],
  ['@aws-sdk/client-lambda', 'function'],
  ['@aws-sdk/client-dynamodb', 'table'],
  ['@aws-sdk/lib-dynamodb', 'table'],
]);

/**
 * The string literals of JavaScript/TypeScript source: quoted strings with their escapes read,
 * and the fixed parts of template literals. Comments are skipped. A small scanner, not a parser:
 * a regular expression literal may be misread, which at worst finds a name that is not used.
 */
export function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];
    if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i = readQuoted(source, i, found);
    } else i += 1;
  }
  return found;
}

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['n', '\n'],
  ['t', '\t'],
  ['r', '\r'],
  ['0', '\0'],
]);

/** Reads the literal opening at `start` into `found`; returns the index after it. */
function readQuoted(source: string, start: number, found: string[]): number {
  const quote = source[start]!;
  let text = '';
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const escaped = source[i + 1] ?? '';
      text += ESCAPES.get(escaped) ?? escaped;
      i += 2;
    } else if (ch === quote) {
      found.push(text);
      return i + 1;
    } else if (quote === '`' && ch === '$' && source[i + 1] === '{') {
      // `${…}` ends one fixed part; the expression inside is skipped to its closing brace.
      found.push(text);
      text = '';
      i = skipExpression(source, i + 2);
    } else if (quote !== '`' && ch === '\n') {
      return i; // an unterminated string: stop at the line's end
    } else {
      text += ch;
      i += 1;
    }
  }
  return i;
}

function skipExpression(source: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < source.length && depth > 0) {
    const ch = source[i]!;
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (ch === "'" || ch === '"' || ch === '`') {
      i = readQuoted(source, i, []);
      continue;
    }
    i += 1;
  }
  return i;
}

const isIdentifierChar = (ch: string | undefined) => ch !== undefined && /[\w$]/.test(ch);

/** `process.env.NAME` and `process.env['NAME']`, and names destructured from `process.env`. */
export function environmentReads(source: string): Set<string> {
  const names = new Set<string>();
  const dotted = /\bprocess\.env\.([A-Za-z_$][\w$]*)/g;
  const indexed = /\bprocess\.env\[\s*(['"`])([^'"`\]]*)\1\s*\]/g;
  const destructured = /\{([^{}]*)\}\s*=\s*process\.env\b/g;
  for (const match of source.matchAll(dotted)) names.add(match[1]!);
  for (const match of source.matchAll(indexed)) names.add(match[2]!);
  for (const match of source.matchAll(destructured)) {
    for (const part of match[1]!.split(',')) {
      const key = part.split(/[:=]/)[0]!.trim();
      if (key !== '' && [...key].every((ch) => isIdentifierChar(ch))) names.add(key);
    }
  }
  return names;
}

/** The SDK packages the source imports or requires. */
export function sdkPackages(source: string): Set<string> {
  const used = new Set<string>();
  for (const literal of stringLiterals(source)) if (CLIENTS.has(literal)) used.add(literal);
  return used;
}

/**
 * True when `text` names the resource: its name, or the ARN or URL AWS writes for it
 * (`arn:aws:sns:…:alerts`, `https://sqs.…/123456789012/orders`, `arn:aws:s3:::uploads`,
 * `arn:aws:lambda:…:function:name[:qualifier]`, `arn:aws:dynamodb:…:table/name`).
 */
export function namesResource(text: string, kind: ResourceKind, name: string): boolean {
  if (name === '') return false;
  if (text === name) return true;
  switch (kind) {
    case 'bucket':
      return text === `arn:aws:s3:::${name}`;
    case 'topic':
      return text.startsWith('arn:') && text.endsWith(`:${name}`) && afterLast(text, ':') === name;
    case 'queue':
      return (
        (text.startsWith('https://') && afterLast(text, '/') === name) ||
        (text.startsWith('arn:') && afterLast(text, ':') === name)
      );
    case 'function':
      return functionOfArn(text) === name;
    case 'table':
      return text.startsWith('arn:') && text.endsWith(`:table/${name}`);
  }
}

function afterLast(text: string, separator: string): string {
  return text.slice(text.lastIndexOf(separator) + 1);
}

/** `arn:aws:lambda:region:account:function:NAME[:qualifier]` → NAME; null for anything else. */
function functionOfArn(text: string): string | null {
  const parts = text.split(':');
  return parts[0] === 'arn' && parts[5] === 'function' && parts[6] !== undefined ? parts[6] : null;
}

/** Operations of SQS that poll a queue rather than send to it, as commands and as client methods. */
const POLLING = ['ReceiveMessage', 'DeleteMessage', 'receiveMessage', 'deleteMessage'];

/**
 * The resources a function's code reaches through the SDK: for each SDK client it imports, the
 * scenario's resources of that kind named by a string literal in its code or by the value of an
 * environment variable the code reads. `self` (the function's own name) is left out: a function
 * granting itself access would make its role depend on itself.
 */
export function resourceUseOf(
  files: Record<string, string>,
  environment: Record<string, string>,
  names: ResourceNames,
  self: string,
): FunctionResourceUse {
  const kinds = new Set<ResourceKind>();
  const texts = new Set<string>();
  let pollsQueues = false;
  for (const source of Object.values(files)) {
    for (const pkg of sdkPackages(source)) kinds.add(CLIENTS.get(pkg)!);
    for (const literal of stringLiterals(source)) texts.add(literal);
    for (const variable of environmentReads(source)) {
      if (Object.hasOwn(environment, variable)) texts.add(environment[variable]!);
    }
    if (POLLING.some((word) => source.includes(word))) pollsQueues = true;
  }
  const resources: ResourceUse[] = [];
  for (const kind of RESOURCE_KINDS.filter((k) => kinds.has(k))) {
    for (const name of names[kind]) {
      if (kind === 'function' && name === self) continue;
      if ([...texts].some((text) => namesResource(text, kind, name))) {
        resources.push({ kind, name });
      }
    }
  }
  return { resources, pollsQueues: pollsQueues && kinds.has('queue') };
}
