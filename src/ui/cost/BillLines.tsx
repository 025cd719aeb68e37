// A Lambda bill's line items, each with its quantity, what the free tier took off, and its price.
import type { ReactNode } from 'react';
import type { Architecture, LambdaBill } from '../../engine';
import { PRICING, USD_PER_EPHEMERAL_GB_SECOND } from '../../engine';
import { formatCents, formatCount, formatGbSeconds, formatPrice } from './money-format';

interface Props {
  bill: LambdaBill;
  /** Which compute lines to show (a line of zero GB-seconds still shows when listed). */
  architectures: readonly Architecture[];
  formatUsd: (usd: number) => string;
  /** Rows after the Lambda lines (the live meter's lines for other services). */
  children?: ReactNode;
}

function freePart(free: number, format: (n: number) => string): string {
  return free > 0 ? ` − ${format(free)} free` : '';
}

export function BillLines({ bill, architectures, formatUsd, children }: Props) {
  const { requests, storage } = bill;
  return (
    <table className="bill-lines">
      <tbody>
        <tr>
          <th scope="row">Requests</th>
          <td>
            {formatCount(requests.quantity)}
            {freePart(requests.free, formatCount)} × {formatCents(PRICING.usdPerRequest * 1e6)} per
            1M
          </td>
          <td className="bill-usd">{formatUsd(requests.usd)}</td>
        </tr>
        {architectures.map((architecture) => {
          const line = bill.compute[architecture];
          const firstTier = PRICING.durationTiers[architecture][0]!.usdPerGbSecond;
          return (
            <tr key={architecture}>
              <th scope="row">Compute ({architecture})</th>
              <td>
                {formatGbSeconds(line.quantity)} GB-s
                {freePart(line.free, formatGbSeconds)} × {formatPrice(firstTier)} per GB-s
                {line.quantity - line.free >
                  PRICING.durationTiers[architecture][0]!.upToGbSeconds && ', then tiered'}
              </td>
              <td className="bill-usd">{formatUsd(line.usd)}</td>
            </tr>
          );
        })}
        {storage.quantity > 0 && (
          <tr>
            <th scope="row">Ephemeral storage</th>
            <td>
              {formatGbSeconds(storage.quantity)} GB-s × {formatPrice(USD_PER_EPHEMERAL_GB_SECOND)}
            </td>
            <td className="bill-usd">{formatUsd(storage.usd)}</td>
          </tr>
        )}
        {bill.provisioned && (
          <>
            <tr data-testid="calculator-provisioned">
              <th scope="row">Provisioned concurrency</th>
              <td>{formatGbSeconds(bill.provisioned.configured.quantity)} GB-s configured</td>
              <td className="bill-usd">{formatUsd(bill.provisioned.configured.usd)}</td>
            </tr>
            <tr>
              <th scope="row">Duration (provisioned)</th>
              <td>{formatGbSeconds(bill.provisioned.duration.quantity)} GB-s</td>
              <td className="bill-usd">{formatUsd(bill.provisioned.duration.usd)}</td>
            </tr>
          </>
        )}
        {children}
      </tbody>
    </table>
  );
}
