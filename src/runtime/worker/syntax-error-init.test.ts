// Code deployed as written despite its errors ("Deploy even if the code has errors"): every cold
// start fails INIT with Runtime.UserCodeSyntaxError, in the words and lines Lambda's runtime writes.
import { describe, expect, it } from 'vitest';
import { cjsBundle, testConfig } from '../testing/bundles';
import { ESM_SYNTAX_WARNING } from './module-loader';
import { RuntimeHarness } from './testing/runtime-harness';

const NODE22_FRAMES = [
  '    at _loadUserApp (file:///var/runtime/index.mjs:1084:17)',
  '    at async UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1119:21)',
  '    at async start (file:///var/runtime/index.mjs:1282:23)',
  '    at async file:///var/runtime/index.mjs:1288:1',
];

/** The runtime's `Uncaught Exception` ERROR line for an INIT error, as RIC index.mjs logs it. */
function uncaught(error: { errorType: string; errorMessage: string; trace: string[] }): string {
  const { errorType, errorMessage, trace } = error;
  return `ERROR undefined Uncaught Exception \t${JSON.stringify({ errorType, errorMessage, stack: trace })}`;
}

async function coldStart(code: string, runtime: 'nodejs22.x' | 'nodejs24.x' = 'nodejs22.x') {
  const harness = new RuntimeHarness();
  const outcome = await harness.load(testConfig({ runtime }), cjsBundle(code));
  if (outcome.ok) throw new Error('expected INIT to fail');
  return { error: outcome.error, lines: harness.lines };
}

describe('INIT of code with a syntax error', () => {
  it("fails every cold start with UserCodeSyntaxError, Node 22's message and stack", async () => {
    const code = 'exports.handler = async (event) => {\n  return { ok: true ;\n};\n';
    for (let start = 0; start < 3; start += 1) {
      const { error, lines } = await coldStart(code);
      expect(error).toEqual({
        errorType: 'Runtime.UserCodeSyntaxError',
        errorMessage: "SyntaxError: Unexpected token ';'",
        trace: ["Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token ';'", ...NODE22_FRAMES],
      });
      // No Node warning: the code is not an ES module; only the runtime's own line.
      expect(lines).toEqual([uncaught(error)]);
    }
  });

  it('says "Unexpected end of input" for a missing closing brace, as Node does', async () => {
    const { error } = await coldStart('exports.handler = async () => {\n  return 1;\n');
    expect(error.errorMessage).toBe('SyntaxError: Unexpected end of input');
  });

  it('keeps the error of a top-level return, legal in CommonJS, as the wrapper found it', async () => {
    const { error } = await coldStart('return;\nexports.handler = async () => { ;\n');
    expect(error.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(error.errorMessage).toMatch(/^SyntaxError: Unexpected/);
  });

  it("writes Node's ES module warning to stderr before failing a .js file written as an ES module", async () => {
    const { error, lines } = await coldStart('export const handler = async () => 1;\n');
    expect(error.errorMessage).toBe("SyntaxError: Unexpected token 'export'");
    // Raw stderr reaches the log one line per newline, as Lambda splits a stream's output.
    const warningLines = ESM_SYNTAX_WARNING.replace(/\n$/, '').split('\n');
    expect(lines).toEqual([
      ...warningLines.map((line) => `ERROR undefined ${line}`),
      uncaught(error),
    ]);
    expect(lines[0]).toContain(
      '(node:8) Warning: To load an ES module, set "type": "module" in the package.json or use the .mjs extension.',
    );
    const imports = await coldStart(
      "import { format } from 'node:util';\nexport const handler = 1;\n",
    );
    expect(imports.error.errorMessage).toBe(
      'SyntaxError: Cannot use import statement outside a module',
    );
    expect(imports.lines).toHaveLength(3);
  });

  it('does not blame the loader for a SyntaxError the code throws while running', async () => {
    // The RIC wraps any SyntaxError, but Node warns only when compiling fails on module syntax.
    const { error, lines } = await coldStart("JSON.parse('{');\nexports.handler = 1;\n");
    expect(error.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(lines).toEqual([uncaught(error)]);
  });

  it("keeps V8's own stack on nodejs24.x", async () => {
    const { error } = await coldStart('const x = ;\n', 'nodejs24.x');
    expect(error.errorMessage).toBe("SyntaxError: Unexpected token ';'");
    expect(error.trace[0]).toBe("SyntaxError: Unexpected token ';'");
  });
});
