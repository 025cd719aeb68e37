// What wakes the function: a direct test invoke, an HTTP request through API Gateway, an S3
// change, an SNS or SQS message, a schedule, or a load test's stream of requests.
import { DynamoDBTab } from './dynamodb/DynamoDBTab';
import { useTriggerTab } from '../hooks/use-stores';
import { HttpTab } from './http/HttpTab';
import { LoadTab } from './LoadTab';
import { PubSubTab } from './pubsub/PubSubTab';
import { S3Tab } from './s3/S3Tab';
import { ScheduleTab } from './ScheduleTab';
import { TestTab } from './TestTab';
import { selectTriggerTab } from './trigger-tab-store';

const TABS = [
  { id: 'test', label: 'Test', Panel: TestTab },
  { id: 'http', label: 'HTTP', Panel: HttpTab },
  { id: 's3', label: 'S3', Panel: S3Tab },
  { id: 'pubsub', label: 'Pub/Sub', Panel: PubSubTab },
  { id: 'dynamodb', label: 'DynamoDB', Panel: DynamoDBTab },
  { id: 'schedule', label: 'Schedule', Panel: ScheduleTab },
  { id: 'load', label: 'Load', Panel: LoadTab },
] as const;

export function TriggerTabs() {
  // In a store, not local state: the Architecture view opens a resource's tab.
  const active = useTriggerTab((s) => s.active);
  const setActive = selectTriggerTab;
  const move = (step: number) => {
    const at = TABS.findIndex((t) => t.id === active);
    const next = TABS[(at + step + TABS.length) % TABS.length]!;
    setActive(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <section className="panel triggers" aria-label="Triggers">
      <div
        role="tablist"
        aria-label="Triggers"
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight') move(1);
          if (e.key === 'ArrowLeft') move(-1);
        }}
      >
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={active === id}
            aria-controls={`panel-${id}`}
            tabIndex={active === id ? 0 : -1}
            onClick={() => setActive(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {TABS.map(({ id, Panel }) => (
        <div
          key={id}
          role="tabpanel"
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          hidden={active !== id}
        >
          {active === id && <Panel />}
        </div>
      ))}
    </section>
  );
}
