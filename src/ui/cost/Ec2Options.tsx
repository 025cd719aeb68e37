// The EC2 instance to compare with, running 24/7: one of the engine's types, its price editable.
import { EC2_INSTANCE_TYPES } from '../../engine';
import { setEc2Price, setEc2Type } from '../../store';
import { Field } from '../forms/Field';
import { NumberField } from '../settings/NumberField';
import { negativeProblem } from './input-problems';
import { useCostInputs } from './use-cost';

export function Ec2Options() {
  const ec2 = useCostInputs((s) => s.ec2);
  return (
    <fieldset className="cost-grid cost-fieldset">
      <legend>EC2 instance, 24/7 (Linux on-demand; a public IPv4 address adds $0.005/h)</legend>
      <Field label="Instance type">
        <select value={ec2.type} onChange={(e) => setEc2Type(e.target.value)}>
          {EC2_INSTANCE_TYPES.map((instance) => (
            <option key={instance.type} value={instance.type}>
              {instance.type} ({instance.vcpu} vCPU, {instance.memoryGiB} GiB,{' '}
              {instance.architecture})
            </option>
          ))}
        </select>
      </Field>
      {/* Keyed by type: choosing one brings its list price into the field. */}
      <NumberField
        key={ec2.type}
        label="$ per hour"
        value={ec2.usdPerHour}
        problem={negativeProblem(ec2.usdPerHour)}
        onChange={setEc2Price}
      />
    </fieldset>
  );
}
