// The workspace around the handler: several files, environment variables, and saving across reloads.
import { expect, test } from './support/fixtures';

test('index.ts imports from a second file', async ({ playground }) => {
  await playground.files.add('math.ts');
  await playground.setCode('export const times = (a: number, b: number) => a * b;\n');
  await playground.files.open('index.ts');
  await playground.setCode(`import { times } from './math';

export const handler = async (event: { left: number; right: number }) => {
  return times(event.left, event.right);
};
`);
  await playground.setEvent('{"left": 6, "right": 7}');

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('42');
});

test('environment variables reach process.env, beside the ones Lambda sets', async ({
  playground,
}) => {
  await playground.settings.addVariable('GREETING', 'hello');
  await playground.setCode(`export const handler = async () => {
  return \`\${process.env.GREETING} from \${process.env.AWS_LAMBDA_FUNCTION_NAME}\`;
};
`);

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"hello from add-numbers"');
});

test('an edit survives a reload', async ({ playground, workspaces, page }) => {
  const edited = `export const handler = async () => 'kept';\n`;
  await playground.setCode(edited);
  // The workspace is saved to localStorage shortly after the last change.
  await workspaces.waitUntilSaved("'kept'");

  await page.reload();
  await playground.editor.ready();
  expect(await playground.editor.shownText()).toBe(edited);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"kept"');
});
