// The architecture's dependency table (docs/architecture.md#layers), checked on every import of
// every file under src/: which folders and packages each folder may import, and which only for
// their types. A crossing the table does not allow fails here, or is listed below with its reason.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Folder =
  | 'engine'
  | 'triggers'
  | 'share'
  | 'bundler'
  | 'services'
  | 'runtime'
  | 'workspace'
  | 'lessons'
  | 'store'
  | 'ui';

interface Rule {
  /** Folders whose values (and types) it may import. */
  values: Folder[];
  /** Folders it may import types from only (`import type`). */
  types: Folder[];
  /** Packages (or their sub-paths) it may import. */
  packages: string[];
}

export const LAYERS: ReadonlyMap<Folder, Rule> = new Map<Folder, Rule>([
  // The platform model: pure, so it runs in Node on a manual clock and in the browser alike.
  ['engine', { values: [], types: [], packages: [] }],
  // Pure factories of AWS-shaped events, typed with @types/aws-lambda (share/ for base64).
  ['triggers', { values: ['share'], types: ['engine'], packages: ['aws-lambda', '@noble/hashes'] }],
  // Link codec, zip and SAM files: knows nothing of the rest.
  ['share', { values: [], types: [], packages: ['fflate', 'yaml'] }],
  // The engine's runtime catalog says which functions are Python, packaged instead of bundled.
  ['bundler', { values: ['engine'], types: [], packages: ['esbuild-wasm'] }],
  // The AWS APIs as wire protocols over the simulation: pure, so the real SDK drives them in Node.
  ['services', { values: ['engine', 'triggers', 'share'], types: [], packages: [] }],
  // The browser Executor; worker code also gets the engine's default settings for its warm-up
  // and share/'s base64.
  // Node's built-ins inside instances are built on these libraries (src/runtime/worker/node).
  [
    'runtime',
    {
      values: ['engine', 'share', 'services'],
      types: [],
      packages: [
        'virtual:runtime-script',
        'virtual:python-runtime-script',
        // The provided AWS SDK packages: their scripts (host) and their HTTP handler (worker).
        'virtual:aws-sdk',
        '@smithy/core',
        'buffer',
        'readable-stream',
        'string_decoder',
        'fflate',
        '@noble/hashes',
        // The Python runtime's interpreter (src/runtime/worker/python, docs/python-runtime.md).
        'pyodide',
      ],
    },
  ],
  // The workspace as data: its model, rules, storage records, link and SAM mappings.
  ['workspace', { values: ['engine', 'share', 'triggers'], types: [], packages: [] }],
  // Lessons are data and take only types from outside, so a lesson cannot grade itself.
  ['lessons', { values: [], types: ['engine', 'workspace'], packages: [] }],
  [
    'store',
    {
      values: [
        'engine',
        'triggers',
        'share',
        'bundler',
        'services',
        'runtime',
        'workspace',
        'lessons',
      ],
      types: [],
      packages: ['zustand'],
    },
  ],
  // Components reach the platform only through the store. The engine's pure pricing and load
  // models, the trigger factories and lesson content are values the views may call directly.
  [
    'ui',
    {
      values: ['store', 'engine', 'triggers', 'lessons'],
      types: ['workspace', 'bundler'],
      packages: [
        'react',
        'react-dom',
        'zustand',
        'monaco-editor',
        '@monaco-editor/react',
        'uplot',
        'virtual:pwa-register',
        'virtual:sdk-types',
      ],
    },
  ],
]);

/**
 * Test files and test helpers may also use these packages, Node's built-ins, values from the
 * folders their own folder may take types from, and both sides of the runtime.
 */
const TEST_PACKAGES = [
  'vitest',
  'fast-check',
  'happy-dom',
  'esbuild-wasm',
  'fflate',
  'typescript',
  // The real SDK drives the simulated services in their tests (src/services/testing/sdk-harness.ts).
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sns',
  '@aws-sdk/client-sqs',
  '@aws-sdk/client-lambda',
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
  '@smithy/core',
];

/** Within runtime/: page code and worker code never import each other (they run in other realms). */
const RUNTIME_SIDES = ['host', 'worker'];

/** Crossings the table does not allow, each kept on purpose: `file → folder` and why. */
const ALLOWED = new Map<string, string>([
  [
    './store/lessons/testing/lessons-services.ts → scripts',
    'lesson drills run handlers with the real SDK in Node, its scripts bundled as the build does',
  ],
]);

const IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s*from\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

interface Import {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(source: string): Import[] {
  return [...source.matchAll(IMPORT)].map(([, type, from, dynamic]) => ({
    specifier: from ?? dynamic ?? '',
    typeOnly: type !== undefined,
  }));
}

/** `./store/x/y.ts` + `../../engine` → `engine`; the path's segments under src/. */
function resolve(file: string, specifier: string): string[] {
  const parts = file.split('/').slice(1, -1);
  for (const part of specifier.split(/[/?]/)) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts;
}

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.includes('/testing/');

/** What is wrong with one file's imports (empty when nothing is). */
export function layeringProblems(file: string, source: string): string[] {
  const [, folder = ''] = file.split('/');
  const rule = LAYERS.get(folder as Folder);
  if (!rule) return folder.includes('.') ? [] : [`${file}: src/${folder} is not in the table`];
  const problems: string[] = [];
  for (const { specifier, typeOnly } of importsOf(source)) {
    if (specifier.startsWith('.')) {
      const [target = '', side] = resolve(file, specifier);
      if (target === folder) {
        const [, , ownSide] = file.split('/');
        const crosses =
          folder === 'runtime' &&
          !isTest(file) &&
          side !== undefined &&
          ownSide !== side &&
          RUNTIME_SIDES.includes(side) &&
          RUNTIME_SIDES.includes(ownSide ?? '');
        if (crosses) problems.push(`${file} → ${specifier} (runtime/${ownSide} → runtime/${side})`);
        continue;
      }
      const allowed =
        rule.values.includes(target as Folder) ||
        ((typeOnly || isTest(file)) && rule.types.includes(target as Folder)) ||
        ALLOWED.has(`${file} → ${target}`);
      if (!allowed) problems.push(`${file} → ${specifier}`);
    } else {
      const name = specifier.startsWith('node:') ? 'node:' : packageOf(specifier);
      const allowed =
        rule.packages.includes(name) ||
        (isTest(file) && (name === 'node:' || TEST_PACKAGES.includes(name)));
      if (!allowed) problems.push(`${file} → ${specifier}`);
    }
  }
  return problems;
}

describe(layeringProblems, () => {
  it('flags a folder reaching past its row, and value imports where only types are allowed', () => {
    const source = [
      "import { create } from 'zustand';",
      "import type { Workspace } from '../workspace/model';",
      "import { world } from '../store/platform/platform-world';",
      "import type { Clock } from '../engine';",
      "export { sharedThing } from '../share';",
      "const m = await import('monaco-editor');",
    ].join('\n');
    expect(layeringProblems('./lessons/lesson.ts', source)).toEqual([
      './lessons/lesson.ts → zustand',
      './lessons/lesson.ts → ../store/platform/platform-world',
      './lessons/lesson.ts → ../share',
      './lessons/lesson.ts → monaco-editor',
    ]);
    expect(layeringProblems('./triggers/s3/event.ts', "import { x } from '../../engine';")).toEqual(
      ['./triggers/s3/event.ts → ../../engine'],
    );
  });

  it('keeps the runtime’s page side and worker side apart, both free to use what they share', () => {
    expect(layeringProblems('./runtime/host/pool.ts', "import { a } from '../worker/x';")).toEqual([
      './runtime/host/pool.ts → ../worker/x (runtime/host → runtime/worker)',
    ]);
    expect(layeringProblems('./runtime/worker/x.ts', "import { p } from '../protocol';")).toEqual(
      [],
    );
  });

  it('lets tests use test packages and node built-ins, and nothing else does', () => {
    const source = "import { it } from 'vitest';\nimport { inspect } from 'node:util';";
    expect(layeringProblems('./engine/clock.test.ts', source)).toEqual([]);
    expect(layeringProblems('./engine/clock.ts', source)).toEqual([
      './engine/clock.ts → vitest',
      './engine/clock.ts → node:util',
    ]);
  });

  it('knows every folder under src/', () => {
    expect(layeringProblems('./newfolder/x.ts', '')).toEqual([
      './newfolder/x.ts: src/newfolder is not in the table',
    ]);
  });

  it('finds none in src/', () => {
    const problems = Object.entries(sources).flatMap(([file, source]) =>
      layeringProblems(file, source),
    );
    expect(problems).toEqual([]);
  });
});
