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

/** Random bytes drawn from the system at once: one draw serves 256 UUIDs. */
const POOL_BYTES = 4096;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Version 4 UUIDs (RFC 9562 §5.4: 122 random bits, version 0b0100, variant 0b10) from pooled
 * `crypto.getRandomValues` bytes. `crypto.randomUUID()` goes to the system's random source on every
 * call: 5–6 µs each in headless Chromium here, against under 1 µs drawn from the pool, and every
 * invocation takes one for its request id.
 */
export function pooledRandomUuid(): () => string {
  const pool = new Uint8Array(POOL_BYTES);
  let next = POOL_BYTES;
  return () => {
    if (next === POOL_BYTES) {
      crypto.getRandomValues(pool);
      next = 0;
    }
    const at = next;
    next += 16;
    const h = (offset: number) => HEX[pool[at + offset]!]!;
    const version = HEX[(pool[at + 6]! & 0x0f) | 0x40]!;
    const variant = HEX[(pool[at + 8]! & 0x3f) | 0x80]!;
    return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${version}${h(7)}-${variant}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
  };
}

/** Random ids from the system's cryptographic random source (Node 20 and every current browser). */
export function randomIds(): IdSource {
  const uuid = pooledRandomUuid();
  return {
    requestId: uuid,
    streamHex: () => uuid().replaceAll('-', ''),
    uuid,
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
