// A web app's logs: its tasks' stdout and stderr as awslogs ships them (log group
// `/ecs/<family>`, one stream per task, `ecs/web/<task id>`, lines as written), and the service's
// events as `describe-services` words them.
import { memo } from 'react';
import type { ServiceDraft, ServiceLogLine } from '../../store';
import { useFargate } from '../hooks/use-stores';

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
  const lines = useFargate((s) => s.services.get(app.id)?.logs ?? NO_LINES);
  return (
    <section className="panel logs" aria-label="Logs">
      <h2>
        Logs <span className="subtitle mono">/ecs/{app.name}</span>
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
