// The engine imports nothing outside itself, so it runs in Node and in the browser alike
// (docs/architecture.md#layers).
import { describe, expect, it } from 'vitest';

// Vite reads the files at build time, so this test needs no Node file-system API.
const sources = import.meta.glob<string>('./**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** `./testing/x.ts` + `../clock` → `clock`; null when it leaves the engine folder. */
function resolveInside(file: string, specifier: string): string | null {
  const parts = file.split('/').slice(1, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** What is wrong with one file's imports (empty when nothing is). */
function layeringProblems(file: string, source: string): string[] {
  const isTest = file.endsWith('.test.ts');
  const problems: string[] = [];
  for (const [, specifier = ''] of source.matchAll(SPECIFIER)) {
    if (specifier.startsWith('.')) {
      if (resolveInside(file, specifier) === null) problems.push(`${file} → ${specifier}`);
    } else if (!(isTest && (specifier === 'vitest' || specifier.startsWith('node:')))) {
      problems.push(`${file} → ${specifier}`);
    }
  }
  return problems;
}

describe('layeringProblems', () => {
  it('flags imports from outside the engine and any package', () => {
    const source = [
      "import { create } from 'zustand';",
      "import type { X } from '../store';",
      "import { y } from './time/clock';",
      "const m = await import('monaco-editor');",
      "import 'react';",
    ].join('\n');
    expect(layeringProblems('./platform.ts', source)).toEqual([
      './platform.ts → zustand',
      './platform.ts → ../store',
      './platform.ts → monaco-editor',
      './platform.ts → react',
    ]);
    expect(layeringProblems('./testing/fake.ts', "import '../../runtime';")).toEqual([
      './testing/fake.ts → ../../runtime',
    ]);
  });

  it('allows vitest and node builtins in tests only', () => {
    const source = "import { it } from 'vitest';\nimport { inspect } from 'node:util';";
    expect(layeringProblems('./a.test.ts', source)).toEqual([]);
    expect(layeringProblems('./a.ts', source)).toHaveLength(2);
  });
});

describe('the engine folder', () => {
  it('imports only from itself', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const problems = Object.entries(sources).flatMap(([file, source]) =>
      file === './layering.test.ts' ? [] : layeringProblems(file, source),
    );
    expect(problems).toEqual([]);
  });
});
