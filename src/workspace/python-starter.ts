// What a new Python function starts with: the Lambda console's own "Hello from Lambda!" code and
// the test event its Test tab starts with (docs/aws-lambda.md#a-new-python-function).

/** The console's `lambda_function.py` for a Python runtime, indented as it writes it. */
export const PYTHON_HANDLER_SOURCE = `import json

def lambda_handler(event, context):
    # TODO implement
    return {
        'statusCode': 200,
        'body': json.dumps('Hello from Lambda!')
    }
`;

/** The file the console's default handler, `lambda_function.lambda_handler`, names. */
export const PYTHON_HANDLER_FILE = 'lambda_function.py';

/** The console's `hello-world` event template. */
export const CONSOLE_TEST_EVENT = `{
  "key1": "value1",
  "key2": "value2",
  "key3": "value3"
}`;
