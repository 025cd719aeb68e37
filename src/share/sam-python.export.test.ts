import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSamZip, samArchiveFiles, zipSamArchive } from './sam-archive';
import type { samTemplate } from './sam-template';
import type { SamFunction, SamScenario } from './sam-types';
import { richScenario } from './testing/sam-scenario';

const HELLO = `import json

def lambda_handler(event, context):
    return {'statusCode': 200, 'body': json.dumps('Hello from Lambda!')}
`;

/** The rich scenario with a third function in Python, behind a route of its own. */
function withPython(): SamScenario {
  const scenario = richScenario();
  const hello: SamFunction = {
    name: 'hello-py',
    runtime: 'python3.14',
    handler: 'lambda_function.lambda_handler',
    memoryMB: 256,
    architecture: 'arm64',
    timeoutSec: 5,
    environment: {},
    reservedConcurrency: null,
    files: { 'lambda_function.py': HELLO, 'shop/__init__.py': '', 'shop/orders.py': 'N = 1\n' },
    testEvent: '{"key1": "value1"}',
  };
  scenario.functions.push(hello);
  scenario.http.routes.push({ routeKey: 'GET /hello', functionName: 'hello-py' });
  return scenario;
}

describe('a Python function in a SAM export', () => {
  it('is declared with its runtime, handler and folder, and no esbuild Metadata', () => {
    const files = samArchiveFiles(withPython());
    const template = parse(files['template.yaml']!) as ReturnType<typeof samTemplate>;
    const resource = template.Resources.HelloPyFunction!;

    expect(resource.Metadata).toBeUndefined();
    expect(resource.Properties).toMatchObject({
      CodeUri: 'functions/hello-py/',
      Handler: 'lambda_function.lambda_handler',
      Runtime: 'python3.14',
      MemorySize: 256,
      Architectures: ['arm64'],
      Events: { HttpGETHello: { Type: 'HttpApi', Properties: { Path: '/hello', Method: 'GET' } } },
    });
    // The Node.js functions keep their esbuild build.
    expect(template.Resources.AddNumbersFunction!.Metadata).toMatchObject({
      BuildMethod: 'esbuild',
    });
  });

  it('writes its .py files as they are, and no package.json', () => {
    const files = samArchiveFiles(withPython());
    const own = Object.keys(files).filter((path) => path.startsWith('functions/hello-py/'));

    expect(own.sort()).toEqual([
      'functions/hello-py/lambda_function.py',
      'functions/hello-py/shop/__init__.py',
      'functions/hello-py/shop/orders.py',
    ]);
    expect(files['functions/hello-py/lambda_function.py']).toBe(HELLO);
    expect(files['events/hello-py.json']).toBe('{"key1": "value1"}');
  });

  it('says in the README what sam build does with it and what it needs', () => {
    const readme = samArchiveFiles(withPython())['README.md']!;
    expect(readme).toContain('Each Node.js function is bundled with esbuild.');
    expect(readme).toContain("Each Python function's files are deployed as they are");
    expect(readme).toContain(
      'Needs the AWS SAM CLI, Node.js, Python 3.14 (or Docker, with `sam build --use-container`) and AWS credentials.',
    );
    expect(readme).toContain(
      '- `HelloPyFunction`: `functions/hello-py/` (python3.14, arm64, 256 MB)',
    );

    const onlyPython = withPython();
    onlyPython.functions = onlyPython.functions.slice(2);
    onlyPython.http.routes = [{ routeKey: '$default', functionName: 'hello-py' }];
    onlyPython.http.urlFunctionName = 'hello-py';
    onlyPython.buckets = [];
    onlyPython.topics = [];
    onlyPython.queues = [];
    onlyPython.schedules = [];
    const pythonReadme = samArchiveFiles(onlyPython)['README.md']!;
    expect(pythonReadme).not.toContain('esbuild');
    expect(pythonReadme).not.toContain('Node.js');
  });

  it('reads back exactly as exported, its own package.json kept', () => {
    const scenario = withPython();
    expect(readSamZip(zipSamArchive(scenario))).toEqual({ ok: true, scenario });

    // A package.json beside Python code is the function's own: the export never writes one there.
    scenario.functions[2]!.files['package.json'] =
      samArchiveFiles(richScenario())['functions/add-numbers/package.json']!;
    expect(readSamZip(zipSamArchive(scenario))).toEqual({ ok: true, scenario });
  });
});
