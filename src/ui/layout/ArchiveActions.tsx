// Export the workspace as a SAM project `.zip` ready for `sam deploy`, and import one (or a
// folder, or handler files) as a new workspace; what happened is said below the buttons.
import { useRef, useState } from 'react';
import type { ImportOutcome, PickedFile } from '../../store';
import { exportWorkspaceArchive, IMPORT_LIMITS_TEXT, importPickedFiles } from '../../store';
import { saveFile } from '../download';

type Message = { kind: 'status' | 'alert'; text: string } | null;

/** The picked files, read only once their sizes have passed the import's limits. */
function pickedFiles(list: FileList): PickedFile[] {
  return [...list].map((file) => ({
    path: file.webkitRelativePath || file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  }));
}

function outcomeMessage(outcome: ImportOutcome): Message {
  if (!outcome.ok) return { kind: 'alert', text: outcome.message };
  const notes = outcome.notes.length > 0 ? ` ${outcome.notes.join(' ')}` : '';
  return { kind: 'status', text: `Opened “${outcome.name}” as a new workspace.${notes}` };
}

export function ArchiveActions() {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);

  const run = async (work: () => Promise<Message>) => {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ kind: 'alert', text: `Something went wrong: ${String(error)}` });
    } finally {
      setBusy(false);
    }
  };
  const onExport = () =>
    run(async () => {
      const { fileName, bytes } = await exportWorkspaceArchive();
      saveFile(fileName, bytes, 'application/zip');
      return {
        kind: 'status',
        text: `Downloaded ${fileName}: unzip it, then sam build and sam deploy --guided.`,
      };
    });
  const onPick = (input: HTMLInputElement) => {
    const list = input.files;
    if (!list || list.length === 0) return;
    void run(async () => outcomeMessage(await importPickedFiles(pickedFiles(list))));
    input.value = '';
  };

  return (
    <section className="panel archive" aria-label="Export and import">
      <div className="archive-buttons">
        <button
          type="button"
          onClick={() => void onExport()}
          disabled={busy}
          title="Download a SAM project (.zip) for AWS"
        >
          Export
        </button>
        <button
          type="button"
          onClick={() => filesInput.current?.click()}
          disabled={busy}
          title="Open a SAM project (.zip) or handler files as a new workspace"
        >
          Import
        </button>
        <button
          type="button"
          onClick={() => folderInput.current?.click()}
          disabled={busy}
          title="Open a folder of handler files as a new workspace"
        >
          Import folder
        </button>
        <input
          ref={filesInput}
          type="file"
          hidden
          accept=".zip,.js,.mjs,.cjs,.ts,.mts,.cts,.json,.py"
          multiple
          onChange={(e) => onPick(e.currentTarget)}
        />
        <input
          ref={(el) => {
            folderInput.current = el;
            if (el) el.webkitdirectory = true;
          }}
          type="file"
          hidden
          onChange={(e) => onPick(e.currentTarget)}
        />
      </div>
      <p className="hint" data-testid="import-limits">
        {IMPORT_LIMITS_TEXT}
      </p>
      {message && (
        <p role={message.kind} className={message.kind === 'alert' ? 'archive-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
