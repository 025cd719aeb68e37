// The Fargate service to compare with: task size, minimum task count, processor, and its prices.
import type { Architecture } from '../../engine';
import { setFargate } from '../../store';
import { Field } from '../forms/Field';
import { NumberField } from '../settings/NumberField';
import { negativeProblem } from './input-problems';
import { useCostInputs } from './use-cost';

/** Fargate's task CPU sizes (a task's memory must fit its CPU size; not checked here). */
const VCPU_SIZES = [0.25, 0.5, 1, 2, 4, 8, 16];

export function FargateOptions() {
  const fargate = useCostInputs((s) => s.fargate);
  return (
    <fieldset className="cost-grid cost-fieldset">
      <legend>Fargate service (Linux, billed per second, 1-minute minimum per task)</legend>
      <Field label="Task vCPU">
        <select value={fargate.vcpu} onChange={(e) => setFargate({ vcpu: Number(e.target.value) })}>
          {VCPU_SIZES.map((size) => (
            <option key={size} value={size}>
              {size} vCPU
            </option>
          ))}
        </select>
      </Field>
      <NumberField
        label="Task memory (GB)"
        value={fargate.memoryGB}
        problem={negativeProblem(fargate.memoryGB)}
        onChange={(memoryGB) => setFargate({ memoryGB })}
      />
      <NumberField
        label="Minimum tasks"
        value={fargate.tasks}
        problem={negativeProblem(fargate.tasks)}
        onChange={(tasks) => setFargate({ tasks })}
      />
      <Field label="Processor">
        <select
          value={fargate.architecture}
          onChange={(e) => setFargate({ architecture: e.target.value as Architecture })}
        >
          <option value="x86_64">x86 (Linux/x86)</option>
          <option value="arm64">ARM (Graviton)</option>
        </select>
      </Field>
      {/* Keyed by processor: choosing one brings its list prices into the fields. */}
      <NumberField
        key={`vcpu-${fargate.architecture}`}
        label="$ per vCPU-hour"
        value={fargate.usdPerVcpuHour}
        problem={negativeProblem(fargate.usdPerVcpuHour)}
        onChange={(usdPerVcpuHour) => setFargate({ usdPerVcpuHour })}
      />
      <NumberField
        key={`gb-${fargate.architecture}`}
        label="$ per GB-hour"
        value={fargate.usdPerGbHour}
        problem={negativeProblem(fargate.usdPerGbHour)}
        onChange={(usdPerGbHour) => setFargate({ usdPerGbHour })}
      />
    </fieldset>
  );
}
