// React hooks for six of the stores (workspace, session, control, load, deliveries, timeline): each
// reads the slice its selector picks. Components read the other stores with zustand's useStore
// where they use them.
import { useStore } from 'zustand';
import type {
  ControlState,
  DeliveriesState,
  LoadState,
  SessionState,
  TimelineState,
  WorkspaceState,
} from '../../store';
import {
  controlStore,
  deliveriesStore,
  loadStore,
  sessionStore,
  timelineStore,
  workspaceStore,
} from '../../store';

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
