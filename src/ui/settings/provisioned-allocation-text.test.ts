import { describe, expect, it } from 'vitest';
import type { InstanceView } from '../../store';
import { allocatedProvisioned, allocationText } from './provisioned-allocation-text';

function view(
  id: string,
  state: InstanceView['state'],
  version = 1,
  provisioned = true,
  functionName = 'add',
): InstanceView {
  return {
    id,
    functionName,
    version,
    state,
    since: 0,
    invocations: 0,
    ...(provisioned && { provisioned: true as const }),
  };
}

describe('allocatedProvisioned', () => {
  it("counts the newest version's provisioned environments past INIT, of this function only", () => {
    const instances = [
      view('add-1', 'busy', 1),
      view('add-2', 'idle', 2),
      view('add-3', 'busy', 2),
      view('add-4', 'starting', 2),
      view('add-5', 'reaped', 2),
      view('add-6', 'idle', 2, false),
      view('other-1', 'idle', 2, true, 'other'),
    ];
    expect(allocatedProvisioned(instances, 'add')).toBe(2);
    expect(allocatedProvisioned([], 'add')).toBe(0);
  });
});

describe('allocationText', () => {
  it('says allocated of requested and the status GetProvisionedConcurrencyConfig would', () => {
    expect(allocationText(3, 10)).toBe('3 of 10 allocated · IN_PROGRESS');
    expect(allocationText(10, 10)).toBe('10 of 10 allocated · READY');
    // A recycled environment finishing its request is briefly one more than asked for.
    expect(allocationText(3, 2)).toBe('2 of 2 allocated · READY');
    expect(allocationText(0, 0)).toBeNull();
  });
});
