// A Vite plugin: `virtual:sdk-types` is the type declarations of the AWS SDK packages the runtime
// provides (src/engine/functions/sdk-packages.ts), as a map from the path Monaco's TypeScript
// reads them at (`file:///node_modules/…`) to their text. Only the files those packages' types
// reach are in it (dts-closure.ts), made smaller (dts-minify.ts). The editor imports it lazily,
// when a file imports the SDK (src/ui/editor/sdk-language.ts), so it is a chunk of its own.
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { PROVIDED_SDK_PACKAGES } from '../src/engine/functions/sdk-packages.ts';
import { collectDtsClosure, splitSpecifier, type DtsClosure } from './dts-closure.ts';
import { minifyDeclarations, type JsDocKept } from './dts-minify.ts';

export const SDK_TYPES_ID = 'virtual:sdk-types';
const RESOLVED_ID = `\0${SDK_TYPES_ID}`;

/**
 * JSDoc cut to each comment's first paragraph: the description a learner reads on hover, at 2.6 MB
 * instead of the full reference's 5.8 MB (1.6 MB with none; docs/performance.md).
 */
const JSDOC_KEPT: JsDocKept = 'summary';

/** `/a/b/c.d.ts` seen from `/a/x`: `../b/c`, as a module specifier. */
function specifierFrom(fromDir: string, file: string): string {
  const path = relative(fromDir, file.replace(/\.d\.([cm]?)ts$/, ''))
    .split(sep)
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Monaco's TypeScript resolves packages as Node 10 did (`moduleResolution: node`, which reads
 * neither `exports` nor a package.json it is not given): `@smithy/core/protocols` from
 * `@smithy/core/protocols.d.ts`, a package from its `index.d.ts`. Where a package's types live
 * elsewhere (`dist-types/…`), a file there re-exports them.
 */
function redirects(closure: DtsClosure): Map<string, string> {
  const files = new Map<string, string>();
  for (const { packageDir, subpath, file } of closure.packageEntries.values()) {
    const lookedUp =
      subpath === '' ? join(packageDir, 'index.d.ts') : `${join(packageDir, subpath)}.d.ts`;
    if (lookedUp === file || closure.files.has(lookedUp)) continue;
    const target = JSON.stringify(specifierFrom(dirname(lookedUp), file));
    const text = closure.files.get(file) ?? '';
    // `export *` passes on every name but `default`.
    const hasDefault = /\bexport\s+default\b|\bas\s+default\b/.test(text);
    files.set(
      lookedUp,
      `export * from ${target};\n${hasDefault ? `export { default } from ${target};\n` : ''}`,
    );
  }
  return files;
}

/**
 * Where the packages the provided ones depend on (@smithy/types, @aws-sdk/core…) are put: in a
 * `node_modules` inside the provided packages' scope, which TypeScript's lookup passes on its way
 * up from their files but never from the learner's (`file:///<function>/…`). So the SDK's types
 * resolve, and an import of a package the runtime does not provide is flagged, as it fails at INIT.
 */
export const SDK_DEPENDENCIES_DIR = 'node_modules/@aws-sdk/node_modules';

/** `node_modules/@scope/name/…` → `@scope/name`. */
function topPackageOf(path: string): string {
  return splitSpecifier(path.slice('node_modules/'.length))[0];
}

/** The declaration files as Monaco reads them: `file:///node_modules/…` → text. */
export function sdkTypeFiles(
  root: string,
  packages: readonly string[] = PROVIDED_SDK_PACKAGES,
  jsDoc: JsDocKept = JSDOC_KEPT,
): Map<string, string> {
  if (!packages.every((name) => name.startsWith('@aws-sdk/'))) {
    throw new Error(`sdk-types: ${SDK_DEPENDENCIES_DIR} is seen only from @aws-sdk/ packages`);
  }
  const closure = collectDtsClosure(packages, root);
  const uriOf = (file: string) => {
    const path = relative(root, file).split(sep).join('/');
    if (!path.startsWith('node_modules/'))
      throw new Error(`sdk-types: ${file} is outside node_modules`);
    if (packages.includes(topPackageOf(path))) return `file:///${path}`;
    return `file:///${SDK_DEPENDENCIES_DIR}/${path.slice('node_modules/'.length)}`;
  };
  const typed = new Map<string, string>();
  for (const [file, text] of closure.files) typed.set(uriOf(file), minifyDeclarations(text, jsDoc));
  for (const [file, text] of redirects(closure)) typed.set(uriOf(file), text);
  return typed;
}

export function sdkTypes(): Plugin {
  let root = process.cwd();
  // Collected once per server or build: the packages change only with an install.
  let code: string | null = null;
  return {
    name: 'sdk-types',
    configResolved(config) {
      root = config.root;
    },
    resolveId: {
      filter: { id: new RegExp(`^${SDK_TYPES_ID}$`) },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: new RegExp(`^${RESOLVED_ID}$`) },
      handler() {
        code ??= `export default ${JSON.stringify(Object.fromEntries(sdkTypeFiles(root)))};\n`;
        return code;
      },
    },
  };
}
