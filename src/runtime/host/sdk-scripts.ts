// The provided SDK packages' scripts on the page: one chunk each (scripts/aws-sdk-scripts.ts),
// fetched the first time an instance's code names the package and kept for every later instance.
// A workspace whose code imports no SDK never loads one.
import type { SdkScript } from '../protocol';

type ScriptChunk = () => Promise<{ default: string }>;

// Literal specifiers, so the bundler makes each package a chunk of its own.
const CHUNKS: ReadonlyMap<string, ScriptChunk> = new Map<string, ScriptChunk>([
  ['@aws-sdk/client-s3', () => import('virtual:aws-sdk/client-s3')],
  ['@aws-sdk/client-sns', () => import('virtual:aws-sdk/client-sns')],
  ['@aws-sdk/client-sqs', () => import('virtual:aws-sdk/client-sqs')],
  ['@aws-sdk/client-lambda', () => import('virtual:aws-sdk/client-lambda')],
  ['@aws-sdk/client-dynamodb', () => import('virtual:aws-sdk/client-dynamodb')],
  ['@aws-sdk/util-dynamodb', () => import('virtual:aws-sdk/util-dynamodb')],
  ['@aws-sdk/lib-dynamodb', () => import('virtual:aws-sdk/lib-dynamodb')],
]);

const loaded = new Map<string, Promise<string>>();

function scriptOf(name: string): Promise<string> | null {
  const chunk = CHUNKS.get(name);
  if (chunk === undefined) return null;
  let script = loaded.get(name);
  if (script === undefined) {
    script = chunk().then((module) => module.default);
    // A failed fetch (offline before it was cached) is tried again next time.
    script.catch(() => loaded.delete(name));
    loaded.set(name, script);
  }
  return script;
}

export async function loadSdkScripts(names: readonly string[]): Promise<SdkScript[]> {
  const scripts: SdkScript[] = [];
  for (const name of names) {
    const code = await scriptOf(name);
    if (code !== null) scripts.push({ name, code });
  }
  return scripts;
}
