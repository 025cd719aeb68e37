// What the settings form says of a function's provisioned concurrency allocation, in the terms of
// GetProvisionedConcurrencyConfig: allocated of requested, and IN_PROGRESS until all are
// (docs/aws-lambda.md#provisioned-concurrency). Read from the stage's instances: a provisioned one
// of the newest version counts once its INIT is done.
import type { InstanceView } from '../../store';

const ALLOCATED: ReadonlySet<InstanceView['state']> = new Set(['idle', 'busy']);

/** Provisioned environments of the function's newest version that finished INIT and are live. */
export function allocatedProvisioned(
  instances: Iterable<InstanceView>,
  functionName: string,
): number {
  let newest = 0;
  let count = 0;
  for (const instance of instances) {
    if (instance.functionName !== functionName || instance.provisioned !== true) continue;
    if (instance.version > newest) {
      newest = instance.version;
      count = 0;
    }
    if (instance.version === newest && ALLOCATED.has(instance.state)) count++;
  }
  return count;
}

/** "3 of 10 allocated · IN_PROGRESS"; null when none is requested. */
export function allocationText(allocated: number, requested: number): string | null {
  if (requested <= 0) return null;
  const shown = Math.min(allocated, requested);
  return `${shown} of ${requested} allocated · ${shown < requested ? 'IN_PROGRESS' : 'READY'}`;
}
