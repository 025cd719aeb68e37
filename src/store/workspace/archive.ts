// Export the open workspace as a SAM project `.zip`, and import one (or a folder, or loose
// handler files) as a new workspace. The zip and YAML code loads on first use, not with the page.
import { readSamFilesOffThread, readSamZipOffThread } from '../../share';
import type { PickedFile } from '../../workspace/picked-files';
import { filesToRead, isZip, readFiles } from '../../workspace/picked-files';
import { openAsNewWorkspace } from './library';
import { currentEntry } from './library-state';
import { samScenarioOf, workspaceOfSam } from '../../workspace/sam';
import { workspaceStore } from './workspace-store';

export type ImportOutcome =
  { ok: true; name: string; notes: string[] } | { ok: false; message: string };

/** `My Workspace 2` → `my-workspace-2`, safe as a file name anywhere. */
function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workspace'
  );
}

export async function exportWorkspaceArchive(): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { zipSamArchive } = await import('../../share/sam-archive');
  const name = currentEntry()?.name ?? 'workspace';
  const bytes = zipSamArchive(samScenarioOf(workspaceStore.getState()));
  return { fileName: `${fileSlug(name)}-sam.zip`, bytes };
}

/** The new workspace's name: the zip's or the folder's, else the first function's. */
function importedName(files: PickedFile[], functionName: string): string {
  const first = files[0]!.path;
  if (files.length === 1 && /\.zip$/i.test(first)) return first.replace(/(?:-sam)?\.zip$/i, '');
  const slash = first.indexOf('/');
  return slash > 0 ? first.slice(0, slash) : functionName;
}

/**
 * Opens the picked files as a new workspace; the open one is saved first and stays as it was.
 * Sizes are checked before reading, and the reading (unzipping, YAML) happens in a worker.
 */
export async function importPickedFiles(files: PickedFile[]): Promise<ImportOutcome> {
  if (files.length === 0) return { ok: false, message: 'No files were picked.' };
  const toRead = filesToRead(files);
  if (typeof toRead === 'string') return { ok: false, message: `Nothing was imported: ${toRead}` };
  const bytes = await readFiles(toRead);
  const read = isZip(files)
    ? await readSamZipOffThread(bytes[0]!.bytes)
    : await readSamFilesOffThread(bytes);
  if (!read.ok) return { ok: false, message: `Nothing was imported: ${read.message}` };
  const opened = workspaceOfSam(read.scenario);
  if (!opened.ok) return { ok: false, message: `Nothing was imported: ${opened.message}` };
  openAsNewWorkspace(
    opened.workspace,
    importedName(files, read.scenario.functions[0]!.name),
    'import',
  );
  return { ok: true, name: currentEntry()?.name ?? '', notes: opened.notes };
}
