// An embed opens the share link in its address (the tutorial's prepared scenario) the way the full
// app does, as a workspace of its own, but keeps it without asking: an embed has no room for the
// keep / discard question, and the learner's own workspaces stay untouched either way.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { keepSharedWorkspace, openShareFragment, shareStore } from '../../store';

// Once per page load: StrictMode runs effects twice, and each opening would add a workspace.
let linkRead = false;

/** Opens the address's share link once; returns why it could not be opened, if it could not. */
export function useEmbeddedLink(): string | null {
  useEffect(() => {
    if (linkRead) return;
    linkRead = true;
    if (openShareFragment(window.location.hash)) keepSharedWorkspace();
  }, []);
  return useStore(shareStore, (s) => s.problem);
}
