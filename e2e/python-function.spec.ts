// A Python function as the learner creates and edits one: the console's starter, Python's
// highlighting, and settings that name Python.
import { expect, test } from './support/fixtures';

const CONSOLE_PYTHON = `import json

def lambda_handler(event, context):
    # TODO implement
    return {
        'statusCode': 200,
        'body': json.dumps('Hello from Lambda!')
    }
`;

test('Add function with Python 3.14 chosen starts the console’s lambda_function.py, highlighted as Python', async ({
  playground,
  page,
}) => {
  const functions = page.getByRole('navigation', { name: 'Functions' });
  await functions.getByLabel('Add function as').selectOption('python3.14');
  await functions.getByRole('button', { name: 'Add function' }).click();

  await expect(functions.getByRole('button', { name: 'λ function-2' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(playground.files.entry('lambda_function.py')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect.poll(() => playground.editor.shownText()).toBe(CONSOLE_PYTHON);
  // Monaco names the shown model's language on its root: Python, so TypeScript never reads it.
  await expect(playground.editor.root.locator('[data-mode-id="python"]')).toHaveCount(1);
  // Python's grammar colours keywords, strings, numbers and the comment apart; plain text would
  // draw every token alike.
  const tokenClasses = await playground.editor.root
    .locator('.view-line span span')
    .evaluateAll((tokens) => new Set(tokens.map((token) => token.className)).size);
  expect(tokenClasses).toBeGreaterThanOrEqual(4);

  await expect(playground.settings.field('Runtime')).toHaveValue('python3.14');
  await expect(playground.settings.field('Handler')).toHaveValue('lambda_function.lambda_handler');
  expect(JSON.parse(await playground.eventText.inputValue())).toEqual({
    key1: 'value1',
    key2: 'value2',
    key3: 'value3',
  });

  // A new file of a Python function is offered as a Python module, and opens as Python too.
  await playground.files.add('util.py');
  await expect(playground.editor.root.locator('[data-mode-id="python"]')).toHaveCount(1);
});

test('a plain click on Add function still adds a Node.js function', async ({
  playground,
  page,
}) => {
  const functions = page.getByRole('navigation', { name: 'Functions' });
  await functions.getByRole('button', { name: 'Add function' }).click();

  await expect(playground.files.entry('index.ts')).toHaveAttribute('aria-current', 'true');
  await expect(playground.settings.field('Runtime')).toHaveValue('nodejs22.x');
  await expect(playground.editor.root.locator('[data-mode-id="typescript"]')).toHaveCount(1);
});
