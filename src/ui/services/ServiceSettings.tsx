// The selected web app's settings: how it runs, its task definition (Fargate's valid CPU/memory
// pairs, architecture, container port, health check path) and its service's task counts; Deploy
// creates (or replaces) its ECS service, Delete service stops it. The counts apply to a running
// service at once, as UpdateService does; the rest at the next deploy.
import type { CpuArchitecture } from '../../engine';
import { FARGATE_TASK_SIZES } from '../../engine';
import type { ServiceDraft } from '../../store';
import {
  applyServiceCounts,
  deployService,
  isServiceRunning,
  memoryChoices,
  RUN_AS_OPTIONS,
  serviceProblem,
  stopService,
  workspaceActions,
} from '../../store';
import { Field } from '../forms/Field';
import { useControl, useFargate, useWorkspace } from '../hooks/use-stores';
import { NumberField } from '../settings/NumberField';

const NO_SERVICES: ServiceDraft[] = [];

function memoryLabel(mib: number): string {
  return mib < 1024 ? `${mib} MiB` : `${mib / 1024} GB`;
}

export function ServiceSettings({ app }: { app: ServiceDraft }) {
  const services = useWorkspace((s) => s.services ?? NO_SERVICES);
  const notice = useControl((s) => s.notices.get(app.id));
  // The view's entry exists while the service runs (and after, with its bill).
  const live = useFargate((s) => s.services.get(app.id));
  const running = live !== undefined && isServiceRunning(app.id);
  const problem = serviceProblem(app, services);
  const set = (change: Partial<Omit<ServiceDraft, 'id' | 'files'>>) =>
    workspaceActions.setService(app.id, change);
  const setCount = (
    change: Partial<Pick<ServiceDraft, 'desiredCount' | 'minCount' | 'maxCount'>>,
  ) => {
    set(change);
    applyServiceCounts(app.id);
  };
  const choices = memoryChoices(app.cpu);

  return (
    <section className="panel settings" aria-label="Service settings">
      <h2>
        Web app <span className="subtitle mono">{app.name}</span>
      </h2>
      <Field label="Run as">
        <select
          value={app.runAs}
          onChange={(e) => set({ runAs: e.target.value as ServiceDraft['runAs'] })}
        >
          {RUN_AS_OPTIONS.map((option) => (
            <option
              key={option.value}
              value={option.value}
              disabled={option.value === 'web-function'}
            >
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <p className="hint">
        {app.runAs === 'web-function'
          ? 'Lambda Web Functions come next: run the web app as a Fargate service for now.'
          : 'Lambda Web Function comes next; the same program will run as one unchanged.'}
      </p>
      <Field label="Service name">
        <input className="mono" value={app.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <fieldset className="field">
        <legend className="field-label">Task definition</legend>
        <Field label="Task CPU">
          <select
            value={app.cpu}
            onChange={(e) => {
              const cpu = Number(e.target.value);
              const fits = memoryChoices(cpu);
              // A CPU value changes the memory choices: keep the memory if it still fits.
              set({ cpu, memory: fits.includes(app.memory) ? app.memory : fits[0]! });
            }}
          >
            {[...FARGATE_TASK_SIZES.keys()].map((cpu) => (
              <option key={cpu} value={cpu}>
                {cpu / 1024} vCPU ({cpu})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Task memory">
          <select value={app.memory} onChange={(e) => set({ memory: Number(e.target.value) })}>
            {!choices.includes(app.memory) && <option value={app.memory}>{app.memory} MiB</option>}
            {choices.map((mib) => (
              <option key={mib} value={mib}>
                {memoryLabel(mib)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="CPU architecture">
          <select
            value={app.cpuArchitecture}
            onChange={(e) => set({ cpuArchitecture: e.target.value as CpuArchitecture })}
          >
            <option value="X86_64">X86_64</option>
            <option value="ARM64">ARM64</option>
          </select>
        </Field>
        <NumberField
          label="Container port"
          value={app.containerPort}
          onChange={(containerPort) => set({ containerPort })}
        />
        <Field label="Health check path">
          <input
            className="mono"
            value={app.healthCheckPath}
            onChange={(e) => set({ healthCheckPath: e.target.value })}
          />
        </Field>
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">Service</legend>
        <NumberField
          label="Desired tasks"
          value={app.desiredCount}
          onChange={(desiredCount) => setCount({ desiredCount })}
        />
        <NumberField
          label="Minimum tasks"
          value={app.minCount}
          onChange={(minCount) => setCount({ minCount })}
        />
        <NumberField
          label="Maximum tasks"
          value={app.maxCount}
          onChange={(maxCount) => setCount({ maxCount })}
        />
      </fieldset>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={problem !== null || app.runAs !== 'fargate'}
          onClick={() => void deployService(app.id)}
        >
          {running ? 'Redeploy service' : 'Deploy service'}
        </button>
        {running && (
          <button type="button" onClick={() => stopService(app.id)}>
            Delete service
          </button>
        )}
      </div>
      {notice && (
        <p className="field-problem" role="status">
          {notice}
        </p>
      )}
      {running && (
        <p className="hint" data-testid="service-counts">
          {live.runningCount} running of {live.desiredCount} desired
        </p>
      )}
    </section>
  );
}
