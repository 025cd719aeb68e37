// The .d.ts closure on a small node_modules written to a temp folder, and on the real SDK.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDED_SDK_PACKAGES } from '../src/engine/functions/sdk-packages';
import { collectDtsClosure, typesVersionMatches } from './dts-closure';

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const manifest = (fields: object) => JSON.stringify({ name: 'x', version: '1.0.0', ...fields });
const collected = (packages: string[]) =>
  [...collectDtsClosure(packages, root).files.keys()].map((file) => relative(root, file)).sort();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dts-closure-'));
  // `types` at a dist folder; typesVersions sends old TypeScript to ts3.4 copies.
  write(
    'node_modules/app/package.json',
    manifest({
      types: './dist-types/index.d.ts',
      typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
    }),
  );
  write(
    'node_modules/app/dist-types/index.d.ts',
    '/// <reference path="./globals.d.ts" />\nexport * from "./client";\nexport type { Shape } from "@x/shapes/sub";\nexport declare const n: import("./lazy").Lazy;\n',
  );
  write('node_modules/app/dist-types/globals.d.ts', 'declare const g: number;\n');
  write(
    'node_modules/app/dist-types/client.d.ts',
    'import type { Readable } from "node:stream";\nimport { Base } from "base";\nexport declare class Client extends Base { r: Readable }\n',
  );
  write('node_modules/app/dist-types/commands/index.d.ts', 'export declare const unused: 1;\n');
  write('node_modules/app/dist-types/lazy.d.ts', 'export interface Lazy { a: 1 }\n');
  write('node_modules/app/dist-types/ts3.4/index.d.ts', 'export {};\n');
  // A subpath only `exports` knows, its `types` under a nested condition.
  write(
    'node_modules/@x/shapes/package.json',
    manifest({
      exports: {
        '.': { types: './types/index.d.ts', default: './index.js' },
        './sub': { import: { types: './types/sub/index.d.ts', default: './sub.mjs' } },
      },
    }),
  );
  write('node_modules/@x/shapes/types/index.d.ts', 'export {};\n');
  write('node_modules/@x/shapes/types/sub/index.d.ts', 'export interface Shape {}\n');
  // typesVersions for the current TypeScript; and a second copy nested where Node would find it.
  write(
    'node_modules/base/package.json',
    manifest({ typesVersions: { '>=4.5': { '*': ['ts5/*'] } } }),
  );
  write('node_modules/base/ts5/index.d.ts', 'export declare class Base {}\n');
  write('node_modules/base/index.d.ts', 'export declare class OldBase {}\n');
  write('node_modules/app/node_modules/base/package.json', manifest({ types: 'main.d.ts' }));
  write('node_modules/app/node_modules/base/main.d.ts', 'export declare class Base {}\n');
  write('node_modules/other/package.json', manifest({ types: 'index.d.ts' }));
  write('node_modules/other/index.d.ts', 'import "base";\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(collectDtsClosure, () => {
  it('follows imports, re-exports, import() types and references from the entry types, and only those', () => {
    expect(collected(['app'])).toEqual([
      'node_modules/@x/shapes/types/sub/index.d.ts',
      'node_modules/app/dist-types/client.d.ts',
      'node_modules/app/dist-types/globals.d.ts',
      'node_modules/app/dist-types/index.d.ts',
      'node_modules/app/dist-types/lazy.d.ts',
      // The nearest node_modules answers, as in Node.
      'node_modules/app/node_modules/base/main.d.ts',
    ]);
  });

  it('reads typesVersions for the TypeScript in use, and records what nothing answers', () => {
    expect(collected(['other'])).toEqual([
      'node_modules/base/ts5/index.d.ts',
      'node_modules/other/index.d.ts',
    ]);
    const closure = collectDtsClosure(['app'], root);
    expect([...closure.unresolved]).toEqual(['node:stream']);
    expect(closure.packageEntries.get('node_modules/@x/shapes/sub')?.file).toBe(
      join(root, 'node_modules/@x/shapes/types/sub/index.d.ts'),
    );
  });

  it('refuses a package with no types', () => {
    expect(() => collectDtsClosure(['missing'], root)).toThrow('no types for missing');
  });
});

describe(typesVersionMatches, () => {
  it('compares TypeScript versions as typesVersions ranges do', () => {
    expect(typesVersionMatches('<4.5', '5.9')).toBe(false);
    expect(typesVersionMatches('>=4.5', '5.9')).toBe(true);
    expect(typesVersionMatches('>=4.1 <5.10', '5.9')).toBe(true);
    expect(typesVersionMatches('*', '5.9')).toBe(true);
  });
});

describe('the closure of the SDK packages the runtime provides', () => {
  it('holds their commands and the packages their types rest on, without the ts3.4 copies', () => {
    const files = [...collectDtsClosure(PROVIDED_SDK_PACKAGES, process.cwd()).files.keys()].map(
      (file) => relative(process.cwd(), file),
    );
    expect(files).toContain(
      'node_modules/@aws-sdk/client-s3/dist-types/commands/PutObjectCommand.d.ts',
    );
    expect(files).toContain(
      'node_modules/@aws-sdk/lib-dynamodb/dist-types/commands/GetCommand.d.ts',
    );
    expect(files).toContain('node_modules/@smithy/types/dist-types/index.d.ts');
    expect(
      files.some((file) => file.startsWith('node_modules/@smithy/core/dist-types/submodules/')),
    ).toBe(true);
    expect(files.filter((file) => file.includes('/ts3.4/'))).toEqual([]);
    // Not reached from the clients' types: the Node credential providers.
    expect(
      files.some((file) => file.startsWith('node_modules/@aws-sdk/credential-provider-node/')),
    ).toBe(false);
  }, 60_000);
});
