// Lessons are data and import only types from outside their folder, so a lesson file can never
// reach into the store or the engine to grade itself (docs/architecture.md#layers).
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('./**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const IMPORT = /^import\s+(type\s+)?[^'"]*from\s+['"]([^'"]+)['"]/gm;

/** Value imports from outside `src/lessons/` (type-only imports are fine; tests may use vitest). */
function outsideImports(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const [, typeOnly, specifier = ''] of source.matchAll(IMPORT)) {
    if (typeOnly || specifier.startsWith('./')) continue;
    if (file.endsWith('.test.ts') && specifier === 'vitest') continue;
    problems.push(`${file} → ${specifier}`);
  }
  return problems;
}

describe(outsideImports, () => {
  it('flags value imports from outside the folder and lets type imports through', () => {
    const source = [
      "import type { Workspace } from '../workspace/model';",
      "import { world } from '../store/platform/platform-world';",
      "import { lessonFunction } from './build';",
    ].join('\n');
    expect(outsideImports('./lesson.ts', source)).toEqual([
      './lesson.ts → ../store/platform/platform-world',
    ]);
  });

  it('finds none in the lessons folder', () => {
    const problems = Object.entries(sources).flatMap(([file, source]) =>
      outsideImports(file, source),
    );
    expect(problems).toEqual([]);
  });
});
