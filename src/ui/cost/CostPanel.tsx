// The running bill of this session: every invocation priced by the engine as AWS prices it.
import { formatUsd } from '../format';
import { useSession } from '../hooks/use-stores';

export function CostPanel() {
  const totalUsd = useSession((s) => s.totalUsd);
  const requests = useSession((s) => s.requests);
  return (
    <section className="panel cost" aria-label="Cost">
      <h2>Cost</h2>
      <p className="cost-total">
        <span data-testid="cost-total">{formatUsd(totalUsd)}</span>
        <span className="hint">
          {' '}
          for {requests} request{requests === 1 ? '' : 's'}
        </span>
      </p>
      <p className="hint">
        us-east-1 on-demand: $0.20 per million requests plus GB-seconds of billed duration (init
        included on cold starts), free tier not applied.
      </p>
    </section>
  );
}
