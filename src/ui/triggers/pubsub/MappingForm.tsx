// The event source mapping that polls a queue into a function: batch size, batching window,
// partial batch responses, an optional concurrency cap, and whether it polls at all.
import type { QueueMappingDraft } from '../../../store';
import { Field } from '../../forms/Field';
import { NumberField } from '../../settings/NumberField';
import { FunctionOptions } from '../FunctionOptions';

interface Props {
  mapping: QueueMappingDraft | null;
  onChange: (mapping: QueueMappingDraft | null) => void;
}

export function MappingForm({ mapping, onChange }: Props) {
  const set = (change: Partial<QueueMappingDraft>) =>
    mapping && onChange({ ...mapping, ...change });
  return (
    <div className="route-row pubsub-mapping" role="group" aria-label="Event source mapping">
      <Field label="Polled by">
        <select
          value={mapping?.functionId ?? ''}
          onChange={(e) => {
            const functionId = e.target.value;
            if (!functionId) return onChange(null);
            onChange({
              batchSize: 10,
              maximumBatchingWindowSec: 0,
              reportBatchItemFailures: false,
              enabled: true,
              ...mapping,
              functionId,
            });
          }}
        >
          <option value="">No function</option>
          <FunctionOptions />
        </select>
      </Field>
      {mapping && (
        <>
          <NumberField
            label="Batch size"
            value={mapping.batchSize}
            onChange={(batchSize) => set({ batchSize })}
          />
          <NumberField
            label="Batching window (s)"
            value={mapping.maximumBatchingWindowSec}
            onChange={(maximumBatchingWindowSec) => set({ maximumBatchingWindowSec })}
          />
          <Field label="Maximum concurrency">
            <input
              inputMode="numeric"
              placeholder="none"
              value={mapping.maximumConcurrency ?? ''}
              onChange={(e) => {
                const { maximumConcurrency: _old, ...rest } = mapping;
                const text = e.target.value.trim();
                onChange(text === '' ? rest : { ...rest, maximumConcurrency: Number(text) });
              }}
            />
          </Field>
          <Field layout="check" label="ReportBatchItemFailures">
            <input
              type="checkbox"
              checked={mapping.reportBatchItemFailures}
              onChange={(e) => set({ reportBatchItemFailures: e.target.checked })}
            />
          </Field>
          <Field layout="check" label="Enabled">
            <input
              type="checkbox"
              checked={mapping.enabled}
              onChange={(e) => set({ enabled: e.target.checked })}
            />
          </Field>
        </>
      )}
    </div>
  );
}
