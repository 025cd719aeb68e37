import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSamFiles, readSamZip, samArchiveFiles, zipSamArchive } from './sam-archive';
import { functionPackageJson } from './sam-files';
import { richScenario } from './testing/sam-scenario';
import { buildZip, deflated } from './testing/zip-builder';

const zipOf = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));

describe('samArchiveFiles', () => {
  it('writes the template, a README, and per function its sources, package.json and event', () => {
    const files = samArchiveFiles(richScenario());
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'events/add-numbers.json',
      'events/worker.json',
      'functions/add-numbers/index.ts',
      'functions/add-numbers/package.json',
      'functions/worker/app.js',
      'functions/worker/lib/math.js',
      'functions/worker/package.json',
      'template.yaml',
    ]);
    expect(JSON.parse(files['functions/add-numbers/package.json']!)).toEqual({
      name: 'add-numbers',
      version: '1.0.0',
      private: true,
      devDependencies: {
        esbuild: '^0.25.0',
        '@types/aws-lambda': '^8.10.0',
        '@types/node': '^22.0.0',
      },
    });
    expect(files['README.md']).toContain('sam build\nsam deploy --guided\n');
    expect(files['README.md']).toContain(
      'sam local invoke AddNumbersFunction -e events/add-numbers.json',
    );
  });

  it("keeps a function's own package.json", () => {
    const scenario = richScenario();
    scenario.functions[0]!.files['package.json'] = '{"type":"module"}';
    expect(samArchiveFiles(scenario)['functions/add-numbers/package.json']).toBe(
      '{"type":"module"}',
    );
  });
});

describe('readSamZip', () => {
  it('reads back exactly the scenario that was exported', () => {
    expect(readSamZip(zipSamArchive(richScenario()))).toEqual({
      ok: true,
      scenario: richScenario(),
    });
  });

  it('reads back a function’s ephemeral storage', () => {
    const scenario = richScenario();
    scenario.functions[0]!.ephemeralStorageMB = 4096;
    expect(readSamZip(zipSamArchive(scenario))).toEqual({ ok: true, scenario });
  });

  it('writes provisioned concurrency on an auto-published alias, and reads it back', () => {
    const scenario = richScenario();
    scenario.functions[1]!.provisionedConcurrency = 2;
    const template = samArchiveFiles(scenario)['template.yaml']!;
    expect(template).toContain('AutoPublishAlias: live');
    expect(template).toMatch(
      /ProvisionedConcurrencyConfig:\n\s+ProvisionedConcurrentExecutions: 2/,
    );
    expect(readSamZip(zipSamArchive(scenario))).toEqual({ ok: true, scenario });
  });

  it("keeps a function's own package.json and drops only the generated one", () => {
    const scenario = richScenario();
    scenario.functions[1]!.files['package.json'] = '{"type":"commonjs"}';
    expect(readSamZip(zipSamArchive(scenario))).toEqual({ ok: true, scenario });
    expect(functionPackageJson(richScenario().functions[0]!)).toContain('"esbuild"');
  });

  it('finds the project inside a top folder, as a zipped folder has it', () => {
    const files = samArchiveFiles(richScenario());
    const nested = Object.fromEntries(Object.entries(files).map(([p, t]) => [`my-app/${p}`, t]));
    expect(readSamZip(zipOf({ ...nested, '__MACOSX/my-app/._x': '' }))).toEqual({
      ok: true,
      scenario: richScenario(),
    });
  });

  it('says so when the bytes are not a zip', () => {
    expect(readSamZip(strToU8('hello'))).toEqual({
      ok: false,
      message: 'This file is not a zip archive, or it is damaged.',
    });
    const truncated = zipSamArchive(richScenario()).slice(0, 200);
    expect(readSamZip(truncated)).toEqual({
      ok: false,
      message: 'This file is not a zip archive, or it is damaged.',
    });
  });

  it('says what is wrong with a template that is not YAML or declares no function', () => {
    const bad = readSamZip(zipOf({ 'template.yaml': 'Resources: [unclosed' }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message.startsWith('template.yaml is not valid YAML: ')).toBe(true);
    expect(readSamZip(zipOf({ 'template.yaml': 'Resources: {}' }))).toEqual({
      ok: false,
      message: 'template.yaml declares no AWS::Serverless::Function.',
    });
  });
});

describe('readSamFiles', () => {
  it('reads a hand-written template with short intrinsic tags and SAM defaults', () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Uploads:',
      '    Type: AWS::S3::Bucket',
      '  Jobs:',
      '    Type: AWS::SQS::Queue',
      '  HelloWorldFunction:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      CodeUri: hello-world/',
      '      Handler: app.lambdaHandler',
      '      Runtime: nodejs20.x',
      '      Environment:',
      '        Variables:',
      '          PORT: 80',
      '      Events:',
      '        Api:',
      '          Type: HttpApi',
      '          Properties: { Path: /hello, Method: get }',
      '        Upload:',
      '          Type: S3',
      '          Properties:',
      '            Bucket: !Ref Uploads',
      '            Events: s3:ObjectCreated:*',
      '        Queue:',
      '          Type: SQS',
      '          Properties:',
      '            Queue: !GetAtt Jobs.Arn',
    ].join('\n');
    const result = readSamFiles({
      'template.yaml': template,
      'hello-world/app.ts': 'export const lambdaHandler = async () => 1;',
      'hello-world/node_modules/x/index.js': '',
    });
    expect(result).toEqual({
      ok: true,
      scenario: {
        functions: [
          {
            name: 'HelloWorldFunction',
            runtime: 'nodejs20.x',
            handler: 'app.lambdaHandler',
            memoryMB: 128,
            architecture: 'x86_64',
            timeoutSec: 3,
            environment: { PORT: '80' },
            reservedConcurrency: null,
            files: { 'app.ts': 'export const lambdaHandler = async () => 1;' },
            testEvent: '{}',
          },
        ],
        http: {
          front: 'http-api',
          routes: [{ routeKey: 'GET /hello', functionName: 'HelloWorldFunction' }],
          urlFunctionName: 'HelloWorldFunction',
        },
        schedules: [],
        buckets: [
          {
            name: 'Uploads',
            notifications: [
              {
                events: ['s3:ObjectCreated:*'],
                prefix: '',
                suffix: '',
                functionName: 'HelloWorldFunction',
              },
            ],
          },
        ],
        topics: [],
        queues: [
          {
            name: 'Jobs',
            fifo: false,
            visibilityTimeoutSec: 30,
            redrive: null,
            mapping: {
              functionName: 'HelloWorldFunction',
              batchSize: 10,
              maximumBatchingWindowSec: 0,
              reportBatchItemFailures: false,
              enabled: true,
            },
          },
        ],
      },
    });
  });
});

describe('readSamZip under hostile input', () => {
  const MB = 1024 * 1024;
  const bomb = deflateSync(new Uint8Array(100 * MB));
  const template = deflated(
    'template.yaml',
    strToU8(samArchiveFiles(richScenario())['template.yaml']!),
  );

  it('refuses three 100 MB files in a small zip, while inflating the first', () => {
    // What a security review sent: a 1.2 MB zip of three 400 MB files ended in a white screen.
    const lying = ['a', 'b', 'c'].map((n) => ({
      name: `functions/add-numbers/${n}.js`,
      data: bomb,
      size: 10,
    }));
    const zip = buildZip([template, ...lying]);
    expect(zip.length).toBeLessThan(400_000);
    expect(readSamZip(zip)).toEqual({
      ok: false,
      message: 'functions/add-numbers/a.js unpacks to more than 2 MB, the most one file may hold.',
    });
  });

  it('never unpacks node_modules, so a bomb there costs nothing', () => {
    const files = samArchiveFiles(richScenario());
    const zip = buildZip([
      ...Object.entries(files).map(([path, text]) => deflated(path, strToU8(text))),
      { name: 'functions/worker/node_modules/x/index.js', data: bomb, size: 100 * MB },
    ]);
    expect(readSamZip(zip)).toEqual({ ok: true, scenario: richScenario() });
  });

  it('refuses a zip larger than Lambda takes as a direct upload, before reading it', () => {
    expect(readSamZip(new Uint8Array(50 * MB + 1))).toEqual({
      ok: false,
      message: 'The zip is larger than 50 MB.',
    });
  });
});

describe('readSamFiles with names a plain object would misread', () => {
  it('reads resources named after Object.prototype’s members as those names', () => {
    const template = [
      'Resources:',
      '  __proto__:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      CodeUri: src/',
      '      Handler: constructor.handler',
      '      Environment: { Variables: { __proto__: polluted, toString: "1" } }',
      '      Events:',
      '        Drop: { Type: S3, Properties: { Bucket: !Ref constructor, Events: s3:ObjectCreated:* } }',
      '  constructor:',
      '    Type: AWS::S3::Bucket',
    ].join('\n');
    const result = readSamFiles({
      'template.yaml': template,
      'src/constructor.js': 'export const handler = async () => 1;',
      'src/__proto__': 'not a source file, but a file all the same',
    });
    if (!result.ok) throw new Error(result.message);
    const fn = result.scenario.functions[0]!;
    expect(fn.name).toBe('__proto__');
    expect(Object.entries(fn.environment)).toEqual([
      ['__proto__', 'polluted'],
      ['toString', '1'],
    ]);
    expect(Object.keys(fn.files)).toEqual(['constructor.js', '__proto__']);
    expect(Object.getPrototypeOf(fn.files)).toBe(Object.prototype);
    expect(result.scenario.buckets).toEqual([
      {
        name: 'constructor',
        notifications: [
          { events: ['s3:ObjectCreated:*'], prefix: '', suffix: '', functionName: '__proto__' },
        ],
      },
    ]);
  });

  it('refuses two functions that would share a name, naming both resources', () => {
    const fn = (id: string) => [
      `  ${id}:`,
      '    Type: AWS::Serverless::Function',
      '    Properties: { CodeUri: functions/shared/, Handler: index.handler }',
    ];
    const template = ['Resources:', ...fn('ReadFunction'), ...fn('WriteFunction')].join('\n');
    expect(readSamFiles({ 'template.yaml': template, 'functions/shared/index.js': '' })).toEqual({
      ok: false,
      message:
        'More than one function would be named "shared" (ReadFunction, WriteFunction): each would replace the other. Give each function its own CodeUri folder.',
    });
  });
});
