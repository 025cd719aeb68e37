// The workspace's SNS topics: add, edit and remove them.
import { newTopicDraft, workspaceActions } from '../../../store';
import { useWorkspace } from '../../hooks/use-stores';
import { TopicCard } from './TopicCard';

export function TopicsSection() {
  const topics = useWorkspace((s) => s.topics);
  return (
    <section className="pubsub-section" aria-label="SNS topics">
      <h3 className="field-label">SNS topics</h3>
      {topics.length === 0 && <p className="hint">No topics yet.</p>}
      {topics.map((topic, i) => (
        <TopicCard
          key={topic.id}
          topic={topic}
          position={i + 1}
          onChange={(changed) =>
            workspaceActions.setTopics(topics.map((t) => (t.id === topic.id ? changed : t)))
          }
          onRemove={() => workspaceActions.setTopics(topics.filter((t) => t.id !== topic.id))}
        />
      ))}
      <button
        type="button"
        onClick={() => workspaceActions.setTopics([...topics, newTopicDraft(topics)])}
      >
        Add topic
      </button>
    </section>
  );
}
