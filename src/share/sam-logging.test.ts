// A function's LoggingConfig goes into the SAM template and comes back from it.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { samArchiveFiles } from './sam-archive';
import { scenarioFromTemplate } from './sam-read';
import { richScenario } from './testing/sam-scenario';

function withLogging() {
  const scenario = richScenario();
  scenario.functions[0] = {
    ...scenario.functions[0]!,
    loggingConfig: { logFormat: 'JSON', applicationLogLevel: 'WARN', systemLogLevel: 'DEBUG' },
  };
  return scenario;
}

describe('LoggingConfig in the SAM template', () => {
  it('is written with the function’s values and none for a function on the defaults', () => {
    const files = samArchiveFiles(withLogging());
    const template = parse(files['template.yaml']!) as {
      Resources: Record<string, { Properties: Record<string, unknown> }>;
    };
    expect(template.Resources.AddNumbersFunction!.Properties.LoggingConfig).toEqual({
      LogFormat: 'JSON',
      ApplicationLogLevel: 'WARN',
      SystemLogLevel: 'DEBUG',
    });
    expect(template.Resources.WorkerFunction!.Properties).not.toHaveProperty('LoggingConfig');
  });

  it('reads back as the function’s logging configuration', () => {
    const files = samArchiveFiles(withLogging());
    const read = scenarioFromTemplate(parse(files['template.yaml']!), files);
    expect(read.ok && read.scenario.functions[0]!.loggingConfig).toEqual({
      logFormat: 'JSON',
      applicationLogLevel: 'WARN',
      systemLogLevel: 'DEBUG',
    });
  });
});
