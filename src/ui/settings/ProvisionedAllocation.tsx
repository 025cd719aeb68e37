// How far the function's provisioned concurrency is allocated, next to the setting: Lambda starts
// the environments at the function's scaling rate and none serves until all are ready.
import { useSession } from '../hooks/use-stores';
import { allocatedProvisioned, allocationText } from './provisioned-allocation-text';

export function ProvisionedAllocation({
  functionName,
  requested,
}: {
  functionName: string;
  requested: number;
}) {
  const allocated = useSession((s) => allocatedProvisioned(s.instances.values(), functionName));
  const text = allocationText(allocated, requested);
  if (text === null) return null;
  return (
    <output className="hint" aria-label="Allocated provisioned concurrency" aria-live="polite">
      {text}
    </output>
  );
}
