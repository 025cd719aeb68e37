// A Lambda Web Function's running bill: active CPU time, memory time, requests and data out. AWS
// publishes the dimensions but no rates the model could find, so every rate here is an editable
// assumption derived from a published neighbour (docs/web-functions.md#billing).
import { FARGATE_RATES } from './always-on-cost';
import { firstTierUsdPerGbSecond, PRICING } from './pricing';
import { MB_PER_VCPU } from '../instances/cpu-share';

export interface WebFunctionRates {
  /** Per vCPU-second the program actually computes (time blocked on I/O is not billed as CPU). */
  usdPerActiveVcpuSecond: number;
  usdPerGbSecond: number;
  usdPerRequest: number;
  usdPerGbOut: number;
}

export const WEB_FUNCTION_RATES: WebFunctionRates = {
  // An Event Function gets one vCPU at 1,769 MB: its arm64 GB-second rate for that much memory.
  usdPerActiveVcpuSecond: firstTierUsdPerGbSecond('arm64') * (MB_PER_VCPU / 1024),
  // Fargate's Arm memory rate, per second: memory kept ready, whether used or not.
  usdPerGbSecond: FARGATE_RATES.arm64.usdPerGbHour / 3600,
  // Event Functions' $0.20 per million.
  usdPerRequest: PRICING.usdPerRequest,
  // EC2's first tier of data transfer out to the internet, $0.09 per GB.
  usdPerGbOut: 0.09,
};

export interface WebFunctionUsage {
  /** CPU ms the programs computed, all environments summed. */
  activeCpuMs: number;
  /** GB-seconds of memory the environments held. */
  memoryGbSeconds: number;
  /** Requests that reached the function (throttled ones are not counted). */
  requests: number;
  /** Response bytes sent to clients. */
  bytesOut: number;
}

export interface WebFunctionCost extends WebFunctionUsage {
  cpuUsd: number;
  memoryUsd: number;
  requestUsd: number;
  transferUsd: number;
  totalUsd: number;
}

export function webFunctionCost(
  usage: WebFunctionUsage,
  rates: WebFunctionRates = WEB_FUNCTION_RATES,
): WebFunctionCost {
  // A single-threaded Node program computes on one vCPU at a time: busy ms are vCPU-ms.
  const cpuUsd = (usage.activeCpuMs / 1000) * rates.usdPerActiveVcpuSecond;
  const memoryUsd = usage.memoryGbSeconds * rates.usdPerGbSecond;
  const requestUsd = usage.requests * rates.usdPerRequest;
  const transferUsd = (usage.bytesOut / 1e9) * rates.usdPerGbOut;
  return {
    ...usage,
    cpuUsd,
    memoryUsd,
    requestUsd,
    transferUsd,
    totalUsd: cpuUsd + memoryUsd + requestUsd + transferUsd,
  };
}

/** Memory time of one environment from its creation to its end (or `now` while it lives). */
export function environmentGbSeconds(
  environment: { createdAt: number; stoppedAt: number | null },
  now: number,
  memoryGB: number,
): number {
  const end = environment.stoppedAt ?? now;
  return (Math.max(0, end - environment.createdAt) / 1000) * memoryGB;
}

export function checkRates(rates: WebFunctionRates): WebFunctionRates {
  for (const [name, value] of Object.entries(rates)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`${name} must be a price ≥ 0, got ${String(value)}`);
    }
  }
  return rates;
}
