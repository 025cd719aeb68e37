// The selected function's configuration, as the Lambda console's "General configuration" shows it.
// A deployed function's changes apply a moment after the last keystroke (store/platform/watch-settings.ts):
// the environment's settings retire its warm instances (the next request starts cold), the
// others are stored as they are (store/platform/deploy.ts, engine/functions/setting-effects.ts).
import type { ConfigField, FunctionConfig } from '../../engine';
import { ephemeralStorageOf, RUNTIMES, validateConfig } from '../../engine';
import { reservationProblemOf, selectedFunction, workspaceActions } from '../../store';
import { Field } from '../forms/Field';
import { useWorkspace } from '../hooks/use-stores';
import { AsyncInvocationSettings } from './AsyncInvocationSettings';
import { EnvironmentEditor } from './EnvironmentEditor';
import { LoggingSettings } from './LoggingSettings';
import { NumberField } from './NumberField';
import { ProvisionedAllocation } from './ProvisionedAllocation';
import { ReservedConcurrencyField } from './ReservedConcurrencyField';

export function FunctionSettings() {
  const fn = useWorkspace((s) => selectedFunction(s));
  const { config } = fn;
  const problems = validateConfig(config);
  const problemOf = (field: ConfigField) => problems.find((p) => p.field === field)?.message;
  // Lambda refuses a reservation by what all functions reserve together, not by this one alone.
  const reservationProblem = useWorkspace((s) => reservationProblemOf(s.functions, fn.id));
  const set = (change: Partial<FunctionConfig>) =>
    workspaceActions.setConfig(fn.id, { ...config, ...change });

  return (
    <form
      key={fn.id}
      className="panel settings"
      aria-label="Function settings"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2>Settings</h2>
      <Field label="Function name" problem={problemOf('name')}>
        <input value={config.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      {/* Only the runtime changes, as in the console: the handler and files stay as they are. */}
      <Field label="Runtime">
        <select
          value={config.runtime}
          onChange={(e) => set({ runtime: e.target.value as FunctionConfig['runtime'] })}
        >
          {RUNTIMES.map((info) => (
            <option key={info.id} value={info.id}>
              {info.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Handler" problem={problemOf('handler')}>
        <input
          className="mono"
          value={config.handler}
          onChange={(e) => set({ handler: e.target.value })}
        />
      </Field>
      <NumberField
        label="Memory (MB)"
        value={config.memoryMB}
        problem={problemOf('memoryMB')}
        onChange={(memoryMB) => set({ memoryMB })}
      />
      <NumberField
        label="Ephemeral storage (MB)"
        value={ephemeralStorageOf(config)}
        problem={problemOf('ephemeralStorageMB')}
        onChange={(ephemeralStorageMB) => set({ ephemeralStorageMB })}
      />
      <Field label="Architecture">
        <select
          value={config.architecture}
          onChange={(e) => set({ architecture: e.target.value as FunctionConfig['architecture'] })}
        >
          <option value="x86_64">x86_64</option>
          <option value="arm64">arm64</option>
        </select>
      </Field>
      <NumberField
        label="Timeout (s)"
        value={config.timeoutSec}
        problem={problemOf('timeoutSec')}
        onChange={(timeoutSec) => set({ timeoutSec })}
      />
      <Field label="Internet access">
        <input
          type="checkbox"
          checked={config.internetAccess === true}
          onChange={(e) => set({ internetAccess: e.target.checked })}
        />
      </Field>
      <p className="hint">
        A Lambda outside a VPC can reach the internet; here the handler&apos;s fetch would leave
        from your browser (CORS applies), so it is off until you turn it on. The app&apos;s own
        storage stays out of reach either way.
      </p>
      <Field label="Deploy even if the code has errors">
        <input
          type="checkbox"
          checked={fn.deployWithErrors === true}
          onChange={(e) => workspaceActions.setDeployWithErrors(fn.id, e.target.checked)}
        />
      </Field>
      <p className="hint">
        Off, code that does not build is not deployed. On, JavaScript that does not build is
        deployed as written, as Lambda would receive it, and every cold start fails INIT with
        Runtime.UserCodeSyntaxError. TypeScript with errors does not compile, so nothing is
        deployed.
      </p>
      <ReservedConcurrencyField
        value={config.reservedConcurrency}
        problem={problemOf('reservedConcurrency') ?? reservationProblem ?? undefined}
        onChange={(reservedConcurrency) => set({ reservedConcurrency })}
      />
      <NumberField
        label="Provisioned concurrency"
        value={config.provisionedConcurrency ?? 0}
        problem={problemOf('provisionedConcurrency')}
        onChange={(provisionedConcurrency) => set({ provisionedConcurrency })}
      />
      <ProvisionedAllocation
        functionName={config.name}
        requested={config.provisionedConcurrency ?? 0}
      />
      <p className="hint">
        Environments initialized ahead and kept ready: requests on them start warm, the rest start
        cold as usual. Billed per GB-second all the time it is on, in 5-minute steps, with no free
        tier. AWS sets it on a published version or alias; here it applies to the deployed code.
      </p>
      <EnvironmentEditor
        value={config.environment}
        problem={problemOf('environment')}
        onChange={(environment) => set({ environment })}
      />
      <LoggingSettings
        config={config}
        problem={problemOf('loggingConfig')}
        onChange={(loggingConfig) => {
          const { loggingConfig: _previous, ...rest } = config;
          workspaceActions.setConfig(fn.id, loggingConfig ? { ...rest, loggingConfig } : rest);
        }}
      />
      <AsyncInvocationSettings config={config} problemOf={problemOf} set={set} />
    </form>
  );
}
