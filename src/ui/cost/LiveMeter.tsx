// The session's bill as it runs: the engine's per-invocation prices summed, line by line, with
// the free tier on or off, the handlers' calls to other services (billed to the account, at the
// engine's price per call), and the month it would make at the current rate.
import type { Architecture } from '../../engine';
import { lambdaBill, MS_PER_MONTH, projectServiceUsdToMonth, projectToMonth } from '../../engine';
import {
  fargateUsd,
  METERED_SERVICES,
  provisionedUsd,
  serviceUsed,
  servicesUsd,
  setMeterFreeTier,
  simulatedNow,
  webFunctionsUsd,
} from '../../store';
import { formatUsd } from '../format';
import { Field } from '../forms/Field';
import { BillLines } from './BillLines';
import { formatCents, formatCount, formatGbSeconds } from './money-format';
import { ProvisionedLines } from './ProvisionedLines';
import { ServiceLines } from './ServiceLines';
import { useCostMeter } from './use-cost';
import { FargateLines } from './FargateLines';
import { WebFunctionLines } from './WebFunctionLines';
import { useFargate, useWebFunctions } from '../hooks/use-stores';

const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64'];

export function LiveMeter() {
  const meter = useCostMeter((s) => s);
  const { usage, freeTier, services } = meter;
  const bill = lambdaBill(usage, { freeTier, roundToCents: false });
  const usedServices = METERED_SERVICES.filter((service) => serviceUsed(services, service));
  // With no allowance to subtract, Lambda's part is exactly what the receipts add up to. The
  // services' free tiers are never subtracted.
  // Provisioned concurrency is never free: with the allowance subtracted it is added in full.
  const provisionedTotal = provisionedUsd(meter.provisioned);
  // The web apps' services bill per second whether or not anything calls them.
  const fargateTotal = useFargate(fargateUsd);
  // A Web Function's environments bill memory for their life, busy or idle.
  const webFunctionTotal = useWebFunctions(webFunctionsUsd);
  const totalUsd =
    (freeTier ? bill.totalUsd + provisionedTotal : meter.totalUsd) +
    servicesUsd(services) +
    fargateTotal +
    webFunctionTotal;
  const provisionedOn = meter.provisioned.configuredGbSeconds > 0;
  const used = ARCHITECTURES.filter((architecture) => usage.gbSeconds[architecture] > 0);
  // The time of this render (the meter's latest change); null before the platform starts.
  const now = simulatedNow();
  const elapsedMs = usage.requests > 0 && now !== null ? now - meter.startedAt : 0;
  const month = projectToMonth(usage, elapsedMs);
  const projected = month && lambdaBill(month, { freeTier, roundToCents: true });
  // Each service is its own line item on a month's bill, rounded to cents as Lambda's are.
  const projectedUsd =
    projected &&
    usedServices.reduce(
      (total, service) => total + (projectServiceUsdToMonth(services[service].usd, elapsedMs) ?? 0),
      projected.totalUsd,
    );
  const gbSeconds = usage.gbSeconds.x86_64 + usage.gbSeconds.arm64;

  return (
    <div className="live-meter">
      <p className="cost-total">
        <span data-testid="cost-total">{formatUsd(totalUsd)}</span>
        <span className="hint">
          {' '}
          for {formatCount(usage.requests)} request{usage.requests === 1 ? '' : 's'},{' '}
          {formatGbSeconds(gbSeconds)} GB-s (init {formatGbSeconds(meter.initGbSeconds)})
        </span>
      </p>
      <Field layout="check" className="cost-check" label="Subtract the always-free allowance">
        <input
          type="checkbox"
          checked={freeTier}
          onChange={(e) => setMeterFreeTier(e.target.checked)}
        />
      </Field>
      <p className="hint">
        Free tier: 1M requests and 400,000 GB-s a month, shared by x86 and arm64. us-east-1
        on-demand prices; init is billed on cold starts since 1 Aug 2025.
      </p>
      {usedServices.length > 0 && (
        <p className="hint" data-testid="cost-services-note">
          Calls to other services are billed to the account, not to the function that made them (its
          receipt and REPORT line leave them out), at us-east-1 list prices: S3 per 1,000 PUT or GET
          requests, SNS and SQS per million requests (each 64 KB of payload is one), DynamoDB
          on-demand per million request units. Their free tiers are not subtracted.
        </p>
      )}
      {(usage.requests > 0 || usedServices.length > 0 || provisionedOn) && (
        <BillLines
          bill={bill}
          architectures={used.length > 0 ? used : ['x86_64']}
          formatUsd={formatUsd}
        >
          <ProvisionedLines provisioned={meter.provisioned} formatUsd={formatUsd} />
          <ServiceLines services={services} formatUsd={formatUsd} />
        </BillLines>
      )}
      <FargateLines formatUsd={formatUsd} />
      <WebFunctionLines formatUsd={formatUsd} />
      {projected && (
        <p data-testid="cost-projection">
          At this rate for a month ({formatCount(month.requests)} requests in{' '}
          {formatCount(MS_PER_MONTH / 3_600_000)} h):{' '}
          <strong>{formatCents(projectedUsd ?? projected.totalUsd)}</strong>
          <span className="hint"> over {formatElapsed(elapsedMs)} of simulated time</span>
          {provisionedOn && (
            <span className="hint">
              {' '}
              (requests and compute only: the monthly calculator prices provisioned concurrency)
            </span>
          )}
        </p>
      )}
    </div>
  );
}

function formatElapsed(ms: number): string {
  const seconds = ms / 1000;
  return seconds < 120 ? `${seconds.toFixed(1)} s` : `${(seconds / 60).toFixed(1)} min`;
}
