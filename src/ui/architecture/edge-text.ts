// A connection in words, for the list screen readers (and tests) read beside the drawing.
import type { ArchNode } from '../../store';
import { archNodeLabel } from '../../store';
import type { LaidEdge } from './architecture-layout';

/** The connection in words: `uploads → thumbnail (S3 notification)`. */
export function edgeText(edge: LaidEdge, nodes: ReadonlyMap<string, ArchNode>): string {
  const from = nodes.get(edge.from);
  const to = nodes.get(edge.to);
  const fromName = from ? nameOf(from) : edge.from;
  const toName = to ? nameOf(to) : edge.to;
  const gone = to?.missing ? '; not in this workspace' : '';
  if (edge.kind === 'observed') {
    const failing = edge.failing ? '; some calls failed' : '';
    return `${fromName} → ${edge.label} → ${toName} (observed${failing}${gone})`;
  }
  const detail = edge.detail ? `: ${edge.detail}` : '';
  const off = edge.disabled ? '; disabled' : '';
  return `${fromName} → ${toName} (${edge.label}${detail}${off}${gone})`;
}

function nameOf(node: ArchNode): string {
  return node.name === '' ? archNodeLabel(node) : node.name;
}
