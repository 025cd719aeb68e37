// What wakes the function. Only the Test tab's direct invoke exists so far; HTTP, S3, Pub/Sub and
// Schedule triggers arrive as their own tabs.
import { TestTab } from './TestTab';

export function TriggerTabs() {
  return (
    <section className="panel triggers" aria-label="Triggers">
      <div role="tablist" aria-label="Triggers">
        <button
          type="button"
          role="tab"
          id="tab-test"
          aria-selected="true"
          aria-controls="panel-test"
        >
          Test
        </button>
      </div>
      <div role="tabpanel" id="panel-test" aria-labelledby="tab-test">
        <TestTab />
      </div>
    </section>
  );
}
