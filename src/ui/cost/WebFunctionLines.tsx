// The web apps' Lambda Web Functions on the bill, as the engine prices them
// (docs/web-functions.md#billing): active CPU, memory for each environment's life, requests and
// bytes out. Memory grows while an environment idles; the rates are the model's assumptions.
import type { WebFunctionLive } from '../../store';
import { useWebFunctions } from '../hooks/use-stores';

interface Props {
  formatUsd: (usd: number) => string;
}

function FunctionLine({ live, formatUsd }: { live: WebFunctionLive } & Props) {
  const { cost } = live;
  if (cost === null) return null;
  return (
    <li data-testid="cost-web-function" data-function={live.functionName}>
      <span>
        Web Function {live.functionName}: CPU {(cost.activeCpuMs / 1000).toLocaleString('en-US')} s{' '}
        {formatUsd(cost.cpuUsd)}, memory {cost.memoryGbSeconds.toFixed(1)} GB-s{' '}
        {formatUsd(cost.memoryUsd)}, {cost.requests.toLocaleString('en-US')} requests{' '}
        {formatUsd(cost.requestUsd)}, data out {formatUsd(cost.transferUsd)}
      </span>{' '}
      <strong data-testid="cost-web-function-total">
        {formatUsd(live.earlierUsd + cost.totalUsd)}
      </strong>
    </li>
  );
}

export function WebFunctionLines({ formatUsd }: Props) {
  const functions = useWebFunctions((s) => s.functions);
  if (functions.size === 0) return null;
  return (
    <section aria-label="Lambda Web Functions">
      <ul className="item-list">
        {[...functions].map(([appId, live]) => (
          <FunctionLine key={appId} live={live} formatUsd={formatUsd} />
        ))}
      </ul>
      <p className="hint">
        A Web Function bills the CPU its programs compute (not time waiting on I/O), 2 GB of memory
        for each environment&apos;s life, busy or idle, its requests and the bytes it sends. AWS has
        not published these rates: the model derives them from Lambda&apos;s and Fargate&apos;s
        (docs/web-functions.md).
      </p>
    </section>
  );
}
