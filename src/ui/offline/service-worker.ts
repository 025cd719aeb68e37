// The service worker that keeps the app usable offline (scripts/offline-app.ts builds it), and
// what the page knows of it: whether a newer version of the app is waiting to take over.
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { createStore } from 'zustand/vanilla';

export interface OfflineState {
  /** A new deployment is installed and waits for the learner to reload. */
  updateWaiting: boolean;
}

export const offlineStore = createStore<OfflineState>(() => ({ updateWaiting: false }));

let activate: ((reloadPage?: boolean) => Promise<void>) | null = null;

/**
 * Registers the worker, once per page. Called after esbuild has loaded: the worker then fetches
 * the whole app to precache it (≈ 25 MB), which should not compete with the first load.
 */
export function registerServiceWorker(): void {
  if (activate || !('serviceWorker' in navigator)) return;
  activate = registerSW({
    immediate: true,
    onNeedRefresh: () => offlineStore.setState({ updateWaiting: true }),
    // Where workers are not allowed (a private window, a blocked registration) the app still
    // runs; it just needs the network next time, as it did before.
    onRegisterError: () => undefined,
  });
}

/** Lets the waiting version take over; the page reloads into it as soon as it has. */
export function reloadIntoNewVersion(): void {
  void activate?.(true);
}

export function dismissUpdate(): void {
  offlineStore.setState({ updateWaiting: false });
}
