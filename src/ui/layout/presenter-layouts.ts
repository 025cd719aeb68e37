// Presenter mode's named layouts: each one a set of panels on screen, arranged (modes.css) to fit
// a classroom projector's 1280×720 or 1920×1080 without scrolling, chosen with one key. A layout
// travels in a share link as `?present=<id>`: that text is anyone's, so it is read with a cap and
// an exact match, and anything else falls back to the presenter's own choice.
import type { PanelName } from './view-mode';

export const PRESENTER_LAYOUTS = [
  { id: 'all', key: '0', label: 'Everything', hidden: [] },
  {
    id: 'code-stage',
    key: 'c',
    label: 'Code + Stage',
    hidden: ['workspace', 'monitor', 'deliveries', 'logs', 'architecture', 'cost'],
  },
  {
    id: 'stage-timeline',
    key: 't',
    label: 'Stage + Timeline',
    hidden: [
      'workspace',
      'editor',
      'triggers',
      'monitor',
      'deliveries',
      'logs',
      'architecture',
      'cost',
    ],
  },
  {
    id: 'architecture',
    key: 'a',
    label: 'Architecture',
    hidden: ['workspace', 'editor', 'triggers', 'monitor', 'deliveries', 'logs', 'stage', 'cost'],
  },
  {
    id: 'cost',
    key: 'm',
    label: 'Cost',
    hidden: ['workspace', 'editor', 'triggers', 'deliveries', 'logs', 'architecture', 'stage'],
  },
] as const satisfies readonly {
  id: string;
  key: string;
  label: string;
  hidden: readonly PanelName[];
}[];

export type PresenterLayoutId = (typeof PRESENTER_LAYOUTS)[number]['id'];

/** What presenter mode shows until the presenter picks a layout: every panel, as outside it. */
export const DEFAULT_PRESENTER_LAYOUT: PresenterLayoutId = 'all';

/** Longer than any layout's id: text past it is not read at all. */
const MAX_ID_LENGTH = 32;

/** The layout named `text` (a link's or a saved value), or null when it names none. */
export function presenterLayoutOf(text: unknown): PresenterLayoutId | null {
  if (typeof text !== 'string' || text.length > MAX_ID_LENGTH) return null;
  return PRESENTER_LAYOUTS.find((layout) => layout.id === text)?.id ?? null;
}

/** The layout a key selects (letters in either case), or null. */
export function layoutOfKey(key: string): PresenterLayoutId | null {
  const lower = key.toLowerCase();
  return PRESENTER_LAYOUTS.find((layout) => layout.key === lower)?.id ?? null;
}

/** The panels `layout` hides. */
export function hiddenPanelsOf(layout: PresenterLayoutId): ReadonlySet<PanelName> {
  return new Set(PRESENTER_LAYOUTS.find((entry) => entry.id === layout)!.hidden);
}
