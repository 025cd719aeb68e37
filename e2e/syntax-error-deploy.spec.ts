// "Deploy even if the code has errors": JavaScript that does not build reaches Lambda as written,
// and every cold start fails INIT with Runtime.UserCodeSyntaxError as AWS's Node.js runtime
// reports it (docs/aws-lambda.md#module-format-and-syntax-errors-at-init). Off, the deploy is
// refused and the Problems list says why.
import { expect, test } from './support/fixtures';

// Two failed INITs per invoke, the bundler's first load, and a machine shared with other work.
test.describe.configure({ timeout: 180_000 });

const BROKEN = 'exports.handler = async (event) => {\n  return { ok: true ;\n};\n';
const REFUSED = 'Build failed and no earlier version is deployed';

test('a syntax error deploys only when asked, and then fails INIT on every cold start', async ({
  playground,
}) => {
  await playground.files.add('app.js');
  await playground.setCode(BROKEN);
  await playground.settings.fill('Handler', 'app.handler');
  await expect(playground.problems).toContainText('Expected "}" but found ";"');

  // Off (the default): refused as before, nothing runs.
  await expect(playground.settings.deployWithErrors).not.toBeChecked();
  await playground.invoke();
  await expect(playground.resultRegion).toContainText(REFUSED);
  expect(await playground.reports()).toEqual([]);

  // On: the file as written is deployed; INIT fails, is retried inside the invoke, fails again.
  await playground.settings.deployWithErrors.check();
  await playground.invoke();
  await playground.waitForReports(1);
  expect(await playground.resultJson()).toMatchObject({
    errorType: 'Runtime.UserCodeSyntaxError',
    errorMessage: "SyntaxError: Unexpected token ';'",
  });
  let logs = await playground.logs();
  expect(logs).toContain(
    'Uncaught Exception \t{"errorType":"Runtime.UserCodeSyntaxError","errorMessage":"SyntaxError: Unexpected token \';\'","stack":["Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token \';\'","    at _loadUserApp (file:///var/runtime/index.mjs:1084:17)"',
  );
  expect(logs).toMatch(
    /^INIT_REPORT Init Duration: \d+\.\d\d ms\tPhase: init\tStatus: error\tError Type: Runtime\.UserCodeSyntaxError$/m,
  );
  expect(logs).toMatch(
    /^INIT_REPORT Init Duration: \d+\.\d\d ms\tPhase: invoke\tStatus: error\tError Type: Runtime\.UserCodeSyntaxError$/m,
  );
  expect((await playground.reports())[0]).toMatch(
    /\tStatus: error\tError Type: Runtime\.UserCodeSyntaxError$/,
  );
  // The problems stay listed while the broken code runs.
  await expect(playground.problems).toContainText('Expected "}" but found ";"');

  // Nothing stays warm: the next invoke is a cold start that fails the same way.
  await playground.invoke();
  await playground.waitForReports(2);
  logs = await playground.logs();
  expect(logs.match(/^INIT_REPORT .*Phase: init\tStatus: error/gm)).toHaveLength(2);
  expect(await playground.resultJson()).toMatchObject({ errorType: 'Runtime.UserCodeSyntaxError' });

  // Off again: refused as before, and the broken code is no longer on the platform.
  await playground.settings.deployWithErrors.uncheck();
  await playground.invoke();
  await expect(playground.resultRegion).toContainText(REFUSED);
  expect(await playground.reports()).toHaveLength(2);
});
