// An embed shows the share link in its address (the tutorial's prepared scenario) without saving
// it or anything done to it: each view of the tutorial would otherwise add a workspace to the
// reader's library. The embed's link out carries any edits to the full app.
import { useEffect } from 'react';
import { useShare } from '../hooks/use-stores';
import { showShareFragmentUnsaved } from '../../store';

// Once per page load: StrictMode runs effects twice.
let linkRead = false;

/** Shows the address's share link once; returns why it could not be opened, if it could not. */
export function useEmbeddedLink(): string | null {
  useEffect(() => {
    if (linkRead) return;
    linkRead = true;
    void showShareFragmentUnsaved(window.location.hash);
  }, []);
  return useShare((s) => s.problem);
}
