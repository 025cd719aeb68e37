// The page's layout, read once from its URL, and presenter mode kept in step with the keyboard
// and with the root element's class (which scales the type of the whole page).
import { useEffect, useState } from 'react';
import { useView } from '../hooks/use-stores';
import type { KeyPress, ViewMode } from './view-mode';
import { appClassName, presenterAction, viewModeOf } from './view-mode';
import { setPresenter, togglePanel, viewStore } from './view-store';
import './modes.css';

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
  else togglePanel(action.panel);
}

/** The URL's view mode and the app root's class name. */
export function useViewMode(): ViewMode & { className: string } {
  const [mode] = useState(() => viewModeOf(window.location.search, window.location.pathname));
  const presenter = useView((s) => s.presenter);
  const hidden = useView((s) => s.hidden);
  useEffect(() => {
    // The embed has no presenter mode (nor its high-contrast theme).
    if (mode.embed) return;
    if (mode.present) setPresenter(true);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [mode]);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter && !mode.embed);
  }, [presenter, mode.embed]);
  return { ...mode, className: appClassName(presenter && !mode.embed, hidden) };
}
