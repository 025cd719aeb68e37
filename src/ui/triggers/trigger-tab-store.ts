// Which trigger tab is open: the UI's own store, so a view elsewhere on the page (the Architecture
// diagram) can open a resource's tab. Held as the tab's id text: a tab added to TriggerTabs needs
// nothing here.
import { createStore } from 'zustand/vanilla';

export interface TriggerTabState {
  active: string;
}

export const triggerTabStore = createStore<TriggerTabState>()(() => ({ active: 'test' }));

export function selectTriggerTab(id: string): void {
  triggerTabStore.setState({ active: id });
}
