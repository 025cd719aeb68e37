// The web apps' Lambda Web Functions on the stage: one lane per running function, one box per
// execution environment (data-testid="instance", as a function's) with its lifecycle status
// (data-state: initializing, ready, shutting-down) and its requests in flight against its
// concurrency limit. A stopped environment leaves the lane: with no traffic, none runs.
import type { EnvironmentState } from '../../engine';
import type { WebFunctionLive } from '../../store';
import { useWebFunctions } from '../hooks/use-stores';

function EnvironmentBox({ environment }: { environment: EnvironmentState }) {
  const { environmentId, status, inFlight, waiting, concurrencyLimit } = environment;
  const shortId = environmentId.slice(0, 8);
  return (
    <li
      className={`instance web-environment web-environment-${status}`}
      data-testid="instance"
      data-state={status}
      data-environment-id={environmentId}
      aria-label={`Environment ${shortId}: ${status}, ${inFlight} of ${concurrencyLimit} in flight`}
    >
      <span className="instance-id mono">{shortId}</span>
      <span className="instance-state">{status}</span>
      <span className="instance-meta" data-testid="environment-in-flight">
        {inFlight} of {concurrencyLimit} in flight
      </span>
      {waiting > 0 && <span className="instance-meta">{waiting} waiting for it</span>}
    </li>
  );
}

function WebFunctionLane({ live }: { live: WebFunctionLive }) {
  const count = live.environments.length;
  return (
    <div className="lane" data-testid="web-function-lane" data-function={live.functionName}>
      <div className="lane-title">
        <span className="mono">λ⇄ {live.functionName}</span>
        <span className={count === 0 ? 'asleep' : 'awake'}>
          {live.deleted
            ? 'Lambda Web Function · deleted'
            : `Lambda Web Function · ${count} environment${count === 1 ? '' : 's'}`}
        </span>
      </div>
      <ul className="instances">
        {live.environments.map((environment) => (
          <EnvironmentBox key={environment.environmentId} environment={environment} />
        ))}
      </ul>
    </div>
  );
}

export function WebFunctionLanes() {
  const functions = useWebFunctions((s) => s.functions);
  return (
    <>
      {[...functions].map(([appId, live]) => (
        <WebFunctionLane key={appId} live={live} />
      ))}
    </>
  );
}
