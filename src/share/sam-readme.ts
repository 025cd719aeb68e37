// The README.md of an export: what is in the folder and the two SAM CLI steps that deploy it.
import { logicalIds } from './sam-names';
import { testEventPath } from './sam-files';
import type { SamScenario } from './sam-types';

export function samReadme(scenario: SamScenario): string {
  const ids = logicalIds(scenario);
  const functions = scenario.functions.map(
    (fn) =>
      `- \`${ids.functions.get(fn.name)!}\`: \`functions/${fn.name}/\` (${fn.runtime}, ${fn.architecture}, ${fn.memoryMB} MB)`,
  );
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
    'events, and the buckets, topics and queues they use. Each function is bundled with esbuild.',
    '',
    ...functions,
    '',
    '## Deploy',
    '',
    'Needs the AWS SAM CLI, Node.js and AWS credentials.',
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
