// Evaluates libraries.ts (and the packages under it) on first call. The runtime script is one
// classic script in which every imported module runs at start; a `require()` is the one import the
// bundler (Rolldown) keeps in place, wrapping the required modules in a function it calls there.
// Vitest, which runs these sources unbundled, uses libraries-eager.ts instead (vite.config.ts).
import type * as Libraries from './libraries';

declare const require: (id: string) => unknown;

let loaded: typeof Libraries | undefined;

export function libraries(): typeof Libraries {
  loaded ??= require('./libraries') as typeof Libraries;
  return loaded;
}
