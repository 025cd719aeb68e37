// Presenter mode's state: on or off, its named layout, and which panels are hidden for now (the
// layout's own, then whatever the presenter toggled on top of it).
import { createStore } from 'zustand/vanilla';
import type { PresenterLayoutId } from './presenter-layouts';
import { DEFAULT_PRESENTER_LAYOUT, hiddenPanelsOf } from './presenter-layouts';
import type { PanelName } from './view-mode';

export interface ViewState {
  presenter: boolean;
  layout: PresenterLayoutId;
  hidden: ReadonlySet<PanelName>;
}

export const viewStore = createStore<ViewState>()(() => ({
  presenter: false,
  layout: DEFAULT_PRESENTER_LAYOUT,
  hidden: hiddenPanelsOf(DEFAULT_PRESENTER_LAYOUT),
}));

export function setPresenter(presenter: boolean): void {
  viewStore.setState({ presenter });
}

/** Shows `layout`'s panels, forgetting the panels toggled by hand. */
export function setLayout(layout: PresenterLayoutId): void {
  viewStore.setState({ layout, hidden: hiddenPanelsOf(layout) });
}

export function togglePanel(panel: PanelName): void {
  viewStore.setState(({ hidden }) => {
    const next = new Set(hidden);
    if (!next.delete(panel)) next.add(panel);
    return { hidden: next };
  });
}
