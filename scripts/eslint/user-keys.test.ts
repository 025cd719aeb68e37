import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'scripts/eslint/user-keys-fixture.ts';

describe('no-dictionary-lookup', () => {
  it('flags runtime-string lookups into plain dictionaries, and nothing else', async () => {
    const eslint = new ESLint({
      overrideConfig: {
        files: [FIXTURE],
        languageOptions: { parserOptions: { projectService: true } },
        rules: { 'playground/no-dictionary-lookup': 'error' },
      },
    });
    const [result] = await eslint.lintFiles([FIXTURE]);
    const flagged = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.endsWith('// flagged') ? [index + 1] : []));
    const reported = (result?.messages ?? [])
      .filter((message) => message.ruleId === 'playground/no-dictionary-lookup')
      .map((message) => message.line);
    expect(flagged).toHaveLength(7);
    expect(reported).toEqual(flagged);
  }, 60_000);
});
