// The page's layout: read once from its URL, narrow or wide as the window is, and presenter mode
// kept in step with the keyboard, with the layout chosen for the open workspace, and with the root
// element's class (which scales the type of the whole page).
import { useEffect, useState } from 'react';
import { savedPresenterChoice, savePresenterChoice, workspaceLibraryStore } from '../../store';
import { useView } from '../hooks/use-stores';
import { presenterLayoutOf } from './presenter-layouts';
import { useNarrowScreen } from './use-narrow-screen';
import type { KeyPress, ViewMode } from './view-mode';
import { appClassName, presenterAction, viewModeOf } from './view-mode';
import { setLayout, setPresenter, togglePanel, viewStore } from './view-store';
import './modes.css';
import './narrow.css';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('.monaco-editor') !== null
  );
}

function onKeyDown(e: KeyboardEvent): void {
  const press: KeyPress = {
    key: e.key,
    code: e.code,
    altKey: e.altKey,
    shiftKey: e.shiftKey,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    typing: isTyping(e.target),
  };
  const action = presenterAction(press, viewStore.getState().presenter);
  if (!action) return;
  e.preventDefault();
  if (action.type === 'toggle-presenter') setPresenter(!viewStore.getState().presenter);
  else if (action.type === 'toggle-panel') togglePanel(action.panel);
  else {
    setLayout(action.layout);
    // Not kept (storage full or off): the layout still shows; it is only not remembered.
    savePresenterChoice(workspaceLibraryStore.getState().currentId, action.layout);
  }
}

/** Shows the layout last chosen for `workspaceId`; with none chosen, what is on screen stays. */
function showSavedLayout(workspaceId: string): void {
  const saved = presenterLayoutOf(savedPresenterChoice(workspaceId));
  if (saved && saved !== viewStore.getState().layout) setLayout(saved);
}

/** The URL's view mode, whether the screen is narrow, and the app root's class name. */
export function useViewMode(): ViewMode & { narrow: boolean; className: string } {
  const [mode] = useState(() => viewModeOf(window.location.search, window.location.pathname));
  const narrow = useNarrowScreen();
  const presenter = useView((s) => s.presenter);
  const layout = useView((s) => s.layout);
  const hidden = useView((s) => s.hidden);
  useEffect(() => {
    // The embed has no presenter mode (nor its high-contrast theme).
    if (mode.embed) return;
    if (mode.present) setPresenter(true);
    // A link's layout is what its sender showed; without one, the workspace's own choice.
    if (mode.layout) setLayout(mode.layout);
    else showSavedLayout(workspaceLibraryStore.getState().currentId);
    const unsubscribe = workspaceLibraryStore.subscribe((state, previous) => {
      if (state.currentId !== previous.currentId) showSavedLayout(state.currentId);
    });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [mode]);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter && !mode.embed);
  }, [presenter, mode.embed]);
  return {
    ...mode,
    narrow,
    className: appClassName({ presenter: presenter && !mode.embed, narrow, layout }, hidden),
  };
}
