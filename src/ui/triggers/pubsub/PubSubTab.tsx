// The Pub/Sub tab: SNS topics that invoke their subscribers asynchronously, and SQS queues that an
// event source mapping polls into a function, with live figures from the platform.
import { useEffect } from 'react';
import { watchPubSubLive } from '../../../store';
import { EventBridgeSection } from './EventBridgeSection';
import { QueuesSection } from './QueuesSection';
import { TopicsSection } from './TopicsSection';

export function PubSubTab() {
  useEffect(() => watchPubSubLive(), []);
  return (
    <div className="pubsub-tab">
      <p className="hint">
        SNS invokes each subscribed function asynchronously, with its own event (its Message is
        always a string; 202 at once; a function error is retried as any async invoke is). SQS is
        polled: an event source mapping receives batches of messages and invokes the function
        synchronously with each batch; what fails comes back after the visibility timeout. Raise the
        Speed to watch retries.
      </p>
      <TopicsSection />
      <QueuesSection />
      <EventBridgeSection />
    </div>
  );
}
