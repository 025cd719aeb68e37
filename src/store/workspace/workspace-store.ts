// The workspace store: the learner's functions, files, settings and test events, as edited.
import { createStore } from 'zustand/vanilla';
import type { FunctionConfig, Runtime } from '../../engine';
import { withoutFunction } from '../../workspace/pubsub-drafts';
import { deleteFile, renameFile } from '../../workspace/files';
import type {
  BucketDraft,
  EventBusDraft,
  FunctionDraft,
  HttpTriggerConfig,
  LoadDraft,
  QueueDraft,
  ScheduleDraft,
  ServiceDraft,
  TopicDraft,
  Workspace,
} from '../../workspace/model';
import { createFunctionDraft, defaultWorkspace } from '../../workspace/model';
import { ownValue } from '../../workspace/own-key';
import { newServiceDraft } from '../../workspace/service-drafts';

/** The open workspace; workspace-library.ts loads it, saves it and swaps it for another. */
export type WorkspaceState = Workspace;

export const workspaceStore = createStore<WorkspaceState>()(defaultWorkspace);

export function selectedFunction(state: WorkspaceState = workspaceStore.getState()): FunctionDraft {
  return state.functions.find((fn) => fn.id === state.selectedId) ?? state.functions[0]!;
}

/** The web app open in the editor, or null when a function is. */
export function selectedService(
  state: WorkspaceState = workspaceStore.getState(),
): ServiceDraft | null {
  const id = state.selectedServiceId;
  return (id && state.services?.find((app) => app.id === id)) || null;
}

function updateService(id: string, change: (app: ServiceDraft) => ServiceDraft): void {
  workspaceStore.setState((state) => ({
    services: (state.services ?? []).map((app) => (app.id === id ? change(app) : app)),
  }));
}

function updateFunction(id: string, change: (fn: FunctionDraft) => FunctionDraft): void {
  workspaceStore.setState((state) => ({
    functions: state.functions.map((fn) => (fn.id === id ? change(fn) : fn)),
  }));
}

export const workspaceActions = {
  selectFunction(id: string): void {
    workspaceStore.setState({ selectedId: id, selectedServiceId: null });
  },
  /** A new web app (a Node.js HTTP server run as a Fargate service), open in the editor. */
  addService(): ServiceDraft {
    const services = workspaceStore.getState().services ?? [];
    const draft = newServiceDraft(services);
    workspaceStore.setState({ services: [...services, draft], selectedServiceId: draft.id });
    return draft;
  },
  selectService(id: string): void {
    workspaceStore.setState({ selectedServiceId: id });
  },
  removeService(id: string): void {
    const { services = [], selectedServiceId } = workspaceStore.getState();
    workspaceStore.setState({
      services: services.filter((app) => app.id !== id),
      selectedServiceId: selectedServiceId === id ? null : selectedServiceId,
    });
  },
  /** The web app's settings, as typed (checked when it deploys). */
  setService(id: string, change: Partial<Omit<ServiceDraft, 'id' | 'files'>>): void {
    updateService(id, (app) => ({ ...app, ...change }));
  },
  editServiceFile(id: string, path: string, content: string): void {
    updateService(id, (app) =>
      ownValue(app.files, path) === content
        ? app
        : { ...app, files: { ...app.files, [path]: content } },
    );
  },
  /** A new function on `runtime` (Node.js when not given), selected for editing. */
  addFunction(runtime?: Runtime): FunctionDraft {
    const { functions } = workspaceStore.getState();
    const taken = new Set(functions.map((fn) => fn.id));
    const names = new Set(functions.map((fn) => fn.config.name));
    let n = functions.length + 1;
    while (taken.has(`fn-${n}`) || names.has(`function-${n}`)) n += 1;
    const draft = createFunctionDraft(`fn-${n}`, `function-${n}`, runtime);
    workspaceStore.setState({ functions: [...functions, draft], selectedId: draft.id });
    return draft;
  },
  removeFunction(id: string): void {
    const { functions, selectedId } = workspaceStore.getState();
    if (functions.length <= 1) return;
    const rest = functions.filter((fn) => fn.id !== id);
    // Routes to the removed function go with it; the function URL moves to the first function.
    const { http } = workspaceStore.getState();
    const routes = http.routes.filter((route) => route.functionId !== id);
    const { schedules, buckets, topics, queues, load } = workspaceStore.getState();
    workspaceStore.setState({
      ...withoutFunction({ topics, queues }, id),
      functions: rest,
      selectedId: selectedId === id ? rest[0]!.id : selectedId,
      schedules: schedules.filter((rule) => rule.functionId !== id),
      load: load.functionId === id ? { ...load, functionId: rest[0]!.id } : load,
      // Like its rules, the function's bucket notifications go with it; the buckets stay.
      buckets: buckets.map((bucket) =>
        bucket.notifications.some((n) => n.functionId === id)
          ? { ...bucket, notifications: bucket.notifications.filter((n) => n.functionId !== id) }
          : bucket,
      ),
      http: {
        ...http,
        routes: routes.length > 0 ? routes : [{ routeKey: '$default', functionId: rest[0]!.id }],
        urlFunctionId: http.urlFunctionId === id ? rest[0]!.id : http.urlFunctionId,
      },
    });
  },
  setSchedules(schedules: ScheduleDraft[]): void {
    workspaceStore.setState({ schedules });
  },
  setBuckets(buckets: BucketDraft[]): void {
    workspaceStore.setState({ buckets });
  },
  setTopics(topics: TopicDraft[]): void {
    workspaceStore.setState({ topics });
  },
  setQueues(queues: QueueDraft[]): void {
    workspaceStore.setState({ queues });
  },
  setEventBuses(eventBuses: EventBusDraft[]): void {
    workspaceStore.setState({ eventBuses });
  },
  setLoad(load: LoadDraft): void {
    workspaceStore.setState({ load });
  },
  setHttp(http: HttpTriggerConfig): void {
    workspaceStore.setState({ http });
  },
  setConfig(id: string, config: FunctionConfig): void {
    updateFunction(id, (fn) => ({ ...fn, config }));
  },
  /** The function's "Deploy even if the code has errors" choice (store/platform/deploy.ts). */
  setDeployWithErrors(id: string, deployWithErrors: boolean): void {
    updateFunction(id, (fn) => ({ ...fn, deployWithErrors }));
  },
  setTestEvent(id: string, testEvent: string): void {
    updateFunction(id, (fn) => ({ ...fn, testEvent }));
  },
  /** Keeps the current test event under `name`, replacing one of the same name. */
  saveTestEvent(id: string, name: string): void {
    updateFunction(id, (fn) => ({
      ...fn,
      savedEvents: { ...fn.savedEvents, [name]: fn.testEvent },
    }));
  },
  deleteSavedEvent(id: string, name: string): void {
    updateFunction(id, (fn) => {
      const kept = Object.entries(fn.savedEvents ?? {}).filter(([own]) => own !== name);
      return { ...fn, savedEvents: Object.fromEntries(kept) };
    });
  },
  editFile(id: string, path: string, content: string): void {
    updateFunction(id, (fn) =>
      ownValue(fn.files, path) === content
        ? fn
        : { ...fn, files: { ...fn.files, [path]: content } },
    );
  },
  openFile(id: string, path: string): void {
    updateFunction(id, (fn) => ({ ...fn, activeFile: path }));
  },
  addFile(id: string, path: string, content = ''): void {
    updateFunction(id, (fn) => ({
      ...fn,
      files: { ...fn.files, [path]: content },
      activeFile: path,
    }));
  },
  renameFile(id: string, from: string, to: string): void {
    updateFunction(id, (fn) => ({
      ...fn,
      files: renameFile(fn.files, from, to),
      activeFile: fn.activeFile === from ? to : fn.activeFile,
    }));
  },
  deleteFile(id: string, path: string): void {
    updateFunction(id, (fn) => {
      const files = deleteFile(fn.files, path);
      const activeFile = Object.hasOwn(files, fn.activeFile)
        ? fn.activeFile
        : Object.keys(files)[0]!;
      return { ...fn, files, activeFile };
    });
  },
};
