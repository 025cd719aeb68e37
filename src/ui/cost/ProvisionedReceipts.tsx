// Provisioned concurrency's bill period by period: how many environments, of what memory, for how
// long, and what each period cost. The bill's provisioned line is their sum.
import { PRICING } from '../../engine';
import { formatUsd } from '../format';
import { formatGbSeconds, formatPrice } from './money-format';
import { useCostMeter } from './use-cost';

export function ProvisionedReceipts() {
  const receipts = useCostMeter((s) => s.provisionedReceipts);
  if (receipts.length === 0) return null;
  return (
    // Focusable: it scrolls sideways in a narrow column (Receipts).
    <table className="receipts" aria-label="Provisioned concurrency periods" tabIndex={0}>
      <thead>
        <tr>
          <th scope="col">Provisioned</th>
          <th scope="col">Memory</th>
          <th scope="col">GB-s</th>
          <th scope="col">Cost</th>
        </tr>
      </thead>
      <tbody>
        {receipts.map((receipt, place) => (
          <tr key={place} data-testid="provisioned-receipt" title={receipt.functionName}>
            <td>
              {receipt.provisionedConcurrency} × {receipt.periodMs / 60_000} min
            </td>
            <td>
              {receipt.memoryMB} MB {receipt.architecture}
            </td>
            <td>
              {formatGbSeconds(receipt.gbSeconds)} ×{' '}
              {formatPrice(PRICING.provisioned.configured[receipt.architecture])}
            </td>
            <td data-testid="provisioned-receipt-usd">{formatUsd(receipt.usd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
