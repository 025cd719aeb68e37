// The Cost region: the session's live bill, its receipts, a monthly calculator, and the same
// traffic on always-on compute. Every figure comes from the engine's money functions.
import { AlwaysOnComparison } from './AlwaysOnComparison';
import './cost.css';
import { LiveMeter } from './LiveMeter';
import { MonthlyCalculator } from './MonthlyCalculator';
import { ProvisionedReceipts } from './ProvisionedReceipts';
import { Receipts } from './Receipts';

export function CostPanel() {
  return (
    <section className="panel cost" aria-label="Cost">
      <h2>Cost</h2>
      <LiveMeter />
      <details className="cost-section" open>
        <summary>Receipts (last invocations)</summary>
        <Receipts />
        <ProvisionedReceipts />
      </details>
      <details className="cost-section">
        <summary>Monthly calculator</summary>
        <MonthlyCalculator />
      </details>
      <details className="cost-section">
        <summary>Always-on comparison and break-even</summary>
        <AlwaysOnComparison />
      </details>
    </section>
  );
}
