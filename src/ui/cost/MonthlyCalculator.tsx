// A whole month of Lambda from a few averages, billed as AWS's pricing examples do: each line
// item rounded to cents, then summed.
import type { Architecture } from '../../engine';
import { monthlyLambdaCost } from '../../engine';
import { setCalculator } from '../../store';
import { Field } from '../forms/Field';
import { NumberField } from '../settings/NumberField';
import { BillLines } from './BillLines';
import { ephemeralStorageProblem, lambdaMemoryProblem, negativeProblem } from './input-problems';
import { formatCents } from './money-format';
import { useCostInputs } from './use-cost';

export function MonthlyCalculator() {
  const inputs = useCostInputs((s) => s.calculator);
  const bill = monthlyLambdaCost(inputs);

  return (
    <form
      className="cost-form"
      aria-label="Monthly calculator"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="cost-grid">
        <NumberField
          label="Requests per month"
          value={inputs.requestsPerMonth}
          problem={negativeProblem(inputs.requestsPerMonth)}
          onChange={(requestsPerMonth) => setCalculator({ requestsPerMonth })}
        />
        <NumberField
          label="Duration (ms)"
          value={inputs.durationMs}
          problem={negativeProblem(inputs.durationMs)}
          onChange={(durationMs) => setCalculator({ durationMs })}
        />
        <NumberField
          label="Memory (MB)"
          value={inputs.memoryMB}
          problem={lambdaMemoryProblem(inputs.memoryMB)}
          onChange={(memoryMB) => setCalculator({ memoryMB })}
        />
        <Field label="Architecture">
          <select
            value={inputs.architecture}
            onChange={(e) => setCalculator({ architecture: e.target.value as Architecture })}
          >
            <option value="x86_64">x86_64</option>
            <option value="arm64">arm64</option>
          </select>
        </Field>
        <NumberField
          label="Ephemeral storage (MB)"
          value={inputs.ephemeralStorageMB}
          problem={ephemeralStorageProblem(inputs.ephemeralStorageMB)}
          onChange={(ephemeralStorageMB) => setCalculator({ ephemeralStorageMB })}
        />
        <NumberField
          label="Cold starts (%)"
          value={inputs.coldStartPercent}
          problem={negativeProblem(inputs.coldStartPercent)}
          onChange={(coldStartPercent) => setCalculator({ coldStartPercent })}
        />
        <NumberField
          label="Init time (ms)"
          value={inputs.initDurationMs}
          problem={negativeProblem(inputs.initDurationMs)}
          onChange={(initDurationMs) => setCalculator({ initDurationMs })}
        />
        <NumberField
          label="Provisioned concurrency"
          value={inputs.provisionedConcurrency}
          problem={negativeProblem(inputs.provisionedConcurrency)}
          onChange={(provisionedConcurrency) => setCalculator({ provisionedConcurrency })}
        />
      </div>
      <Field layout="check" className="cost-check" label="Free tier">
        <input
          type="checkbox"
          checked={inputs.freeTier}
          onChange={(e) => setCalculator({ freeTier: e.target.checked })}
        />
      </Field>
      {inputs.provisionedConcurrency > 0 && (
        <p className="hint">
          Provisioned concurrency is billed all month; the requests it serves pay its lower duration
          price and start warm, the rest run on demand. The free tier does not apply.
        </p>
      )}
      <BillLines bill={bill} architectures={[inputs.architecture]} formatUsd={formatCents} />
      <p className="calculator-total">
        Total <strong data-testid="calculator-total">{formatCents(bill.totalUsd)}</strong> per month
      </p>
    </form>
  );
}
