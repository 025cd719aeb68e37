// The header's Share button: makes a link to the open workspace, copies it, and shows it with its
// length (and a warning when it is too long to paste everywhere).
import { useState } from 'react';
import { Field } from '../forms/Field';
import { useShare } from '../hooks/use-stores';
import { createShareLink } from '../../store';
import { presenterLinkUrl } from '../layout/view-mode';
import { viewStore } from '../layout/view-store';
import './share.css';

type CopyState = 'copied' | 'refused' | null;

export function ShareButton() {
  const link = useShare((s) => s.link);
  const warning = useShare((s) => s.warning);
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>(null);

  async function share(): Promise<void> {
    // The link opens as the sharer presents: in presenter mode, in the same layout.
    const { presenter, layout } = viewStore.getState();
    const made = createShareLink(presenterLinkUrl(window.location.href, presenter, layout));
    setOpen(true);
    setCopy(null);
    try {
      await navigator.clipboard.writeText(made);
      setCopy('copied');
    } catch {
      // No permission or no secure context: the field below still holds the link to copy by hand.
      setCopy('refused');
    }
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void share()} aria-expanded={open}>
        Share
      </button>
      {open && link && (
        <div className="share-panel">
          <Field layout="inline" label="Share link">
            <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </Field>
          <p className="hint" data-testid="share-link-length">
            {link.length.toLocaleString('en-US')} characters · the scenario travels in the link
            itself (after #), never to a server
          </p>
          {warning && <p className="notice">{warning}</p>}
          <p role="status">
            {copy === 'copied' && 'Copied to the clipboard.'}
            {copy === 'refused' &&
              'The browser did not allow copying: select the link and copy it.'}
          </p>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
