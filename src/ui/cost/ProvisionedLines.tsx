// Provisioned concurrency's lines on the live bill: the amount configured, billed by the 5 minutes
// it is on, and the duration of the invocations its environments served, each at its own price
// with no free tier (docs/aws-lambda.md#provisioned-concurrency).
import type { ProvisionedUsage } from '../../store';
import { formatGbSeconds } from './money-format';

interface Props {
  provisioned: ProvisionedUsage;
  formatUsd: (usd: number) => string;
}

export function ProvisionedLines({ provisioned, formatUsd }: Props) {
  if (provisioned.configuredGbSeconds === 0 && provisioned.durationGbSeconds === 0) return null;
  return (
    <>
      <tr data-testid="cost-provisioned">
        <th scope="row">Provisioned concurrency</th>
        <td>
          {formatGbSeconds(provisioned.configuredGbSeconds)} GB-s configured, in 5-minute periods
        </td>
        <td className="bill-usd" data-testid="cost-provisioned-usd">
          {formatUsd(provisioned.configuredUsd)}
        </td>
      </tr>
      {provisioned.durationGbSeconds > 0 && (
        <tr data-testid="cost-provisioned-duration">
          <th scope="row">Duration (provisioned)</th>
          <td>{formatGbSeconds(provisioned.durationGbSeconds)} GB-s at the provisioned rate</td>
          <td className="bill-usd">{formatUsd(provisioned.durationUsd)}</td>
        </tr>
      )}
    </>
  );
}
