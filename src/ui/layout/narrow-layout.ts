// The page on a screen too narrow for three columns (a phone, a tablet held upright): one column,
// and a tab bar choosing what fills it, as mobile code playgrounds do.

/**
 * Below this width the wide workbench's columns cannot all keep their minimum widths (250 px for
 * the workspace, 380 px for the code, 360 px for the platform: 990 px, styles.css) and the page
 * would scroll sideways.
 */
export const NARROW_MAX_WIDTH = 999;
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;

/** The narrow layout's tabs, in the order of a learner's loop: write, trigger, watch, read, pay. */
export const NARROW_TABS = [
  { id: 'code', label: 'Code' },
  { id: 'triggers', label: 'Triggers' },
  { id: 'stage', label: 'Stage' },
  { id: 'logs', label: 'Logs' },
  { id: 'cost', label: 'Cost' },
] as const;

export type NarrowTabId = (typeof NARROW_TABS)[number]['id'];

/**
 * The tab a key moves to from `current` in the tab bar (the ARIA tabs pattern: arrows wrap
 * around, Home and End go to the ends), or null for any other key.
 */
export function tabAfterKey(current: NarrowTabId, key: string): NarrowTabId | null {
  const at = NARROW_TABS.findIndex((tab) => tab.id === current);
  const last = NARROW_TABS.length - 1;
  const index =
    key === 'ArrowRight'
      ? (at + 1) % NARROW_TABS.length
      : key === 'ArrowLeft'
        ? (at + last) % NARROW_TABS.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : null;
  return index === null ? null : NARROW_TABS[index]!.id;
}
