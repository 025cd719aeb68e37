// The same traffic on always-on compute: a Fargate service and an EC2 instance, priced for a
// month, and where Lambda's bill for the calculator's requests overtakes each.
import {
  breakEvenRequests,
  ec2MonthlyCost,
  fargateCost,
  MAX_BREAK_EVEN_REQUESTS,
  provisionedMonth,
} from '../../engine';
import type { AlwaysOnOption } from './break-even-text';
import { BreakEvenChart } from './BreakEvenChart';
import { Ec2Options } from './Ec2Options';
import { FargateOptions } from './FargateOptions';
import { formatCents } from './money-format';
import { useCostInputs } from './use-cost';

export function AlwaysOnComparison() {
  const { calculator, fargate, ec2 } = useCostInputs((s) => s);
  // The calculator's inputs minus the request count, which is what break-even solves for.
  const lambdaShape = calculator;
  const fargateBill = fargateCost({
    vcpu: fargate.vcpu,
    memoryGB: fargate.memoryGB,
    tasks: fargate.tasks,
    rates: { usdPerVcpuHour: fargate.usdPerVcpuHour, usdPerGbHour: fargate.usdPerGbHour },
  });
  const ec2Usd = ec2MonthlyCost(ec2.usdPerHour);
  const option = (name: string, monthlyUsd: number): AlwaysOnOption => ({
    name,
    monthlyUsd,
    breakEven: breakEvenRequests(lambdaShape, monthlyUsd),
  });
  // Lambda's own always-on part: the calculator's provisioned concurrency, configured all month.
  const provisioned = provisionedMonth(calculator);
  const provisionedCount = calculator.provisionedConcurrency;
  const options = [option('Fargate', fargateBill.totalUsd), option(`EC2 ${ec2.type}`, ec2Usd)];
  if (provisionedCount > 0) {
    options.push(option('Provisioned concurrency', provisioned.configured.usd));
  }

  return (
    <div className="comparison">
      <FargateOptions />
      <p>
        Fargate: <strong data-testid="fargate-total">{formatCents(fargateBill.totalUsd)}</strong> a
        month (vCPU {formatCents(fargateBill.vcpuUsd)} + memory {formatCents(fargateBill.memoryUsd)}
        , {fargate.tasks} × 730 h)
      </p>
      <Ec2Options />
      <p>
        EC2: <strong data-testid="ec2-total">{formatCents(ec2Usd)}</strong> a month (730 h)
      </p>
      <p>
        Provisioned concurrency:{' '}
        <strong data-testid="provisioned-month-total">
          {formatCents(provisioned.configured.usd)}
        </strong>{' '}
        a month ({provisionedCount} × {calculator.memoryMB} MB × 730 h
        {provisionedCount === 0 && ': set it in the monthly calculator'}, before the duration of the
        requests it serves)
      </p>
      <p className="hint">
        Lambda&apos;s line uses the calculator&apos;s duration, memory, architecture and free tier.
      </p>
      <BreakEvenChart shape={lambdaShape} options={options} maxRequests={MAX_BREAK_EVEN_REQUESTS} />
    </div>
  );
}
