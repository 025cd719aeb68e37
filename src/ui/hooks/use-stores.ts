// React bindings for the stores: components read state only through these hooks, never with
// zustand's useStore, so a store's shape is read in one way and this file lists what the UI reads.
import { useStore } from 'zustand';
import type { ExtractState } from 'zustand/vanilla';
import type {
  ControlState,
  DeliveriesState,
  EventBridgeState,
  FargateState,
  LoadState,
  ObservedCalls,
  PubSubLiveState,
  PubSubState,
  SessionState,
  ShareState,
  TablesState,
  TimelineState,
  WebFunctionsState,
  WorkspaceLibraryState,
  WorkspaceState,
} from '../../store';
import {
  controlStore,
  crashStore,
  deliveriesStore,
  eventBridgeStore,
  fargateStore,
  httpHistoryStore,
  loadStore,
  observedCallsStore,
  pubsubLiveStore,
  pubsubStore,
  runHoldStore,
  s3ObjectStore,
  sessionStore,
  shareStore,
  tablesStore,
  timelineStore,
  webFunctionStore,
  workspaceLibraryStore,
  workspaceStore,
} from '../../store';
import type { ThemeState } from '../theme/theme-store';
import { themeStore } from '../theme/theme-store';
import type { ViewState } from '../layout/view-store';
import { viewStore } from '../layout/view-store';
import type { TriggerTabState } from '../triggers/trigger-tab-store';
import { triggerTabStore } from '../triggers/trigger-tab-store';
import type { OfflineState } from '../offline/service-worker';
import { offlineStore } from '../offline/service-worker';

export function useTables<T>(select: (state: TablesState) => T): T {
  return useStore(tablesStore, select);
}

export function useWorkspace<T>(select: (state: WorkspaceState) => T): T {
  return useStore(workspaceStore, select);
}

export function useSession<T>(select: (state: SessionState) => T): T {
  return useStore(sessionStore, select);
}

export function useControl<T>(select: (state: ControlState) => T): T {
  return useStore(controlStore, select);
}

export function useLoad<T>(select: (state: LoadState) => T): T {
  return useStore(loadStore, select);
}

export function useDeliveries<T>(select: (state: DeliveriesState) => T): T {
  return useStore(deliveriesStore, select);
}

export function useTimeline<T>(select: (state: TimelineState) => T): T {
  return useStore(timelineStore, select);
}

/** The saved workspaces (the switcher, the recovery screen, a shared link's notices). */
export function useWorkspaceLibrary<T>(select: (state: WorkspaceLibraryState) => T): T {
  return useStore(workspaceLibraryStore, select);
}

export function useShare<T>(select: (state: ShareState) => T): T {
  return useStore(shareStore, select);
}

export function useRunHold<T>(select: (state: ExtractState<typeof runHoldStore>) => T): T {
  return useStore(runHoldStore, select);
}

export function useCrash<T>(select: (state: ExtractState<typeof crashStore>) => T): T {
  return useStore(crashStore, select);
}

export function usePubSub<T>(select: (state: PubSubState) => T): T {
  return useStore(pubsubStore, select);
}

export function usePubSubLive<T>(select: (state: PubSubLiveState) => T): T {
  return useStore(pubsubLiveStore, select);
}

export function useHttpHistory<T>(select: (state: ExtractState<typeof httpHistoryStore>) => T): T {
  return useStore(httpHistoryStore, select);
}

export function useS3Objects<T>(select: (state: ExtractState<typeof s3ObjectStore>) => T): T {
  return useStore(s3ObjectStore, select);
}

/** Presenter mode (the UI's own store, src/ui/layout/view-store.ts). */
export function useView<T>(select: (state: ViewState) => T): T {
  return useStore(viewStore, select);
}

/** Whether a new version of the app waits (the UI's own store, src/ui/offline/service-worker.ts). */
export function useOffline<T>(select: (state: OfflineState) => T): T {
  return useStore(offlineStore, select);
}

export function useEventBridge<T>(select: (state: EventBridgeState) => T): T {
  return useStore(eventBridgeStore, select);
}

/** The open trigger tab (the UI's own store, src/ui/triggers/trigger-tab-store.ts). */
export function useTriggerTab<T>(select: (state: TriggerTabState) => T): T {
  return useStore(triggerTabStore, select);
}

export function useObservedCalls<T>(select: (state: ObservedCalls) => T): T {
  return useStore(observedCallsStore, select);
}

/** The theme's choice and the system's setting (the page's theme itself: useTheme). */
export function useThemeState<T>(select: (state: ThemeState) => T): T {
  return useStore(themeStore, select);
}

/** The web apps' ECS services as they run (tasks, logs, bill). */
export function useFargate<T>(select: (state: FargateState) => T): T {
  return useStore(fargateStore, select);
}

/** The web apps' Lambda Web Functions as they run (environments, logs, bill). */
export function useWebFunctions<T>(select: (state: WebFunctionsState) => T): T {
  return useStore(webFunctionStore, select);
}
