import { beforeEach, describe, expect, it } from 'vitest';
import { costInputsStore, setCalculator, setEc2Price, setEc2Type, setFargate } from './cost-inputs';

const initial = costInputsStore.getState();
beforeEach(() => costInputsStore.setState(initial, true));

describe('setCalculator', () => {
  it('changes only the given inputs', () => {
    setCalculator({ memoryMB: 1024 });
    expect(costInputsStore.getState().calculator).toEqual({
      ...initial.calculator,
      memoryMB: 1024,
    });
  });
});

describe('setFargate', () => {
  it('brings the ARM list prices with the ARM processor', () => {
    setFargate({ architecture: 'arm64' });
    expect(costInputsStore.getState().fargate).toMatchObject({
      architecture: 'arm64',
      usdPerVcpuHour: 0.03238,
      usdPerGbHour: 0.00356,
    });
  });

  it('keeps an edited price while the processor stays', () => {
    setFargate({ usdPerVcpuHour: 0.05 });
    setFargate({ tasks: 3 });
    expect(costInputsStore.getState().fargate).toMatchObject({ usdPerVcpuHour: 0.05, tasks: 3 });
  });
});

describe('setEc2Type', () => {
  it('brings the instance’s list price, which stays editable', () => {
    setEc2Type('t3.micro');
    expect(costInputsStore.getState().ec2).toEqual({ type: 't3.micro', usdPerHour: 0.0104 });
    setEc2Price(0.0154);
    expect(costInputsStore.getState().ec2).toEqual({ type: 't3.micro', usdPerHour: 0.0154 });
    setEc2Type('m9.unknown');
    expect(costInputsStore.getState().ec2.type).toBe('t3.micro');
  });
});
