// Opens a share link the page was loaded with, asks before opening one put in the address later,
// then asks the learner what to do with it: keep it, discard it, or put it in place of their
// workspace. Nothing in it runs until they choose to (HoldNotice).
import { useEffect } from 'react';
import { useRunHold, useShare } from '../hooks/use-stores';
import {
  dismissShareProblem,
  ignoreArrivedLink,
  linkArrived,
  noticeSharedSave,
  openArrivedLink,
  openShareFragment,
  shareStore,
  workspaceLibraryStore,
} from '../../store';
import type { LinkOutcome } from '../../store';
import { DismissableProblem } from '../layout/DismissableProblem';
import { ArrivedLinkNotice } from './ArrivedLinkNotice';
import { HoldNotice } from './HoldNotice';
import { OpenedLinkNotice } from './OpenedLinkNotice';

/** The fragment of the link now open, which leaves the address bar once its workspace is saved. */
let openedHash: string | null = null;
// Once per page load: StrictMode runs effects twice, and reading the link takes a moment.
let addressRead = false;

/** Removes `hash` from the address (if it is still there) so a reload does not open it again. */
function dropFragment(hash: string | null): void {
  if (hash === null || window.location.hash !== hash) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** After opening: a link that could not be opened, or is saved, leaves; an unsaved one stays. */
function settle(hash: string, outcome: LinkOutcome): void {
  if (outcome === 'unsaved') openedHash = hash;
  if (outcome === 'problem' || outcome === 'saved') dropFragment(hash);
}

async function openFromAddress(): Promise<void> {
  if (addressRead) return;
  addressRead = true;
  const { hash } = window.location;
  settle(hash, await openShareFragment(hash));
}

async function openArrived(): Promise<void> {
  const hash = shareStore.getState().arrived;
  if (hash !== null) settle(hash, await openArrivedLink());
}

function ignoreArrived(): void {
  dropFragment(shareStore.getState().arrived);
  ignoreArrivedLink();
}

export function ShareLinkBanner() {
  const opened = useShare((s) => s.opened);
  const problem = useShare((s) => s.problem);
  const arrived = useShare((s) => s.arrived);
  const held = useRunHold((s) => s.hold !== null);

  useEffect(() => {
    void openFromAddress();
    // Another page can set this one's fragment as often as it likes: each link waits to be asked for.
    const onHashChange = () => linkArrived(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    // A later save (an edit's, or Save again) may be the first that storage takes.
    const stopWatching = workspaceLibraryStore.subscribe(noticeSharedSave);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      stopWatching();
    };
  }, []);

  useEffect(() => {
    if (opened?.saved) dropFragment(openedHash);
  }, [opened?.saved]);

  return (
    <>
      {problem && <DismissableProblem text={problem} onDismiss={dismissShareProblem} />}
      {(arrived !== null || opened || held) && (
        <div className="banner share-banner" role="region" aria-label="Shared scenario">
          {arrived !== null && (
            <ArrivedLinkNotice onOpen={() => void openArrived()} onIgnore={ignoreArrived} />
          )}
          {opened && <OpenedLinkNotice opened={opened} />}
          <HoldNotice />
        </div>
      )}
    </>
  );
}
