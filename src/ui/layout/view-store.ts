// Presenter mode's state: on or off, and which panels the presenter has hidden for now.
import { createStore } from 'zustand/vanilla';
import type { PanelName } from './view-mode';

export interface ViewState {
  presenter: boolean;
  hidden: ReadonlySet<PanelName>;
}

export const viewStore = createStore<ViewState>()(() => ({ presenter: false, hidden: new Set() }));

export function setPresenter(presenter: boolean): void {
  viewStore.setState({ presenter });
}

export function togglePanel(panel: PanelName): void {
  viewStore.setState(({ hidden }) => {
    const next = new Set(hidden);
    if (!next.delete(panel)) next.add(panel);
    return { hidden: next };
  });
}
