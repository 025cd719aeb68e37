// The diagram: one button per resource, a curve per connection (solid when configured, dashed
// and labelled with the operations when only seen at run time), the messages moving along them,
// and the same connections as a list in words for screen readers and tests.
//
// Test ids: each node's button `architecture-node` (data-kind, data-name), each connection's
// list item `architecture-edge` (data-from, data-to, data-kind, data-label); the drawing itself
// carries `arch-node` / `arch-edge` (data-observed) as the design's testing contract names them.
import { useId, useMemo } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { ArchNode, ArchNodeKind } from '../../store';
import { archNodeLabel } from '../../store';
import { useReducedMotion } from '../stage/use-reduced-motion';
import type { ArchLayout, LaidEdge, LaidNode } from './architecture-layout';
import { layoutArchitecture, NODE_HEIGHT, NODE_WIDTH } from './architecture-layout';
import { edgeText } from './edge-text';
import { openResource } from './open-resource';
import { useArchitectureGraph } from './use-architecture-graph';
import { MAX_DOTS, useTraffic } from './use-traffic';

/** The small tag above a node's name. */
const TAGS: ReadonlyMap<ArchNodeKind, string> = new Map<ArchNodeKind, string>([
  ['api', 'API Gateway'],
  ['schedule', 'Schedule'],
  ['bus', 'EventBridge bus'],
  ['rule', 'EventBridge rule'],
  ['bucket', 'S3 bucket'],
  ['topic', 'SNS topic'],
  ['queue', 'SQS queue'],
  ['table', 'DynamoDB table'],
  ['function', 'λ Lambda'],
]);

/** Characters of a name that fit a node; the full name is in its title and accessible name. */
const NAME_FITS = 17;

function shortName(node: ArchNode): string {
  const name = node.kind === 'api' ? node.name : node.name || '(unnamed)';
  return name.length > NAME_FITS ? `${name.slice(0, NAME_FITS - 1)}…` : name;
}

function onActivate(node: ArchNode) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    openResource(node);
  };
}

function NodeButton({ node }: { node: LaidNode }) {
  const label = archNodeLabel(node);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-description={node.missing ? 'Not in this workspace' : undefined}
      className={`arch-node kind-${node.kind}${node.missing ? ' missing' : ''}`}
      data-testid="architecture-node"
      data-kind={node.kind}
      data-name={node.name}
      data-missing={node.missing}
      transform={`translate(${node.x} ${node.y})`}
      onClick={() => openResource(node)}
      onKeyDown={onActivate(node)}
    >
      <title>{node.missing ? `${label} (not in this workspace)` : label}</title>
      <rect
        width={NODE_WIDTH}
        height={NODE_HEIGHT}
        rx={5}
        data-testid="arch-node"
        data-kind={node.kind}
        data-name={node.name}
      />
      <text className="arch-tag" x={8} y={12}>
        {node.missing ? `${TAGS.get(node.kind) ?? node.kind} · missing` : TAGS.get(node.kind)}
      </text>
      <text className="arch-name" x={8} y={27}>
        {shortName(node)}
      </text>
    </g>
  );
}

interface EdgeDrawingProps {
  edge: LaidEdge;
  marker: string;
  /** Reduced motion: messages along it lately. */
  flash: number | undefined;
  nodes: ReadonlyMap<string, ArchNode>;
}

function EdgeDrawing({ edge, marker, flash, nodes }: EdgeDrawingProps) {
  const classes = [
    'arch-edge',
    edge.kind,
    edge.disabled && 'disabled',
    edge.failing && 'failing',
    flash !== undefined && 'lit',
  ];
  return (
    <g className={classes.filter(Boolean).join(' ')}>
      <path
        d={edge.d}
        markerEnd={`url(#${marker})`}
        data-testid="arch-edge"
        data-from={nodes.get(edge.from)?.name ?? ''}
        data-to={nodes.get(edge.to)?.name ?? ''}
        data-observed={edge.kind === 'observed'}
      />
      {edge.kind === 'observed' && (
        <text className="arch-edge-label" x={edge.middle.x} y={edge.middle.y - 4}>
          {edge.label}
        </text>
      )}
      {flash !== undefined && (
        <text className="arch-edge-count" x={edge.middle.x} y={edge.middle.y + 12}>
          ×{flash}
        </text>
      )}
    </g>
  );
}

export function ArchitectureDiagram() {
  const graph = useArchitectureGraph();
  const layout: ArchLayout = useMemo(() => layoutArchitecture(graph), [graph]);
  const reducedMotion = useReducedMotion();
  const { dots, flashes } = useTraffic(layout, reducedMotion);
  const marker = `arch-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);

  return (
    <div className="arch-diagram">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        // Small graphs grow at most this much (CSS reads it), so two boxes never fill the panel.
        style={{ '--arch-width': `${layout.width}px` } as CSSProperties}
        role="group"
        aria-label="Resources and connections"
      >
        <defs>
          <marker
            id={marker}
            viewBox="0 0 8 8"
            refX={7}
            refY={4}
            markerWidth={7}
            markerHeight={7}
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 8 4 L 0 8 z" className="arch-arrow" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {layout.edges.map((edge) => (
            <EdgeDrawing
              key={edge.id}
              edge={edge}
              marker={marker}
              flash={flashes.get(edge.id)}
              nodes={byId}
            />
          ))}
        </g>
        {layout.nodes.map((node) => (
          <NodeButton key={node.id} node={node} />
        ))}
        <g className="arch-dots" aria-hidden="true">
          {Array.from({ length: MAX_DOTS }, (_, i) => (
            <circle
              key={i}
              r={4}
              visibility="hidden"
              ref={(el) => {
                dots.current[i] = el;
              }}
            />
          ))}
        </g>
      </svg>
      <ul className="visually-hidden" aria-label="Connections">
        {layout.edges.length === 0 && <li>No connections yet.</li>}
        {layout.edges.map((edge) => (
          <li
            key={edge.id}
            data-testid="architecture-edge"
            data-from={byId.get(edge.from)?.name ?? ''}
            data-to={byId.get(edge.to)?.name ?? ''}
            data-kind={edge.kind}
            data-label={edge.label}
          >
            {edgeText(edge, byId)}
          </li>
        ))}
      </ul>
    </div>
  );
}
