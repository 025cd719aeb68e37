// Share links in the store: the link for the open workspace, and a link opened as a workspace of
// its own, which the learner then keeps, discards or puts in place of the one they had open. A
// link runs nothing when it opens (run-hold.ts), and one that arrives while the page is open waits
// for the learner to ask for it.
import { createStore } from 'zustand/vanilla';
import { linkLengthWarning, readShareFragment, shareTextOf, shareUrl } from '../../share';
import { controlStore } from '../platform/control-store';
import { lessonToShare, showSharedLesson } from '../lessons/lessons-share';
import { handOverLessonWorkspace } from '../lessons/lessons-store';
import { holdScenario, runHeldScenario } from '../platform/run-hold';
import { setSpeed } from '../platform/sim-clock';
import {
  currentEntry,
  currentWorkspace,
  isSavedWorkspace,
  isViewOnly,
  refreshEntries,
  saveCurrent,
  showUnsavedWorkspace,
  workspaceLibraryStore,
} from './library-state';
import { deleteWorkspace, openAsNewWorkspace, renameWorkspace, switchWorkspace } from './library';
import type { OpenedScenario } from '../../workspace/share-link';
import { scenarioOf, workspaceOf } from '../../workspace/share-link';

export interface OpenedLink {
  /** The workspace the link was opened as. */
  id: string;
  /** The workspace open before, which Discard goes back to and Replace puts the link's in place of. */
  previousId: string;
  previousSpeed: number;
  /**
   * Whether storage holds the link's workspace. Until it does (storage full), the link stays in
   * the address bar, so a reload still has it.
   */
  saved: boolean;
}

export interface ShareState {
  /** The link made by the last Share, and a warning when it is too long to travel well. */
  link: string | null;
  warning: string | null;
  opened: OpenedLink | null;
  /** Why the link the page was opened with could not be opened. */
  problem: string | null;
  /**
   * A link put in the address while the page was open (a `hashchange`: pasted, or set by another
   * page that opened this one). Only the newest waits, and it opens only when the learner asks.
   */
  arrived: string | null;
}

export const shareStore = createStore<ShareState>()(() => ({
  link: null,
  warning: null,
  opened: null,
  problem: null,
  arrived: null,
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
async function readLink(hash: string): Promise<LinkReading> {
  const decoded = await readShareFragment(hash);
  if (!decoded) return { kind: 'none' };
  const opened = decoded.ok ? workspaceOf(decoded.scenario) : decoded;
  if (!opened.ok) {
    shareStore.setState({ problem: `${opened.problem} Your own work is open instead.` });
    return { kind: 'problem' };
  }
  return { kind: 'scenario', opened, lesson: decoded.ok ? decoded.scenario.lesson : undefined };
}

/**
 * What opening a fragment did: `none` (no share link in it), `problem` (told to the learner),
 * `saved` (opened and in storage) or `unsaved` (opened, but storage refused it). The fragment may
 * leave the address bar after `problem` and `saved`; after `unsaved` it is the only copy.
 */
export type LinkOutcome = 'none' | 'problem' | 'saved' | 'unsaved';

/**
 * Opens the scenario of a page's fragment (`location.hash`) as a new workspace, held; the one open
 * before is saved first and stays as it was.
 */
export async function openShareFragment(hash: string): Promise<LinkOutcome> {
  const link = await readLink(hash);
  if (link.kind !== 'scenario') return link.kind;
  const { opened, lesson } = link;
  const previousId = workspaceLibraryStore.getState().currentId;
  const previousSpeed = controlStore.getState().speed;
  const name = `Shared: ${opened.workspace.functions[0]!.config.name}`;
  const id = openAsNewWorkspace(opened.workspace, name, 'link');
  // Opened held as a kept link would be; what the link itself asks for (its speed) is offered.
  holdScenario('link', opened.workspace, opened.speed);
  const problem = lesson === undefined ? null : showSharedLesson(lesson);
  const saved = isSavedWorkspace(id);
  shareStore.setState({ opened: { id, previousId, previousSpeed, saved }, problem });
  return saved ? 'saved' : 'unsaved';
}

/**
 * A link put in the address while the page is open waits for the learner (openArrivedLink):
 * another page can set this page's fragment as often as it likes. Only the newest waits. Returns
 * false for fragments that are not share links (a lesson's, say), which are left to others.
 */
export function linkArrived(hash: string): boolean {
  if (shareTextOf(hash) === null) return false;
  shareStore.setState({ arrived: hash });
  return true;
}

/** The learner asked for the link that arrived: it opens as any link does. */
export async function openArrivedLink(): Promise<LinkOutcome> {
  const { arrived } = shareStore.getState();
  if (arrived === null) return 'none';
  shareStore.setState({ arrived: null });
  return openShareFragment(arrived);
}

export function ignoreArrivedLink(): void {
  shareStore.setState({ arrived: null });
}

/**
 * After a save that storage refused, a later one (an edit's, or Save again) may succeed: the
 * opened link is then saved, and its fragment may go.
 */
export function noticeSharedSave(): void {
  const { opened } = shareStore.getState();
  if (opened && !opened.saved && isSavedWorkspace(opened.id)) {
    shareStore.setState({ opened: { ...opened, saved: true } });
  }
}

/** Saves the unsaved link's workspace again (after the learner freed some storage). */
export function saveSharedAgain(): void {
  const { opened } = shareStore.getState();
  if (!opened || opened.saved || currentEntry()?.id !== opened.id) return;
  // The first write never landed, so there is no newer revision to respect: this writes it whole.
  saveCurrent();
  noticeSharedSave();
}

/**
 * An embed's link: the scenario is shown, held, and nothing is saved (showUnsavedWorkspace says
 * why); a link that cannot be opened leaves the learner's open workspace showing, also unsaved.
 */
export async function showShareFragmentUnsaved(hash: string): Promise<void> {
  const link = await readLink(hash);
  if (link.kind !== 'scenario') return;
  showUnsavedWorkspace(link.opened.workspace);
  holdScenario('embed', link.opened.workspace, link.opened.speed);
}

/** Run this scenario: the held speed, schedules and pollers apply, for the rest of this session. */
export function runThisScenario(): void {
  runHeldScenario(isViewOnly() ? null : workspaceLibraryStore.getState().currentId);
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
  // A link storage refused has no record to delete: it only leaves the list.
  if (opened.saved) deleteWorkspace(opened.id);
  else refreshEntries();
  shareStore.setState({ opened: null });
}

/**
 * The link's workspace takes the place (and name) of the one open before, which is deleted with
 * Undo available, so even this choice loses nothing for good by a slip. Not while the link's
 * workspace is unsaved: the one it would replace is the learner's only saved copy.
 */
export function replaceWithSharedWorkspace(): void {
  const { opened } = shareStore.getState();
  const previous = workspaceLibraryStore
    .getState()
    .entries.find((e) => e.id === opened?.previousId);
  if (!opened?.saved || !previous || currentEntry()?.id !== opened.id) return;
  renameWorkspace(opened.id, previous.name);
  deleteWorkspace(previous.id);
  handOverLessonWorkspace(previous.id, opened.id);
  shareStore.setState({ opened: null });
}

export function dismissShareProblem(): void {
  shareStore.setState({ problem: null });
}
