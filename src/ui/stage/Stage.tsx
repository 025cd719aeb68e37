// The stage: an animated picture of the requests and environments (StageCanvas), then one lane per
// function, one box per instance, coloured by its engine state. A function with no live instance is
// shown asleep (scaled to zero).
import { useMemo } from 'react';
import type { HostWaits, InstanceView } from '../../store';
import { LIVE_STATES } from '../../store';
import { useSimulatedNow } from '../hooks/use-simulated-now';
import { useSession, useWorkspace } from '../hooks/use-stores';
import { InstanceBox } from './InstanceBox';
import { ServiceLanes } from './ServiceLanes';
import { WebFunctionLanes } from './WebFunctionLanes';
import { StageCanvas } from './StageCanvas';
import { Timeline } from './Timeline';

export function Stage() {
  const nameList = useWorkspace((s) => s.functions.map((fn) => fn.config.name).join('\n'));
  const names = useMemo(() => nameList.split('\n'), [nameList]);
  const instances = useSession((s) => s.instances);
  const announcement = useSession((s) => s.announcement);
  const throttles = useSession((s) => s.throttles);
  const recursions = useSession((s) => s.recursions);
  const hostWaits = useSession((s) => s.hostWaits);
  const counting = useMemo(
    () => [...instances.values()].some((i) => i.idleDeadline !== undefined && i.state === 'idle'),
    [instances],
  );
  const now = useSimulatedNow(counting);
  const byFunction = useMemo(() => {
    const lanes = new Map<string, InstanceView[]>();
    for (const instance of instances.values()) {
      const lane = lanes.get(instance.functionName) ?? [];
      lane.push(instance);
      lanes.set(instance.functionName, lane);
    }
    return lanes;
  }, [instances]);

  return (
    <section className="panel stage" aria-label="Instances">
      <h2>Instances</h2>
      <StageCanvas names={names} />
      {names.map((name) => {
        const lane = byFunction.get(name) ?? [];
        const live = lane.filter((i) => LIVE_STATES.has(i.state)).length;
        return (
          <div className="lane" key={name} data-testid="function-lane" data-function={name}>
            <div className="lane-title">
              <span className="mono">λ {name}</span>
              <span className={live === 0 ? 'asleep' : 'awake'} data-testid="lane-status">
                {live === 0 ? 'asleep (zero instances)' : `${live} instance${live > 1 ? 's' : ''}`}
              </span>
              {throttles.has(name) && (
                // Keyed by the count, so each new batch of 429s replays the bounce.
                <span key={throttles.get(name)} className="throttled" data-testid="lane-throttles">
                  429 × {throttles.get(name)} throttled
                </span>
              )}
              {hostWaits.has(name) && (
                <span
                  className="host-wait"
                  data-testid="lane-host-wait"
                  title="Platform time stood still while this computer caught up with Lambda's model: it started the browser worker behind a new execution environment later than a cold start allows, or delivered an answer late. Arrivals, retries and reaps waited with it, so the instance count, the durations and the bill are Lambda's, not your computer's."
                >
                  your computer is the bottleneck: {hostWaitText(hostWaits.get(name)!)}
                </span>
              )}
              {recursions.has(name) && (
                <span
                  key={`loop-${recursions.get(name)}`}
                  className="throttled"
                  data-testid="lane-recursion"
                  title="Lambda's recursive loop detection stopped these invocations: their chain of requests had already invoked the function 16 times. The log says more."
                >
                  recursive loop stopped × {recursions.get(name)}
                </span>
              )}
            </div>
            <ul className="instances">
              {lane.map((instance) => (
                <InstanceBox
                  key={instance.id}
                  instance={instance}
                  simulatedNow={instance.state === 'idle' ? now : 0}
                />
              ))}
            </ul>
          </div>
        );
      })}
      <ServiceLanes />
      <WebFunctionLanes />
      <Timeline />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function hostWaitText({ waits, longestMs }: HostWaits): string {
  const longest = Math.round(longestMs).toLocaleString('en-US');
  return `the clock waited ${waits.toLocaleString('en-US')}× for it, up to ${longest} ms`;
}
