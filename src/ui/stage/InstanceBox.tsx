// One execution environment on the stage; its look follows its state (see styles.css).
import { memo } from 'react';
import type { InstanceView } from '../../store';

const STATE_LABEL = {
  starting: 'cold start',
  busy: 'busy',
  idle: 'idle (warm)',
  reaped: 'reaped',
  crashed: 'crashed',
  'timed-out': 'timed out',
} as const;

export const InstanceBox = memo(function InstanceBox({ instance }: { instance: InstanceView }) {
  const { state } = instance;
  return (
    <li
      className={`instance state-${state}`}
      data-testid="instance"
      data-state={state}
      data-instance-id={instance.id}
      aria-label={`Instance ${instance.id}: ${STATE_LABEL[state]}`}
    >
      <span className="instance-id mono">{instance.id}</span>
      <span className="instance-state">{STATE_LABEL[state]}</span>
      <span className="instance-meta">
        v{instance.version} · {instance.invocations} req
        {instance.initDurationMs !== undefined &&
          ` · init ${instance.initDurationMs.toFixed(1)} ms`}
      </span>
      {instance.reason && (
        <span className="instance-meta">{instance.reason.replace('-', ' ')}</span>
      )}
    </li>
  );
});
