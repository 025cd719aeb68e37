import { describe, expect, it } from 'vitest';
import type { ApiError } from '../errors';
import {
  awslogsGroupName,
  awslogsStreamName,
  INVALID_CPU_MESSAGE,
  registerTaskDefinition,
  type TaskDefinitionInput,
} from './task-definition';

const base: TaskDefinitionInput = {
  family: 'web',
  cpu: 256,
  memory: 512,
  cpuArchitecture: 'X86_64',
  containerName: 'app',
  containerPort: 3000,
  environment: new Map([['STAGE', 'dev']]),
  healthCheckPath: '/health',
};

function problem(input: Partial<TaskDefinitionInput>): ApiError {
  try {
    registerTaskDefinition({ ...base, ...input });
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a ClientException');
}

describe('registerTaskDefinition', () => {
  it.each([
    [256, 512],
    [256, 2048],
    [512, 4096],
    [1024, 8192],
    [4096, 30720],
    [8192, 16384],
    [8192, 61440],
    [16384, 122880],
  ])('accepts %i CPU units with %i MiB', (cpu, memory) => {
    const definition = registerTaskDefinition({ ...base, cpu, memory });
    expect(definition.vcpu).toBe(cpu / 1024);
    expect(definition.memoryGB).toBe(memory / 1024);
  });

  it.each([
    [256, 4096],
    [512, 512],
    [1024, 1024],
    [8192, 18432],
    [16384, 36864],
    [300, 1024],
  ])('refuses %i CPU units with %i MiB with the one message AWS gives', (cpu, memory) => {
    const error = problem({ cpu, memory });
    expect(error.code).toBe('ClientException');
    expect(error.message).toBe(INVALID_CPU_MESSAGE);
  });

  it('maps the architecture to the engine name its prices use', () => {
    expect(registerTaskDefinition({ ...base, cpuArchitecture: 'ARM64' }).architecture).toBe(
      'arm64',
    );
    expect(problem({ cpuArchitecture: 'MIPS' as 'ARM64' }).message).toContain('cpuArchitecture');
  });

  it('refuses a bad port, environment name, health check path or stop timeout', () => {
    expect(problem({ containerPort: 0 }).message).toContain('containerPort');
    expect(problem({ environment: new Map([['1BAD', 'x']]) }).message).toContain("'1BAD'");
    expect(problem({ healthCheckPath: 'health' }).message).toContain('must start with /');
    expect(problem({ stopTimeoutMs: 121_000 }).message).toContain('120 seconds');
    expect(registerTaskDefinition(base).stopTimeoutMs).toBe(30_000);
  });
});

describe('awslogs names', () => {
  it('follows the console: /ecs/<family> and ecs/<container>/<task id>', () => {
    expect(awslogsGroupName('web')).toBe('/ecs/web');
    expect(awslogsStreamName('app', 'a'.repeat(32))).toBe(`ecs/app/${'a'.repeat(32)}`);
  });
});
