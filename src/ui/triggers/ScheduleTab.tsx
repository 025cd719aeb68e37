// The Schedule tab: EventBridge rules that invoke a function on rate(…) or cron(…) schedules,
// firing on the simulated clock (at 100× a rate(1 minute) rule fires every 0.6 s).
import type { ScheduleDraft } from '../../store';
import { scheduleProblem, workspaceActions } from '../../store';
import { Field } from '../forms/Field';
import { useWorkspace } from '../hooks/use-stores';
import { FunctionOptions } from './FunctionOptions';

export function ScheduleTab() {
  const functions = useWorkspace((s) => s.functions);
  const schedules = useWorkspace((s) => s.schedules);
  const update = (id: string, change: Partial<ScheduleDraft>) =>
    workspaceActions.setSchedules(schedules.map((r) => (r.id === id ? { ...r, ...change } : r)));
  const add = () => {
    let n = schedules.length + 1;
    while (schedules.some((r) => r.id === `rule-${n}`)) n += 1;
    const rule = {
      id: `rule-${n}`,
      name: `every-minute-${n}`,
      expression: 'rate(1 minute)',
      functionId: functions[0]!.id,
      enabled: true,
    };
    workspaceActions.setSchedules([...schedules, rule]);
  };

  return (
    <div className="schedule-tab">
      {schedules.length === 0 && (
        <p className="hint">
          No rules yet. A rule invokes its function asynchronously on schedule.
        </p>
      )}
      {schedules.map((rule, i) => {
        const problem = scheduleProblem(rule);
        return (
          <fieldset className="field schedule-rule" key={rule.id}>
            <legend className="field-label">Rule {i + 1}</legend>
            <div className="route-row">
              <input
                className="mono"
                aria-label={`Rule ${i + 1} name`}
                value={rule.name}
                onChange={(e) => update(rule.id, { name: e.target.value })}
              />
              <input
                className="mono"
                aria-label={`Rule ${i + 1} expression`}
                value={rule.expression}
                aria-invalid={problem !== null}
                onChange={(e) => update(rule.id, { expression: e.target.value })}
              />
              <select
                aria-label={`Rule ${i + 1} function`}
                value={rule.functionId}
                onChange={(e) => update(rule.id, { functionId: e.target.value })}
              >
                <FunctionOptions />
              </select>
              <Field layout="check" label="Enabled">
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  onChange={(e) => update(rule.id, { enabled: e.target.checked })}
                />
              </Field>
              <button
                type="button"
                aria-label={`Remove rule ${rule.name}`}
                onClick={() => workspaceActions.setSchedules(schedules.filter((r) => r !== rule))}
              >
                ×
              </button>
            </div>
            {problem && (
              <span className="field-problem" role="alert">
                {problem}
              </span>
            )}
          </fieldset>
        );
      })}
      <button type="button" onClick={add}>
        Add rule
      </button>
      <p className="hint">
        Times are simulated: raise the Speed to watch a schedule fire. Each firing is an
        asynchronous invoke with the Scheduled Event, in UTC.
      </p>
    </div>
  );
}
