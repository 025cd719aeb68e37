// Saves the open workspace after each change, at once when the page goes away, and listens for
// other tabs saving to the same storage.
import {
  flushSave,
  hasUnsavedEdits,
  leaveCurrent,
  noticeOtherTab,
  refreshEntries,
  scheduleSave,
  workspaceLibraryStore,
} from './library-state';
import { isRecordKey, recordKey } from '../../workspace/library-storage';
import { workspaceStore } from './workspace-store';

/** Starts saving; returns the function that stops. */
export function startAutosave(): () => void {
  // Every field of the workspace store is the learner's work, so any change of one is saved.
  const unsubscribe = workspaceStore.subscribe(scheduleSave);
  // localStorage writes are synchronous, so a save made in `pagehide` is on disk before the page
  // is gone: a reload or a closed tab inside the pause keeps the last edit.
  const onPageHide = () => leaveCurrent();
  // When storage refused the last save (full, or none at all), leaving loses those edits: the
  // browser's own "leave site?" question gives the learner the chance to export or share first.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flushSave();
    if (hasUnsavedEdits()) event.preventDefault();
  };
  // The `storage` event fires in every other tab of the origin when one tab writes a key.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || isRecordKey(event.key)) refreshEntries();
    if (event.key === recordKey(workspaceLibraryStore.getState().currentId)) noticeOtherTab();
  };
  if (typeof addEventListener !== 'function') return unsubscribe;
  addEventListener('pagehide', onPageHide);
  addEventListener('beforeunload', onBeforeUnload);
  addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    removeEventListener('pagehide', onPageHide);
    removeEventListener('beforeunload', onBeforeUnload);
    removeEventListener('storage', onStorage);
  };
}
