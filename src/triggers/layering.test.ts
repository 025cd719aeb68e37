// Triggers import nothing but themselves, and only types from the engine and from
// @types/aws-lambda, so the factories stay pure and run anywhere (docs/architecture.md#layers).
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('./**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const STATEMENT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Where `specifier` points from `file`, as `/triggers/…` or `/engine…`. */
function target(file: string, specifier: string): string {
  return new URL(specifier, `file:///triggers/${file.slice(2)}`).pathname;
}

/** The imports of one file that break the layering. */
function violations(file: string, source: string): string[] {
  const isTest = file.endsWith('.test.ts');
  const found: string[] = [];
  for (const [, typeOnly, specifier = ''] of source.matchAll(STATEMENT)) {
    const where = specifier.startsWith('.') ? target(file, specifier) : specifier;
    const allowed =
      where.startsWith('/triggers/') ||
      (typeOnly !== undefined && (where === 'aws-lambda' || /^\/engine(\/|$)/.test(where))) ||
      (isTest && (where === 'vitest' || where.startsWith('node:')));
    if (!allowed) found.push(`${file} → ${specifier}`);
  }
  return found;
}

describe('violations', () => {
  it('allows own files and type-only engine and aws-lambda imports, and flags the rest', () => {
    const source = [
      "import { a } from '../common/arn';",
      "import type { InvokeResult } from '../../engine';",
      "import type { S3Event } from 'aws-lambda';",
      "import { createPlatform } from '../../engine';",
      "import { create } from 'zustand';",
      "import type { X } from '../../store/x';",
    ].join('\n');
    expect(violations('./http/x.ts', source)).toEqual([
      './http/x.ts → ../../engine',
      './http/x.ts → zustand',
      './http/x.ts → ../../store/x',
    ]);
    expect(violations('./x.test.ts', "import { it } from 'vitest';")).toEqual([]);
    expect(violations('./x.ts', "import { it } from 'vitest';")).toEqual(['./x.ts → vitest']);
  });
});

describe('the triggers folder', () => {
  it('imports only itself and types', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const found = Object.entries(sources).flatMap(([file, source]) =>
      file === './layering.test.ts' ? [] : violations(file, source),
    );
    expect(found).toEqual([]);
  });
});
