// Where the platform's ids and chance come from: request ids, log stream names, a seeded random.

/** Injectable so tests and lessons get stable ids. */
export interface IdSource {
  /** A request id in UUID form, as Lambda's `awsRequestId`. */
  requestId(): string;
  /** 32 lowercase hex digits naming one environment's log stream. */
  streamHex(): string;
  /** Any other id in UUID form: message ids, subscription and event source mapping ids. */
  uuid(): string;
}

/** Random ids from `crypto.randomUUID()` (Node 20 and every current browser). */
export function randomIds(): IdSource {
  return {
    requestId: () => crypto.randomUUID(),
    streamHex: () => crypto.randomUUID().replaceAll('-', ''),
    uuid: () => crypto.randomUUID(),
  };
}

/**
 * Predictable ids: requests `00000000-0000-4000-8000-000000000001`, …; other uuids
 * `00000000-0000-4000-9000-000000000001`, …; stream hex `000…01`, …
 */
export function sequentialIds(): IdSource {
  let requests = 0;
  let streams = 0;
  let others = 0;
  return {
    requestId: () => `00000000-0000-4000-8000-${(++requests).toString(16).padStart(12, '0')}`,
    streamHex: () => (++streams).toString(16).padStart(32, '0'),
    uuid: () => `00000000-0000-4000-9000-${(++others).toString(16).padStart(12, '0')}`,
  };
}

/** `2026/11/27/[$LATEST]<32 hex>`: the UTC date the environment started, as on AWS. */
export function logStreamName(timeMs: number, hex: string): string {
  const date = new Date(timeMs);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}/${month}/${day}/[$LATEST]${hex}`;
}

/** Mulberry32: a small, fast PRNG; the same seed gives the same sequence in [0, 1). */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
