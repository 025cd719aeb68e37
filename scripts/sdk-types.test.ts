// The SDK's declarations as the editor gives them to Monaco's TypeScript: smaller but read the
// same, resolved by Monaco's module resolution, and promising exactly what the runtime provides.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVIDED_NODE_MODULES } from '../src/engine/functions/node-modules';
import { PROVIDED_SDK_PACKAGES } from '../src/engine/functions/sdk-packages';
import { LAMBDA_GLOBALS } from '../src/ui/editor/lambda-globals';
import { minifyDeclarations, summarizeJsDoc } from './dts-minify';
import { SDK_DEPENDENCIES_DIR, sdkTypeFiles } from './sdk-types';

describe(minifyDeclarations, () => {
  const source = [
    '/// <reference types="node" />',
    '// a note',
    'import type { A } from "./a";',
    '/**',
    ' * @public',
    ' *',
    ' * <p>The bucket.</p>',
    ' *          <p>More detail.</p>',
    ' * @example',
    ' * ```',
    ' * send()',
    ' * ```',
    ' * @deprecated use Other',
    ' */',
    'export type Key = `${string}:${A extends { b: 1 } ? "x" : `y${number}`}`;  /* trailing */',
    'export declare class C {',
    '    m(): void;',
    '}',
  ].join('\n');

  it('drops comments and indentation, keeping triple-slash directives and template types intact', () => {
    expect(minifyDeclarations(source, 'none')).toBe(
      [
        '/// <reference types="node" />',
        'import type { A } from "./a";',
        'export type Key = `${string}:${A extends { b: 1 } ? "x" : `y${number}`}`;',
        'export declare class C {',
        'm(): void;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps a JSDoc summary: the first paragraph and @deprecated', () => {
    const summarized = minifyDeclarations(source, 'summary');
    expect(summarized).toContain('/** The bucket.\n * @deprecated use Other */\nexport type Key');
    expect(summarized).not.toContain('More detail');
    expect(summarizeJsDoc('/**\n * @public\n */')).toBeNull();
    expect(
      summarizeJsDoc('/** <important><p>Notice.</p></important> <p>Adds an object.</p> */'),
    ).toBe('/** Adds an object. */');
  });
});

describe(sdkTypeFiles, () => {
  let files = new Map<string, string>();
  beforeAll(() => {
    files = sdkTypeFiles(process.cwd());
  }, 60_000);

  /** What a learner's file finds in `file:///node_modules`, as TypeScript's Node 10 lookup does. */
  const importable = () =>
    [...files.keys()]
      .map(
        (path) =>
          /^file:\/\/\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)\/index\.d\.ts$/.exec(path)?.[1],
      )
      .filter((name) => name !== undefined && name !== '@aws-sdk/node_modules')
      .sort();

  it('the editor declares exactly the built-in modules and the SDK packages the runtime provides', () => {
    expect(importable()).toEqual([...PROVIDED_SDK_PACKAGES].sort());
    const declared = [...LAMBDA_GLOBALS.matchAll(/^declare module '([^']+)';$/gm)].map(
      ([, name]) => name,
    );
    expect(declared.sort()).toEqual(
      PROVIDED_NODE_MODULES.flatMap((name) => [name, `node:${name}`]).sort(),
    );
    expect(files.has(`file:///${SDK_DEPENDENCIES_DIR}/@smithy/types/dist-types/index.d.ts`)).toBe(
      true,
    );
  });

  it('types a handler as Monaco reads them: wrong inputs flagged, right ones not, other packages refused', () => {
    const require = createRequire(import.meta.url);
    const libDir = dirname(require.resolve('typescript'));
    const handler = 'file:///my-function/index.ts';
    const sources = new Map(files);
    let version = 0;
    sources.set('file:///lambda-runtime-globals.d.ts', LAMBDA_GLOBALS);
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.webworker.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      moduleDetection: ts.ModuleDetectionKind.Force,
      strict: true,
      noEmit: true,
    };
    const service = ts.createLanguageService({
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...sources.keys()],
      getScriptVersion: (name) => (name === handler ? String(version) : '1'),
      getScriptSnapshot: (name) => {
        const text =
          sources.get(name) ??
          (name.startsWith('lib.') ? readFileSync(join(libDir, name), 'utf8') : undefined);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      // Monaco's worker: no current directory, and only the files it was given.
      getCurrentDirectory: () => '',
      getDefaultLibFileName: () => 'lib.es2023.d.ts',
      fileExists: (name) => sources.has(name),
      readFile: (name) => sources.get(name),
    });
    const errors = (code: string) => {
      version += 1;
      sources.set(handler, code);
      return service
        .getSemanticDiagnostics(handler)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    };
    const wrong = errors(
      "import { PutObjectCommand } from '@aws-sdk/client-s3';\nnew PutObjectCommand({ Bucket: 'b', Key: 'k', Bodyy: 'x' });\n",
    );
    expect(wrong.join('\n')).toContain("'Bodyy' does not exist in type 'PutObjectCommandInput'");
    expect(
      errors(
        [
          "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';",
          "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
          "import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';",
          "import { SNSClient } from '@aws-sdk/client-sns';",
          "import { SQSClient } from '@aws-sdk/client-sqs';",
          "import { LambdaClient } from '@aws-sdk/client-lambda';",
          'const clients = [new SNSClient({}), new SQSClient({}), new LambdaClient({})];',
          'const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
          'export const handler = async () => {',
          "  await new S3Client({}).send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }));",
          "  const { Item } = await documents.send(new GetCommand({ TableName: 't', Key: { id: '1' } }));",
          '  return [Item, clients.length];',
          '};',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      errors("import type { Logger } from '@smithy/types';\nexport type L = Logger;\n").join('\n'),
    ).toContain("Cannot find module '@smithy/types'");
  }, 120_000);
});
