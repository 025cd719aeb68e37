// The provided SDK packages inside an instance: each arrives as a script with the instance's code
// (scripts/aws-sdk-scripts.ts) and is evaluated on the handler's first require of it, so its
// module evaluation is part of INIT as on Lambda. A package built on another provided one gets the
// instance's own copy of it.
import { sdkDependenciesOf } from '../../../engine/functions/sdk-packages';
import type { SdkScript } from '../../protocol';
import {
  dependencyKey,
  SDK_DEPENDENCIES_PARAMETER,
  SDK_HOST_PARAMETER,
  SDK_SCRIPT_GLOBAL,
} from './script-contract';
import type { SdkHost } from './script-contract';

/** Where Lambda's Node.js runtime keeps a package of the SDK it ships. */
export function runtimePathOf(name: string): string {
  return `/var/runtime/node_modules/${name}/dist-cjs/index.js`;
}

/** Evaluates source as a script in the instance's realm (the worker's global eval). */
export type Evaluate = (source: string) => unknown;

type ScriptFactory = (host: SdkHost, dependencies: Record<string, unknown>) => unknown;

/** Returns a package's module, or undefined when its script was not sent. */
export function createSdkModules(
  scripts: readonly SdkScript[],
  host: SdkHost,
  evaluate: Evaluate,
): (name: string) => unknown {
  const sources = new Map(scripts.map((script) => [script.name, script.code]));
  const modules = new Map<string, unknown>();
  const load = (name: string): unknown => {
    if (modules.has(name)) return modules.get(name);
    const code = sources.get(name);
    if (code === undefined) return undefined;
    const dependencies: Record<string, unknown> = {};
    for (const dependency of sdkDependenciesOf(name)) {
      dependencies[dependencyKey(dependency)] = load(dependency);
    }
    // Stack traces through the SDK name it where Lambda's runtime keeps it, not the worker's URL.
    const factory = evaluate(
      `(function (${SDK_HOST_PARAMETER}, ${SDK_DEPENDENCIES_PARAMETER}) {\n${code}\nreturn ${SDK_SCRIPT_GLOBAL};\n})\n//# sourceURL=${runtimePathOf(name)}`,
    ) as ScriptFactory;
    const module = factory(host, dependencies);
    modules.set(name, module);
    return module;
  };
  return load;
}
