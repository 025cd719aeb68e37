// One execution environment on the stage; its look follows its state (see styles.css).
import { memo } from 'react';
import type { InstanceView } from '../../store';
import { formatCountdown } from '../format';

const STATE_LABEL = {
  starting: 'cold start',
  busy: 'busy',
  idle: 'idle (warm)',
  reaped: 'reaped',
  crashed: 'crashed',
  'timed-out': 'timed out',
} as const;

interface Props {
  instance: InstanceView;
  /** The simulated time while the instance is idle (its reaping countdown); 0 otherwise. */
  simulatedNow: number;
}

export const InstanceBox = memo(function InstanceBox({ instance, simulatedNow }: Props) {
  const { state, idleDeadline } = instance;
  return (
    <li
      className={`instance state-${state}`}
      data-testid="instance"
      data-state={state}
      data-instance-id={instance.id}
      data-provisioned={instance.provisioned === true ? 'true' : undefined}
      aria-label={`Instance ${instance.id}: ${STATE_LABEL[state]}`}
    >
      <span className="instance-id mono">{instance.id}</span>
      <span className="instance-state">{STATE_LABEL[state]}</span>
      {instance.provisioned === true && (
        <span className="instance-meta" data-testid="instance-provisioned">
          provisioned
        </span>
      )}
      <span className="instance-meta">
        v{instance.version} · {instance.invocations} req
        {instance.initDurationMs !== undefined &&
          ` · init ${instance.initDurationMs.toFixed(1)} ms`}
      </span>
      {state === 'idle' && idleDeadline !== undefined && simulatedNow > 0 && (
        <span className="instance-meta" data-testid="idle-countdown">
          reaped in {formatCountdown(idleDeadline - simulatedNow)}
        </span>
      )}
      {instance.reason && (
        <span className="instance-meta">{instance.reason.replaceAll('-', ' ')}</span>
      )}
    </li>
  );
});
