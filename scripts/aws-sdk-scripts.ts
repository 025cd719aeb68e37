// A Vite plugin: `virtual:aws-sdk/<package>` is one AWS SDK v3 package (the real `@aws-sdk/*`
// browser build) as the text of a classic script that an instance's worker evaluates when the
// handler first requires the package. Instances run in opaque-origin workers that can fetch
// nothing from the app, so the page sends the text with the instance's code (src/runtime/worker/aws-sdk/script-contract.ts
// says how the two meet). Each package is a
// chunk of its own, loaded only for a function that imports it.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { bundleClassicScript } from './classic-script.ts';
import type { ClassicScript } from './classic-script.ts';
import { runtimeLibraryAliases } from './runtime-libraries.ts';
import { PROVIDED_SDK_PACKAGES, sdkDependenciesOf } from '../src/engine/functions/sdk-packages.ts';
import {
  SDK_SCRIPT_GLOBAL,
  sdkDependencyGlobal,
} from '../src/runtime/worker/aws-sdk/script-contract.ts';

const PREFIX = 'virtual:aws-sdk/';
const ENTRY_PREFIX = '\0aws-sdk-entry:';

/** The script's entry: the package's exports, its client classes given Lambda's defaults. */
function entrySource(root: string, name: string): string {
  const glue = resolve(root, 'src/runtime/worker/aws-sdk/sdk-package-exports.ts');
  return [
    `import * as sdk from ${JSON.stringify(name)};`,
    `import { packageExports } from ${JSON.stringify(glue)};`,
    `export default packageExports(${JSON.stringify(name)}, sdk);`,
  ].join('\n');
}

/**
 * The browser build parses XML (S3's and SNS's responses) with DOMParser, which workers lack; the
 * package's own parser for Node, which Lambda's SDK uses, is plain JavaScript and runs anywhere.
 */
function workerXmlParser(): Plugin {
  const browserParser = /[\\/]@aws-sdk[\\/]xml-builder[\\/]dist-es[\\/]xml-parser\.browser\.js$/;
  return {
    name: 'aws-sdk-worker-xml-parser',
    load: (id) => (browserParser.test(id) ? "export { parseXML } from './xml-parser.js';\n" : null),
  };
}

export async function bundleSdkScript(
  root: string,
  name: string,
  target: string,
): Promise<ClassicScript> {
  const dependencies = sdkDependenciesOf(name);
  const entryId = `${ENTRY_PREFIX}${name}`;
  return bundleClassicScript({
    entry: entryId,
    target,
    name: SDK_SCRIPT_GLOBAL,
    // As in Node: a client's and an error's class keep their names (`S3Client`, `NoSuchKey`).
    keepNames: true,
    alias: runtimeLibraryAliases(),
    // Another provided package this one builds on (lib-dynamodb on client-dynamodb) is the
    // instance's own copy of it, passed in, so its classes and errors are the same objects.
    external: dependencies,
    globals: Object.fromEntries(
      dependencies.map((dependency) => [dependency, sdkDependencyGlobal(dependency)]),
    ),
    plugins: [
      workerXmlParser(),
      {
        name: 'aws-sdk-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) => (id === entryId ? entrySource(root, name) : null),
      },
    ],
  });
}

export function awsSdkScripts(): Plugin {
  let root = process.cwd();
  let target = 'es2022';
  const bundled = new Map<string, Promise<ClassicScript>>();
  return {
    name: 'aws-sdk-scripts',
    configResolved(config) {
      root = config.root;
      const wanted = config.build.target;
      if (typeof wanted === 'string' && wanted !== 'modules') target = wanted;
    },
    resolveId: {
      filter: { id: new RegExp(`^${PREFIX}`) },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: new RegExp(`^\\0${PREFIX}`) },
      async handler(id) {
        const name = `@aws-sdk/${id.slice(PREFIX.length + 1)}`;
        if (!PROVIDED_SDK_PACKAGES.includes(name))
          throw new Error(`aws-sdk-scripts: ${name} is not provided`);
        let script = bundled.get(name);
        if (script === undefined) {
          script = bundleSdkScript(root, name, target);
          bundled.set(name, script);
        }
        const { code, files } = await script.catch((error: unknown) => {
          bundled.delete(name);
          throw error;
        });
        for (const file of files)
          if (file.startsWith(resolve(root, 'src'))) this.addWatchFile(file);
        return `export default ${JSON.stringify(code)};\n`;
      },
    },
  };
}
