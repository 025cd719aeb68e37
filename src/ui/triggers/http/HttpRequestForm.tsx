// The request builder: method, path, query, headers, cookies and a text, JSON or file body.
import { useState } from 'react';
import { bytesToBase64, ROUTE_METHODS } from '../../../triggers';
import { Field } from '../../forms/Field';
import type { BodyMode, RequestDraft } from './request-draft';
import { parseDraft } from './request-draft';
import type { HttpRequestSpec } from '../../../triggers';

interface Props {
  draft: RequestDraft;
  onDraft: (draft: RequestDraft) => void;
  onSend: (request: HttpRequestSpec) => void;
}

const METHODS = ROUTE_METHODS.filter((m) => m !== 'ANY');

export function HttpRequestForm({ draft, onDraft, onSend }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<RequestDraft>) => onDraft({ ...draft, ...change });

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    set({ fileBase64: bytesToBase64(bytes), fileName: file.name });
  };

  return (
    <form
      className="http-request"
      aria-label="HTTP request"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseDraft(draft);
        setProblem(parsed.ok ? null : parsed.problem);
        if (parsed.ok) onSend(parsed.request);
      }}
    >
      <div className="request-line">
        <select
          aria-label="Method"
          value={draft.method}
          onChange={(e) => set({ method: e.target.value })}
        >
          {METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
        <input
          className="mono"
          aria-label="Path"
          value={draft.path}
          onChange={(e) => set({ path: e.target.value })}
        />
        <input
          className="mono"
          aria-label="Query string"
          placeholder="a=1&b=2"
          value={draft.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <button type="submit" className="primary">
          Send
        </button>
      </div>
      <Field label='Headers (one "name: value" per line)'>
        <textarea
          className="mono"
          rows={2}
          value={draft.headers}
          onChange={(e) => set({ headers: e.target.value })}
        />
      </Field>
      <Field label="Cookies">
        <input
          className="mono"
          placeholder="session=abc; theme=dark"
          value={draft.cookies}
          onChange={(e) => set({ cookies: e.target.value })}
        />
      </Field>
      <Field label="Body">
        <select
          value={draft.bodyMode}
          onChange={(e) => set({ bodyMode: e.target.value as BodyMode })}
        >
          <option value="none">No body</option>
          <option value="text">Text</option>
          <option value="json">JSON</option>
          <option value="file">File (sent base64-encoded)</option>
        </select>
      </Field>
      {(draft.bodyMode === 'text' || draft.bodyMode === 'json') && (
        <textarea
          className="mono"
          aria-label="Request body"
          rows={3}
          value={draft.bodyText}
          onChange={(e) => set({ bodyText: e.target.value })}
        />
      )}
      {draft.bodyMode === 'file' && (
        <input
          type="file"
          aria-label="Body file"
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
