// The web apps' part of the session's bill, as the engine prices it (docs/fargate.md#billing):
// each service's tasks per second of vCPU and memory from their image pull, a minute at least,
// and its load balancer per started hour plus LCU-hours. It grows while the service idles.
import type { ServiceLive } from '../../store';
import { useFargate } from '../hooks/use-stores';

interface Props {
  formatUsd: (usd: number) => string;
}

function ServiceLine({ live, formatUsd }: { live: ServiceLive } & Props) {
  const { cost } = live;
  if (cost === null) return null;
  const { tasks, alb } = cost;
  return (
    <li data-testid="cost-fargate" data-service={live.serviceName}>
      <span>
        Fargate {live.serviceName}: tasks {tasks.billedSeconds.toLocaleString('en-US')} s (vCPU{' '}
        {formatUsd(tasks.vcpuUsd)}, memory {formatUsd(tasks.memoryUsd)}), ALB{' '}
        {alb.albHours.toLocaleString('en-US')} h {formatUsd(alb.hourUsd)} + LCU{' '}
        {formatUsd(alb.lcuUsd)}
      </span>{' '}
      <strong data-testid="cost-fargate-total">{formatUsd(live.earlierUsd + cost.totalUsd)}</strong>
    </li>
  );
}

export function FargateLines({ formatUsd }: Props) {
  const services = useFargate((s) => s.services);
  if (services.size === 0) return null;
  return (
    <section aria-label="Fargate">
      <ul className="item-list">
        {[...services].map(([appId, live]) => (
          <ServiceLine key={appId} live={live} formatUsd={formatUsd} />
        ))}
      </ul>
      <p className="hint">
        Fargate bills each task per second from its image pull until it stops, one minute at least,
        on its configured vCPU and memory, busy or idle; the ALB bills every started hour and its
        LCUs. us-east-1 Linux on-demand prices.
      </p>
    </section>
  );
}
