// The selected web app's settings: how it runs, and for a Fargate service its task definition
// (Fargate's valid CPU/memory pairs, architecture, container port, health check path) and task
// counts, for a Lambda Web Function its revision's concurrency and timeout and its endpoint's
// maximum environments. Deploy creates (or replaces) it, Delete service stops it. A service's counts
// apply to it at once, as UpdateService does; the rest at the next deploy.
import type { CpuArchitecture } from '../../engine';
import { FARGATE_TASK_SIZES, MAX_CONCURRENCY_RANGE, WEB_TIMEOUT_SECONDS_RANGE } from '../../engine';
import type { ServiceDraft } from '../../store';
import {
  applyServiceCounts,
  deployService,
  isServiceRunning,
  MAX_ENVIRONMENTS,
  memoryChoices,
  RUN_AS_OPTIONS,
  serviceProblem,
  stopService,
  workspaceActions,
} from '../../store';
import { Field } from '../forms/Field';
import { useControl, useFargate, useWebFunctions, useWorkspace } from '../hooks/use-stores';
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
  const liveFunction = useWebFunctions((s) => s.functions.get(app.id));
  const running = (live !== undefined || liveFunction !== undefined) && isServiceRunning(app.id);
  const asFunction = app.runAs === 'web-function';
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
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <p className="hint">
        {asFunction
          ? 'Lambda starts environments (nodejs24.x, arm64, 2 GB) as requests arrive, sends many to each, and removes them when idle. The program listens on AWS_LAMBDA_HTTP_ENDPOINT.'
          : 'One task per container, always on behind a load balancer. The program listens on PORT. The same program runs as a Lambda Web Function unchanged.'}
      </p>
      <Field label={asFunction ? 'Function name' : 'Service name'}>
        <input className="mono" value={app.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      {asFunction && (
        <fieldset className="field">
          <legend className="field-label">Web Function</legend>
          <NumberField
            label="Max concurrency per environment"
            value={app.maxConcurrencyPerEnvironment}
            onChange={(maxConcurrencyPerEnvironment) => set({ maxConcurrencyPerEnvironment })}
          />
          <p className="hint">
            Requests one environment serves at once: {MAX_CONCURRENCY_RANGE.min}–
            {MAX_CONCURRENCY_RANGE.max}, default {MAX_CONCURRENCY_RANGE.default}.
          </p>
          <NumberField
            label="Maximum environments"
            value={app.maxEnvironments}
            onChange={(maxEnvironments) => set({ maxEnvironments })}
          />
          <p className="hint">
            Past it, requests are throttled. 2–{MAX_ENVIRONMENTS} here (a worker each; AWS allows up
            to 10,000).
          </p>
          <NumberField
            label="Request timeout (s)"
            value={app.timeoutSeconds}
            onChange={(timeoutSeconds) => set({ timeoutSeconds })}
          />
          <p className="hint">
            {WEB_TIMEOUT_SECONDS_RANGE.min}–{WEB_TIMEOUT_SECONDS_RANGE.max} s, default{' '}
            {WEB_TIMEOUT_SECONDS_RANGE.default} s; past it Lambda answers 504.
          </p>
        </fieldset>
      )}
      {!asFunction && (
        <>
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
                {!choices.includes(app.memory) && (
                  <option value={app.memory}>{app.memory} MiB</option>
                )}
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
        </>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={problem !== null}
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
      {running && live && (
        <p className="hint" data-testid="service-counts">
          {live.runningCount} running of {live.desiredCount} desired
        </p>
      )}
    </section>
  );
}
