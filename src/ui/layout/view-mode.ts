// Which layout the page shows: the embed (embed.html or `?embed`: an iframe in a tutorial: editor,
// Test tab, result and stage only) or the full app, optionally in presenter mode (`?present`, or Alt+Shift+P), whose
// keys pick a named layout or hide and show panels so the stage and the cost can fill a classroom's screen.
import type { PresenterLayoutId } from './presenter-layouts';
import { layoutOfKey, presenterLayoutOf } from './presenter-layouts';

export interface ViewMode {
  embed: boolean;
  present: boolean;
  /** The presenter layout the address names (`?present=code-stage`), or null when it names none. */
  layout: PresenterLayoutId | null;
}

/** The embed's own page, the one other sites may frame (scripts/frame-policy.ts). */
const EMBED_PAGE = /(^|\/)embed\.html$/;

export function viewModeOf(search: string, pathname = ''): ViewMode {
  const params = new URLSearchParams(search);
  return {
    embed: params.has('embed') || EMBED_PAGE.test(pathname),
    present: params.has('present'),
    layout: presenterLayoutOf(params.get('present')),
  };
}

/**
 * The page's URL for the full app: the same address without `embed` (the page or the query), and
 * without a fragment. The app's page is the embed's folder, wherever the app is deployed.
 */
export function fullAppUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.pathname = url.pathname.replace(EMBED_PAGE, '$1');
  url.searchParams.delete('embed');
  url.hash = '';
  return url.toString();
}

/**
 * The address a share link starts from: `pageUrl` saying what the sharer shows, presenter mode
 * with its layout (`?present=code-stage`) or, with presenter mode off, no `present` at all.
 */
export function presenterLinkUrl(
  pageUrl: string,
  presenter: boolean,
  layout: PresenterLayoutId,
): string {
  const url = new URL(pageUrl);
  if (presenter) url.searchParams.set('present', layout);
  else url.searchParams.delete('present');
  return url.toString();
}

/** Panels presenter mode can hide, each with the key that toggles it. */
export const PANELS = [
  { key: '1', panel: 'workspace', label: 'Workspace' },
  { key: '2', panel: 'editor', label: 'Editor' },
  { key: '3', panel: 'triggers', label: 'Triggers' },
  { key: '4', panel: 'monitor', label: 'Monitor' },
  { key: '5', panel: 'deliveries', label: 'Async events' },
  { key: '6', panel: 'logs', label: 'Logs' },
  { key: '7', panel: 'architecture', label: 'Architecture' },
  { key: '8', panel: 'stage', label: 'Instances' },
  { key: '9', panel: 'cost', label: 'Cost' },
] as const;

export type PanelName = (typeof PANELS)[number]['panel'];

export type PresenterAction =
  | { type: 'toggle-presenter' }
  | { type: 'toggle-panel'; panel: PanelName }
  | { type: 'layout'; layout: PresenterLayoutId };

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The key went to a text field or the code editor, where it is typing. */
  typing: boolean;
}

/**
 * What a key press does. Alt+Shift+P (by physical key: Alt changes the character on macOS)
 * toggles presenter mode anywhere; the panel keys (digits) and the layout keys (a digit and
 * letters) are plain keys, so they act only in presenter mode and never while typing.
 */
export function presenterAction(press: KeyPress, presenter: boolean): PresenterAction | null {
  if (press.code === 'KeyP' && press.altKey && press.shiftKey && !press.ctrlKey && !press.metaKey) {
    return { type: 'toggle-presenter' };
  }
  if (!presenter || press.typing || press.altKey || press.ctrlKey || press.metaKey) return null;
  const entry = PANELS.find((p) => p.key === press.key);
  if (entry) return { type: 'toggle-panel', panel: entry.panel };
  const layout = layoutOfKey(press.key);
  return layout ? { type: 'layout', layout } : null;
}

/**
 * The app root's classes: `narrow` on a screen too narrow for three columns; in presenter mode
 * (wide screens only: a narrow one has its own single column) `presenter`, `layout-<id>`, and
 * `hide-<panel>` for each panel hidden in it.
 */
export function appClassName(
  view: { presenter: boolean; narrow: boolean; layout: PresenterLayoutId },
  hidden: ReadonlySet<PanelName>,
): string {
  if (view.narrow) return view.presenter ? 'app narrow presenter' : 'app narrow';
  if (!view.presenter) return 'app';
  return [
    'app',
    'presenter',
    `layout-${view.layout}`,
    ...PANELS.filter((p) => hidden.has(p.panel)).map((p) => `hide-${p.panel}`),
  ].join(' ');
}
