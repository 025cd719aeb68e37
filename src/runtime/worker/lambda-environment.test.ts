// The variables Lambda gives a runtime process, for Node.js and for Python.
import { describe, expect, it } from 'vitest';
import { lambdaEnvironment } from './lambda-environment';
import { testConfig } from '../testing/bundles';

describe(lambdaEnvironment, () => {
  it('defines Lambda’s variables and lets the function add its own but not replace reserved ones', () => {
    const env = lambdaEnvironment(
      testConfig({
        name: 'orders',
        memoryMB: 256,
        environment: { TABLE: 't', AWS_REGION: 'eu-west-1', LANG: 'C' },
      }),
      '2026/11/27/[$LATEST]f00d',
    );
    expect(env).toEqual({
      LANG: 'C',
      PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
      LD_LIBRARY_PATH:
        '/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
      NODE_PATH:
        '/opt/nodejs/node22/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task',
      TABLE: 't',
      _HANDLER: 'index.handler',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'ASIAPLAYGROUND000001',
      AWS_SECRET_ACCESS_KEY: 'simulatedSecretAccessKeyForThePlayground',
      AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEPlayground//simulated-session-token',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_FUNCTION_NAME: 'orders',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/orders',
      AWS_LAMBDA_LOG_STREAM_NAME: '2026/11/27/[$LATEST]f00d',
      AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
      LAMBDA_TASK_ROOT: '/var/task',
      LAMBDA_RUNTIME_DIR: '/var/runtime',
      TZ: ':UTC',
    });
  });
});

describe('lambdaEnvironment for provisioned concurrency', () => {
  it('says the environment was initialized as provisioned concurrency', () => {
    const env = lambdaEnvironment(testConfig(), '2026/11/27/[$LATEST]abc', true);
    expect(env.AWS_LAMBDA_INITIALIZATION_TYPE).toBe('provisioned-concurrency');
  });
});

describe('lambdaEnvironment for Python', () => {
  it('names the Python runtime and gives PYTHONPATH where Node.js gets NODE_PATH', () => {
    const env = lambdaEnvironment(
      testConfig({ runtime: 'python3.14', handler: 'lambda_function.lambda_handler' }),
      '2026/11/27/[$LATEST]abc',
    );
    expect(env.AWS_EXECUTION_ENV).toBe('AWS_Lambda_python3.14');
    expect(env._HANDLER).toBe('lambda_function.lambda_handler');
    expect(env.PYTHONPATH).toBe('/var/runtime');
    expect(env).not.toHaveProperty('NODE_PATH');
  });
});
