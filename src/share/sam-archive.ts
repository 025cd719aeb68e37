// The `.zip` of an export (template.yaml, README.md, each function's folder and test event) and
// the import of such a zip, a folder, or loose handler files back into a scenario.
import { strToU8, zipSync } from 'fflate';
import { parse, stringify } from 'yaml';
import type { ArchiveFiles } from './sam-files';
import { functionFiles, isSkippedPath } from './sam-files';
import { readLooseFiles } from './sam-loose';
import { scenarioFromTemplate } from './sam-read';
import { samReadme } from './sam-readme';
import { samTemplate } from './sam-template';
import type { SamScenario } from './sam-types';
import { samYamlTags } from './sam-yaml-tags';
import { IMPORT_LIMITS } from './import-limits';
import { readZip } from './zip-read';

export type SamImport = { ok: true; scenario: SamScenario } | { ok: false; message: string };

/** Every file of the export, by path. */
export function samArchiveFiles(scenario: SamScenario): ArchiveFiles {
  const files: ArchiveFiles = {
    // Long lines stay whole: folded code or URLs would be harder to read than a wide line.
    'template.yaml': stringify(samTemplate(scenario), { lineWidth: 0 }),
    'README.md': samReadme(scenario),
  };
  for (const fn of scenario.functions) Object.assign(files, functionFiles(fn));
  return files;
}

export function zipSamArchive(scenario: SamScenario): Uint8Array {
  const entries = Object.fromEntries(
    Object.entries(samArchiveFiles(scenario)).map(([path, text]) => [path, strToU8(text)]),
  );
  return zipSync(entries);
}

const TEMPLATE = /(?:^|\/)template\.ya?ml$/;

/**
 * A scenario from files by path: a SAM project (its template.yaml anywhere, the shallowest one
 * wins, paths read relative to its folder) or, without a template, loose handler files.
 */
export function readSamFiles(files: ArchiveFiles): SamImport {
  const kept = Object.entries(files).filter(([path]) => !isSkippedPath(path));
  const template = kept
    .filter(([path]) => TEMPLATE.test(path))
    .sort(([a], [b]) => a.split('/').length - b.split('/').length)[0];
  if (template === undefined) return readLooseFiles(files);
  const [templatePath, templateText] = template;
  const root = templatePath.slice(0, templatePath.lastIndexOf('/') + 1);
  const relative: ArchiveFiles = Object.fromEntries(
    kept
      .filter(([path]) => path.startsWith(root))
      .map(([path, text]) => [path.slice(root.length), text]),
  );
  let parsed: unknown;
  try {
    parsed = parse(templateText, { customTags: samYamlTags });
  } catch (error) {
    const reason = (error as Error).message;
    return { ok: false, message: `${templatePath} is not valid YAML: ${reason}` };
  }
  return scenarioFromTemplate(parsed, relative);
}

/**
 * A scenario from the bytes of a `.zip`, or a message saying why there is none. Only what an import
 * keeps is unpacked, under IMPORT_LIMITS, which stop a decompression bomb while it inflates.
 */
export function readSamZip(bytes: Uint8Array): SamImport {
  if (bytes.length > IMPORT_LIMITS.zipBytes) {
    return {
      ok: false,
      message: `The zip is larger than ${IMPORT_LIMITS.zipBytes / 1024 / 1024} MB.`,
    };
  }
  const read = readZip(bytes, IMPORT_LIMITS, (path) => !isSkippedPath(path));
  if (!read.ok) return { ok: false, message: read.message };
  const text = new TextDecoder();
  return readSamFiles(
    Object.fromEntries([...read.files].map(([p, data]) => [p, text.decode(data)])),
  );
}
