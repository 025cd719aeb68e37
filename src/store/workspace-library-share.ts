// Share links in the store: the link for the open workspace, and a link opened as a workspace of
// its own, which the learner then keeps, discards or puts in place of the one they had open.
import { createStore } from 'zustand/vanilla';
import { linkLengthWarning, readShareFragment, shareUrl } from '../share';
import { controlStore } from './control-store';
import { lessonToShare, showSharedLesson } from './lessons-share';
import { handOverLessonWorkspace } from './lessons-store';
import { setSpeed } from './playground';
import { currentEntry, currentWorkspace, showUnsavedWorkspace } from './workspace-library-state';
import {
  deleteWorkspace,
  openAsNewWorkspace,
  renameWorkspace,
  switchWorkspace,
  workspaceLibraryStore,
} from './workspace-library';
import type { OpenedScenario } from './workspace-library-link';
import { scenarioOf, workspaceOf } from './workspace-library-link';

export interface OpenedLink {
  /** The workspace the link was opened as. */
  id: string;
  /** The workspace open before, which Discard goes back to and Replace puts the link's in place of. */
  previousId: string;
  previousSpeed: number;
}

export interface ShareState {
  /** The link made by the last Share, and a warning when it is too long to travel well. */
  link: string | null;
  warning: string | null;
  opened: OpenedLink | null;
  /** Why the link the page was opened with could not be opened. */
  problem: string | null;
}

export const shareStore = createStore<ShareState>()(() => ({
  link: null,
  warning: null,
  opened: null,
  problem: null,
}));

/** The link to the open workspace as it is now, at the current speed (and lesson), from `pageUrl`. */
export function createShareLink(pageUrl: string): string {
  const scenario = scenarioOf(currentWorkspace(), controlStore.getState().speed);
  const lesson = lessonToShare();
  const link = shareUrl(pageUrl, lesson === undefined ? scenario : { ...scenario, lesson });
  shareStore.setState({ link, warning: linkLengthWarning(link.length) });
  return link;
}

type LinkReading =
  | { kind: 'none' }
  | { kind: 'problem' }
  | { kind: 'scenario'; opened: Extract<OpenedScenario, { ok: true }>; lesson?: number };

/** The fragment's link read as a workspace; a link that cannot be opened is told to the learner. */
function readLink(hash: string): LinkReading {
  const decoded = readShareFragment(hash);
  if (!decoded) return { kind: 'none' };
  const opened = decoded.ok ? workspaceOf(decoded.scenario) : decoded;
  if (!opened.ok) {
    shareStore.setState({ problem: `${opened.problem} Your own work is open instead.` });
    return { kind: 'problem' };
  }
  return { kind: 'scenario', opened, lesson: decoded.ok ? decoded.scenario.lesson : undefined };
}

/**
 * Opens the scenario of a page's fragment (`location.hash`) as a new workspace; the one open
 * before is saved first and stays as it was. Returns whether the fragment held a link at all.
 */
export function openShareFragment(hash: string): boolean {
  const link = readLink(hash);
  if (link.kind !== 'scenario') return link.kind === 'problem';
  const { opened, lesson } = link;
  const previousId = workspaceLibraryStore.getState().currentId;
  const previousSpeed = controlStore.getState().speed;
  const name = `Shared: ${opened.workspace.functions[0]!.config.name}`;
  const id = openAsNewWorkspace(opened.workspace, name);
  if (opened.speed !== previousSpeed) setSpeed(opened.speed);
  const problem = lesson === undefined ? null : showSharedLesson(lesson);
  shareStore.setState({ opened: { id, previousId, previousSpeed }, problem });
  return true;
}

/**
 * An embed's link: the scenario is shown and nothing is saved (showUnsavedWorkspace says why);
 * a link that cannot be opened leaves the learner's open workspace showing, also unsaved.
 */
export function showShareFragmentUnsaved(hash: string): void {
  const link = readLink(hash);
  if (link.kind !== 'scenario') return;
  showUnsavedWorkspace(link.opened.workspace);
  if (link.opened.speed !== controlStore.getState().speed) setSpeed(link.opened.speed);
}

export function keepSharedWorkspace(): void {
  shareStore.setState({ opened: null });
}

/** Back to the workspace open before the link; the link's goes (Undo can bring it back). */
export function discardSharedWorkspace(): void {
  const { opened } = shareStore.getState();
  if (!opened) return;
  switchWorkspace(opened.previousId);
  if (controlStore.getState().speed !== opened.previousSpeed) setSpeed(opened.previousSpeed);
  deleteWorkspace(opened.id);
  shareStore.setState({ opened: null });
}

/**
 * The link's workspace takes the place (and name) of the one open before, which is deleted with
 * Undo available, so even this choice loses nothing for good by a slip.
 */
export function replaceWithSharedWorkspace(): void {
  const { opened } = shareStore.getState();
  const previous = workspaceLibraryStore
    .getState()
    .entries.find((e) => e.id === opened?.previousId);
  if (!opened || !previous || currentEntry()?.id !== opened.id) return;
  renameWorkspace(opened.id, previous.name);
  deleteWorkspace(previous.id);
  handOverLessonWorkspace(previous.id, opened.id);
  shareStore.setState({ opened: null });
}

export function dismissShareProblem(): void {
  shareStore.setState({ problem: null });
}
