// The last few invocations' bills: what ran, what was billed (init included), and what it cost.
import { formatMs, formatUsd } from '../format';
import { useCostMeter } from './use-cost';

export function Receipts() {
  const receipts = useCostMeter((s) => s.receipts);
  if (receipts.length === 0) return <p className="hint">No invocation billed yet.</p>;
  return (
    // Focusable, and named for it: the table scrolls sideways in a narrow column, and a keyboard
    // must be able to scroll it too.
    <table className="receipts" aria-label="Recent bills" tabIndex={0}>
      <thead>
        <tr>
          <th scope="col">Billed</th>
          <th scope="col">Memory</th>
          <th scope="col">Compute</th>
          <th scope="col">Cost</th>
        </tr>
      </thead>
      <tbody>
        {/* Keyed by place: under load every update brings new receipts, and rewriting the rows'
            text costs less than removing all of them and building new ones (bench profile). */}
        {receipts.map((receipt, place) => (
          <tr
            key={place}
            data-testid="receipt"
            title={`${receipt.functionName} ${receipt.requestId}`}
          >
            <td>
              <span data-testid="receipt-billed">{receipt.billedDurationMs} ms</span>
              {receipt.initDurationMs !== undefined && <span className="receipt-cold"> cold</span>}
              <br />
              <span className="hint">
                {formatMs(receipt.durationMs)}
                {receipt.measuredDurationMs !== undefined && (
                  <span data-testid="receipt-measured">
                    {' '}
                    modeled (measured {formatMs(receipt.measuredDurationMs)})
                  </span>
                )}
                {receipt.initDurationMs !== undefined &&
                  ` + init ${formatMs(receipt.initDurationMs)}`}
              </span>
            </td>
            <td data-testid="receipt-memory">
              {receipt.memoryMB} MB {receipt.architecture}
            </td>
            <td data-testid="receipt-compute">{formatUsd(receipt.computeUsd)}</td>
            <td data-testid="receipt-total">{formatUsd(receipt.totalUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
