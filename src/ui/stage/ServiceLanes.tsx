// The web apps' ECS services on the stage: one lane per running service, one box per task with
// its ECS status (data-state, lower case), its target's health at the ALB and its requests in
// flight. Stopped tasks stay listed a while with why they stopped, as the console lists them.
import type { ServiceLive, TaskView } from '../../store';
import { useFargate } from '../hooks/use-stores';

function TaskBox({ view }: { view: TaskView }) {
  const { task, health, inFlight } = view;
  const status = task.lastStatus.toLowerCase();
  const shortId = task.taskId.slice(0, 8);
  return (
    <li
      className={`instance task task-${status}`}
      data-testid="task"
      data-state={status}
      data-task-id={task.taskId}
      data-health={health}
      aria-label={`Task ${shortId}: ${status}, target ${health}, ${inFlight} in flight`}
    >
      <span className="instance-id mono">{shortId}</span>
      <span className="instance-state">{status}</span>
      <span className="instance-meta">target {health}</span>
      <span className="instance-meta" data-testid="task-in-flight">
        {inFlight} in flight
      </span>
      {task.stoppedReason && (
        <span className="instance-meta" title={task.stoppedReason}>
          {task.stoppedReason}
          {task.exitCode !== null && ` (exit ${task.exitCode})`}
        </span>
      )}
    </li>
  );
}

function ServiceLane({ live }: { live: ServiceLive }) {
  return (
    <div className="lane" data-testid="service-lane" data-service={live.serviceName}>
      <div className="lane-title">
        <span className="mono">⎈ {live.serviceName}</span>
        <span className={live.runningCount === 0 ? 'asleep' : 'awake'}>
          {live.deleted
            ? 'ECS on Fargate · service deleted'
            : `ECS on Fargate · ${live.runningCount} running of ${live.desiredCount} desired`}
        </span>
      </div>
      <ul className="instances">
        {live.tasks.map((view) => (
          <TaskBox key={view.task.taskId} view={view} />
        ))}
      </ul>
    </div>
  );
}

export function ServiceLanes() {
  const services = useFargate((s) => s.services);
  return (
    <>
      {[...services].map(([appId, live]) => (
        <ServiceLane key={appId} live={live} />
      ))}
    </>
  );
}
