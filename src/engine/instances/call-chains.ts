// Lambda's recursive loop detection (docs/aws-services.md#recursive-loop-detection): an event a
// handler's SDK call sends on (an SQS message, an SNS publish, an S3 object, a Lambda invoke)
// carries the chain of requests it belongs to, and each function counts how many times that chain
// has invoked it. Once a chain has invoked a function 16 times, Lambda stops the next invocation.
import type { EngineContext } from '../context';
import type { ServiceCaller } from '../services/service-calls';

/** Invocations of one function in one chain that Lambda lets run; the next one is stopped. */
export const RECURSION_LIMIT = 16;

/** Invocations remembered per chain; the oldest are forgotten past this, as traces expire. */
const REMEMBERED = 50_000;

export interface CallChains {
  /** The chain each invocation belongs to, by request id, oldest first. */
  readonly chainOf: Map<string, number>;
  /** Per chain, how many times it invoked each function. */
  readonly counts: Map<number, Map<string, number>>;
  next: number;
}

export function createCallChains(): CallChains {
  return { chainOf: new Map(), counts: new Map(), next: 1 };
}

/** The chain an invocation caused by `origin` joins: the origin's, or a new one. */
function chainFor(chains: CallChains, origin: ServiceCaller | null | undefined): number | null {
  if (!origin) return null;
  return chains.chainOf.get(origin.requestId) ?? null;
}

/** How many times the chain `origin` belongs to has invoked `functionName` already. */
export function chainInvocations(
  ctx: EngineContext,
  functionName: string,
  origin: ServiceCaller | null | undefined,
): number {
  const chain = chainFor(ctx.chains, origin);
  return chain === null ? 0 : (ctx.chains.counts.get(chain)?.get(functionName) ?? 0);
}

/** Whether Lambda stops an invocation of `functionName` that `origin`'s SDK call caused. */
export function isRecursiveLoop(
  ctx: EngineContext,
  functionName: string,
  origin: ServiceCaller | null | undefined,
): boolean {
  return chainInvocations(ctx, functionName, origin) >= RECURSION_LIMIT;
}

/** Records an invocation that runs: it joins its origin's chain (or starts one) and is counted. */
export function joinChain(
  ctx: EngineContext,
  requestId: string,
  functionName: string,
  origin: ServiceCaller | null | undefined,
): void {
  const { chains } = ctx;
  if (chains.chainOf.has(requestId)) return;
  const chain = chainFor(chains, origin) ?? chains.next++;
  chains.chainOf.set(requestId, chain);
  let counts = chains.counts.get(chain);
  if (counts === undefined) chains.counts.set(chain, (counts = new Map()));
  counts.set(functionName, (counts.get(functionName) ?? 0) + 1);
  if (chains.chainOf.size > REMEMBERED) forgetOldest(chains);
}

function forgetOldest(chains: CallChains): void {
  const [oldest] = chains.chainOf;
  if (oldest === undefined) return;
  const [requestId, chain] = oldest;
  chains.chainOf.delete(requestId);
  // A chain's counts go once no remembered invocation belongs to it; the scan is rare (at most
  // once per invocation past the cap) and stops at the first member found.
  for (const member of chains.chainOf.values()) if (member === chain) return;
  chains.counts.delete(chain);
}

/** The message Lambda's Invoke API gives a synchronous invocation it stopped. */
export const RECURSIVE_INVOCATION_MESSAGE =
  'Lambda has detected your function being invoked in a recursive loop with other AWS resources and stopped your function’s invocation.';
