// Which of a page's scripts are the AWS SDK's: the provided packages' chunks (one per package,
// named after it by the build, e.g. assets/client-s3-BKe3tkOS.js) and the editor's chunk of their
// type declarations (assets/_virtual_sdk-types-….js). firstLoad is measured on the default
// workspace, which imports no SDK, so none of them may be in it.
import { PROVIDED_SDK_PACKAGES } from '../src/engine/functions/sdk-packages';

const NAMES = [...PROVIDED_SDK_PACKAGES.map((name) => name.replace('@aws-sdk/', '')), 'sdk-types'];

/** Rollup's chunk names: the module's name, `-`, an 8-character hash, `.js`. */
const SDK_CHUNK = new RegExp(`^(?:_virtual_)?(?:${NAMES.join('|')})-[\\w-]{8}\\.js$`);

/** The URLs or paths among `scripts` whose file is an SDK chunk. */
export function sdkChunks(scripts: readonly string[]): string[] {
  return scripts.filter((script) => SDK_CHUNK.test(script.slice(script.lastIndexOf('/') + 1)));
}
