// A dead-letter queue's messages, each opened to show its body, attributes and receive count,
// and the Redrive button that sends them back to the queues they came from.
import { usePubSub } from '../../hooks/use-stores';
import type { LiveQueue } from '../../../store';
import { LIVE_MESSAGES_KEPT, redriveQueue } from '../../../store';
import { ActionRow } from './ActionRow';

interface Props {
  queueId: string;
  queueName: string;
  live: LiveQueue;
  messages: NonNullable<LiveQueue['messages']>;
}

export function DeadLetterMessages({ queueId, queueName, live, messages }: Props) {
  const outcome = usePubSub((s) => s.outcomes.get(`redrive:${queueId}`));
  const total = live.visible + live.inFlight;
  return (
    <div className="field">
      <span className="field-label">Dead-letter messages</span>
      <ul className="dlq-messages" aria-label={`Messages in ${queueName}`}>
        {messages.map((m) => (
          <li key={m.messageId}>
            <details>
              <summary className="mono">
                {m.body.length > 40 ? `${m.body.slice(0, 40)}…` : m.body} · receive count{' '}
                {m.receiveCount}
              </summary>
              <dl className="dlq-message">
                <dt>Message id</dt>
                <dd className="mono">{m.messageId}</dd>
                <dt>Body</dt>
                <dd>
                  <pre className="mono">{m.body}</pre>
                </dd>
                <dt>Attributes</dt>
                <dd>
                  <pre className="mono">{JSON.stringify(m.attributes, null, 2)}</pre>
                </dd>
                <dt>Came from</dt>
                <dd className="mono">{m.sourceQueue ?? '—'}</dd>
              </dl>
            </details>
          </li>
        ))}
      </ul>
      {total > LIVE_MESSAGES_KEPT && (
        <p className="hint">
          Showing the first {LIVE_MESSAGES_KEPT} of {total} messages.
        </p>
      )}
      <ActionRow outcome={outcome}>
        <button
          type="button"
          disabled={live.visible === 0}
          aria-label={`Redrive ${queueName}`}
          onClick={() => redriveQueue(queueId)}
        >
          Redrive
        </button>
      </ActionRow>
    </div>
  );
}
