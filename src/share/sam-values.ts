// Lenient readers for values of a parsed template: a template written by hand or by another tool
// may leave out what SAM defaults, or use the short and long forms of an intrinsic function.
import type { SamObject } from './sam-function';

export function isObject(value: unknown): value is SamObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown): SamObject {
  return isObject(value) ? value : {};
}

export function stringAt(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

export function numberAt(value: unknown, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

/** A string or a list of strings (SAM accepts both for S3 `Events`) as a list. */
export function stringsAt(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Environment variables as strings (YAML may have read `PORT: 80` as a number). */
export function variablesAt(value: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(objectAt(value)).map(([key, v]) => [key, typeof v === 'string' ? v : String(v)]),
  );
}

/**
 * The logical id an intrinsic points at: `{Ref: X}`, `{'Fn::GetAtt': [X, 'Arn']}` or
 * `{'Fn::GetAtt': 'X.Arn'}`; null for anything else (a literal ARN of another stack).
 */
export function referencedId(value: unknown): string | null {
  if (!isObject(value)) return null;
  if (typeof value.Ref === 'string') return value.Ref;
  const att = value['Fn::GetAtt'];
  if (Array.isArray(att) && typeof att[0] === 'string') return att[0];
  if (typeof att === 'string') return att.split('.')[0] ?? null;
  return null;
}
