// The README.md of an export: what is in the folder and the two SAM CLI steps that deploy it.
import { logicalIds } from './sam-names';
import { testEventPath } from './sam-files';
import { isPythonRuntime } from './sam-python';
import type { SamScenario } from './sam-types';

export function samReadme(scenario: SamScenario): string {
  const ids = logicalIds(scenario);
  const functions = scenario.functions.map(
    (fn) =>
      `- \`${ids.functions.get(fn.name)!}\`: \`functions/${fn.name}/\` (${fn.runtime}, ${fn.architecture}, ${fn.memoryMB} MB)`,
  );
  const python = scenario.functions.filter((fn) => isPythonRuntime(fn.runtime));
  const hasNode = python.length < scenario.functions.length;
  // What `sam build` does with each function, and what it needs on the machine for it.
  const build = [
    ...(hasNode ? ['Each Node.js function is bundled with esbuild.'] : []),
    ...(python.length > 0
      ? [
          "Each Python function's files are deployed as they are (pip installs a requirements.txt",
          'if you add one to its folder).',
        ]
      : []),
  ];
  const tools = [
    'the AWS SAM CLI',
    ...(hasNode ? ['Node.js'] : []),
    ...[...new Set(python.map((fn) => fn.runtime))].map(
      (runtime) =>
        `Python ${runtime.slice('python'.length)} (or Docker, with \`sam build --use-container\`)`,
    ),
    'AWS credentials',
  ];
  const first = scenario.functions[0];
  const tryLocally = first
    ? [
        '',
        'Try a function locally first (needs Docker):',
        '',
        '```sh',
        `sam local invoke ${ids.functions.get(first.name)!} -e ${testEventPath(first.name)}`,
        '```',
      ]
    : [];
  return [
    '# Exported from Serverless Playground',
    '',
    'An AWS SAM application: `template.yaml` declares the functions with their settings and',
    'events, and the buckets, topics and queues they use.',
    ...build,
    '',
    ...functions,
    '',
    '## Deploy',
    '',
    `Needs ${tools.slice(0, -1).join(', ')} and ${tools.at(-1)!}.`,
    '',
    '```sh',
    'sam build',
    'sam deploy --guided',
    '```',
    '',
    '`sam deploy --guided` asks for a stack name and a region, then saves your answers in',
    '`samconfig.toml` so that later deploys need only `sam deploy`.',
    ...tryLocally,
    '',
    'Remove everything again with `sam delete`.',
    '',
  ].join('\n');
}
