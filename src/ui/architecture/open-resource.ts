// Clicking a node of the Architecture view opens where that resource is edited: a function in the
// editor with its Test tab, a bucket in the S3 tab, a topic, queue or event bus in Pub/Sub…
import type { ArchNode, ArchNodeKind } from '../../store';
import { workspaceActions, workspaceStore } from '../../store';
import { selectTriggerTab } from '../triggers/trigger-tab-store';

/** The trigger tab that edits each kind of resource. */
const TAB_OF_KIND: ReadonlyMap<ArchNodeKind, string> = new Map<ArchNodeKind, string>([
  ['function', 'test'],
  ['api', 'http'],
  ['schedule', 'schedule'],
  ['bucket', 's3'],
  ['topic', 'pubsub'],
  ['queue', 'pubsub'],
  ['bus', 'pubsub'],
  ['rule', 'pubsub'],
  ['table', 'dynamodb'],
]);

/** The region or group a tab draws for the resource, where it has one, to scroll it into view. */
function resourceLabel(node: ArchNode): string | null {
  if (node.kind === 'bucket') return `Bucket ${node.name}`;
  if (node.kind === 'bus') return `Event bus ${node.name}`;
  if (node.kind === 'rule') return `Rule ${node.name}`;
  if (node.kind === 'topic') return `Subscribers of ${node.name}`;
  if (node.kind === 'table') return `Table ${node.name}`;
  return null;
}

export function tabOfNode(node: Pick<ArchNode, 'kind'>): string | null {
  return TAB_OF_KIND.get(node.kind) ?? null;
}

export function openResource(node: ArchNode): void {
  if (node.kind === 'function') {
    const fn = workspaceStore.getState().functions.find((f) => f.config.name === node.name);
    if (fn) workspaceActions.selectFunction(fn.id);
  }
  const tab = tabOfNode(node);
  if (!tab) return;
  selectTriggerTab(tab);
  // After the tab has rendered: show it, and the resource in it, and move the focus to the tab.
  requestAnimationFrame(() => {
    const tabButton = document.getElementById(`tab-${tab}`);
    tabButton?.focus({ preventScroll: true });
    const label = resourceLabel(node);
    const panel = document.getElementById(`panel-${tab}`);
    const target = label
      ? [...(panel?.querySelectorAll('[aria-label]') ?? [])].find(
          (el) => el.getAttribute('aria-label') === label,
        )
      : null;
    (target ?? tabButton)?.scrollIntoView({ block: 'nearest' });
  });
}
