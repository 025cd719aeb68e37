// What the learner typed into the monthly calculator and the always-on comparison, shared by the
// calculator, the comparison and the break-even chart.
import { createStore } from 'zustand/vanilla';
import type { Architecture, MonthlyLambdaInput } from '../../engine';
import { EC2_INSTANCE_TYPES, FARGATE_RATES } from '../../engine';

export type CalculatorInputs = Required<MonthlyLambdaInput>;

export interface FargateInputs {
  vcpu: number;
  memoryGB: number;
  tasks: number;
  architecture: Architecture;
  usdPerVcpuHour: number;
  usdPerGbHour: number;
}

export interface Ec2Inputs {
  type: string;
  usdPerHour: number;
}

export interface CostInputsState {
  calculator: CalculatorInputs;
  fargate: FargateInputs;
  ec2: Ec2Inputs;
}

const DEFAULT_EC2 = EC2_INSTANCE_TYPES[1]!;

/** Starts on the pricing page's example 1 (3M × 1 s at 512 MB) and the smallest always-on pair. */
function initialInputs(): CostInputsState {
  return {
    calculator: {
      requestsPerMonth: 3_000_000,
      durationMs: 1000,
      memoryMB: 512,
      architecture: 'x86_64',
      ephemeralStorageMB: 512,
      freeTier: true,
      coldStartPercent: 0,
      initDurationMs: 0,
      provisionedConcurrency: 0,
    },
    fargate: { vcpu: 0.25, memoryGB: 0.5, tasks: 1, architecture: 'x86_64', ...ratesOf('x86_64') },
    ec2: { type: DEFAULT_EC2.type, usdPerHour: DEFAULT_EC2.usdPerHour },
  };
}

function ratesOf(
  architecture: Architecture,
): Pick<FargateInputs, 'usdPerVcpuHour' | 'usdPerGbHour'> {
  return { ...FARGATE_RATES[architecture] };
}

export const costInputsStore = createStore<CostInputsState>()(initialInputs);

export function setCalculator(change: Partial<CalculatorInputs>): void {
  const { calculator } = costInputsStore.getState();
  costInputsStore.setState({ calculator: { ...calculator, ...change } });
}

/** A new architecture brings its own list prices (the learner may then edit them). */
export function setFargate(change: Partial<FargateInputs>): void {
  const { fargate } = costInputsStore.getState();
  const rates =
    change.architecture && change.architecture !== fargate.architecture
      ? ratesOf(change.architecture)
      : {};
  costInputsStore.setState({ fargate: { ...fargate, ...change, ...rates } });
}

/** Choosing an instance type brings its list price; the price stays editable. */
export function setEc2Type(type: string): void {
  const instance = EC2_INSTANCE_TYPES.find((candidate) => candidate.type === type);
  if (instance) costInputsStore.setState({ ec2: { type, usdPerHour: instance.usdPerHour } });
}

export function setEc2Price(usdPerHour: number): void {
  const { ec2 } = costInputsStore.getState();
  costInputsStore.setState({ ec2: { ...ec2, usdPerHour } });
}
