// The function's logging configuration, as the Lambda console's "Logging configuration" shows it:
// the log format, the application and system log levels (JSON only: Lambda filters nothing in
// Text), and the CloudWatch log group.
import type { ApplicationLogLevel, LoggingConfig, SystemLogLevel } from '../../engine';
import {
  APPLICATION_LOG_LEVELS,
  defaultLogGroup,
  LOG_FORMATS,
  loggingOf,
  SYSTEM_LOG_LEVELS,
  type LogFormat,
} from '../../engine';
import type { FunctionConfig } from '../../engine';
import { Field } from '../forms/Field';

interface LoggingSettingsProps {
  config: FunctionConfig;
  problem: string | undefined;
  onChange(loggingConfig: LoggingConfig | undefined): void;
}

export function LoggingSettings({ config, problem, onChange }: LoggingSettingsProps) {
  const logging = loggingOf(config);
  const current = config.loggingConfig ?? {};
  /** Only what differs from Lambda's defaults is kept; levels go with JSON. */
  const update = (change: LoggingConfig) => {
    const next: LoggingConfig = { ...current, ...change };
    if (next.logFormat !== 'JSON') {
      delete next.applicationLogLevel;
      delete next.systemLogLevel;
    }
    if (next.logFormat === 'Text') delete next.logFormat;
    if (next.logGroup === '' || next.logGroup === defaultLogGroup(config.name)) {
      delete next.logGroup;
    }
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };

  return (
    <fieldset className="settings-group">
      <legend>Logging configuration</legend>
      <Field label="Log format">
        <select
          value={logging.logFormat}
          onChange={(e) => update({ logFormat: e.target.value as LogFormat })}
        >
          {LOG_FORMATS.map((format) => (
            <option key={format} value={format}>
              {format}
            </option>
          ))}
        </select>
      </Field>
      {logging.logFormat === 'JSON' && (
        <>
          <Field label="Application log level">
            <select
              value={logging.applicationLogLevel}
              onChange={(e) =>
                update({ applicationLogLevel: e.target.value as ApplicationLogLevel })
              }
            >
              {APPLICATION_LOG_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </Field>
          <Field label="System log level">
            <select
              value={logging.systemLogLevel}
              onChange={(e) => update({ systemLogLevel: e.target.value as SystemLogLevel })}
            >
              {SYSTEM_LOG_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
      <Field label="Log group" problem={problem}>
        <input
          className="mono"
          value={current.logGroup ?? ''}
          placeholder={defaultLogGroup(config.name)}
          onChange={(e) => update({ logGroup: e.target.value })}
        />
      </Field>
      <p className="hint">
        {logging.logFormat === 'JSON'
          ? 'Each console call is one JSON line; lines below the application level are dropped (and never reach CloudWatch). START and REPORT become platform.start and platform.report records, filtered by the system level.'
          : 'Text: each line is time, request id, level and message, and nothing is filtered. Log levels need the JSON format.'}
      </p>
    </fieldset>
  );
}
