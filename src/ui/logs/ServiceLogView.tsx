// A web app's logs. As an ECS service: its tasks' stdout and stderr as awslogs ships them (log
// group `/ecs/<family>`, one stream per task, `ecs/web/<task id>`, lines as written), and the
// service's events as `describe-services` words them. As a Lambda Web Function: its group
// `/aws/lambda/web/<name>`, one stream per environment, every line JSON (platform records and the
// program's lines).
import { memo } from 'react';
import type { ServiceDraft, ServiceLogLine } from '../../store';
import { useFargate, useWebFunctions } from '../hooks/use-stores';

const NO_LINES: readonly ServiceLogLine[] = [];
const SHOWN = 200;

const Line = memo(function Line({ line }: { line: ServiceLogLine }) {
  return (
    <div
      className={`log-line ${line.stream === null ? 'level-platform' : 'level-info'}`}
      data-testid="log-line"
      data-stream={line.stream ?? 'service-events'}
    >
      <span className="log-request">{line.stream ?? 'service event'}</span>{' '}
      <span className="log-text">{line.message}</span>
    </div>
  );
});

export function ServiceLogView({ app }: { app: ServiceDraft }) {
  const serviceLines = useFargate((s) => s.services.get(app.id)?.logs ?? NO_LINES);
  const functionLines = useWebFunctions((s) => s.functions.get(app.id)?.logs ?? NO_LINES);
  const asFunction = app.runAs === 'web-function';
  const lines = asFunction ? functionLines : serviceLines;
  return (
    <section className="panel logs" aria-label="Logs">
      <h2>
        Logs{' '}
        <span className="subtitle mono">
          {asFunction ? `/aws/lambda/web/${app.name}` : `/ecs/${app.name}`}
        </span>
      </h2>
      <div className="log-lines mono" tabIndex={0}>
        <div>
          {lines.length === 0 && <p className="hint">No log lines yet: deploy the service.</p>}
          {lines.slice(-SHOWN).map((line) => (
            <Line key={line.seq} line={line} />
          ))}
        </div>
      </div>
    </section>
  );
}
