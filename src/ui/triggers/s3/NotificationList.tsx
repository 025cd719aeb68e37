// A bucket's event notification configuration: which changes invoke which function.
import type { BucketDraft } from '../../../store';
import { addNotification, notificationProblems } from '../../../store';
import { useWorkspace } from '../../hooks/use-stores';
import { NotificationEditor } from './NotificationEditor';

export function NotificationList({ bucket }: { bucket: BucketDraft }) {
  const functions = useWorkspace((s) => s.functions);
  const problems = notificationProblems(bucket, new Set(functions.map((fn) => fn.id)));
  return (
    <section aria-label={`Notifications of ${bucket.name}`}>
      <h4 className="field-label">Event notifications</h4>
      {bucket.notifications.length === 0 && (
        <p className="hint">No notifications: changes to this bucket invoke nothing.</p>
      )}
      {bucket.notifications.map((notification, i) => (
        <NotificationEditor
          key={notification.id}
          bucketId={bucket.id}
          index={i}
          notification={notification}
          problems={problems[i]!}
        />
      ))}
      <button type="button" onClick={() => addNotification(bucket.id, functions[0]!.id)}>
        Add notification
      </button>
    </section>
  );
}
