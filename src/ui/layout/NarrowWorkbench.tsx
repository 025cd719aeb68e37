// The workbench on a narrow screen: one column behind a tab bar (Code · Triggers · Stage · Logs ·
// Cost). Every panel stays mounted, its tab only hidden, so the editor keeps its undo history and
// the logs their place while the learner looks elsewhere.
import type { ReactNode, RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useSession } from '../hooks/use-stores';
import type { NarrowTabId } from './narrow-layout';
import { NARROW_TABS, tabAfterKey } from './narrow-layout';
import {
  CostSection,
  DeliveriesSection,
  EditorPanel,
  LogsSection,
  ResultSection,
  StagePanels,
  TriggersPanel,
  WorkspacePanels,
} from './workbench-panels';

/** Each tab's panels: the code with the functions and files it belongs to; the result beside the
 *  Invoke button that produced it. */
const CONTENT: Record<NarrowTabId, () => ReactNode> = {
  code: () => (
    <>
      <EditorPanel />
      <WorkspacePanels />
    </>
  ),
  triggers: () => (
    <>
      <TriggersPanel />
      <ResultSection />
    </>
  ),
  stage: () => (
    <>
      <StagePanels />
      <DeliveriesSection />
    </>
  ),
  logs: () => <LogsSection />,
  cost: () => <CostSection />,
};

/**
 * On a phone the result lands below the Invoke button, past the bottom of the screen: each new
 * result is scrolled into view (its own component, so a result re-renders nothing else).
 */
function RevealResult({ panel }: { panel: RefObject<HTMLDivElement | null> }) {
  const results = useSession((s) => s.results);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const result = panel.current?.querySelector('[aria-label="Result"]');
    if (panel.current?.hidden === false) result?.scrollIntoView({ block: 'nearest' });
  }, [results, panel]);
  return null;
}

export function NarrowWorkbench() {
  const [active, setActive] = useState<NarrowTabId>('code');
  const triggersPanel = useRef<HTMLDivElement>(null);
  const select = (id: NarrowTabId) => {
    setActive(id);
    document.getElementById(`view-tab-${id}`)?.focus();
  };
  return (
    <main className="narrow-workbench">
      <div
        role="tablist"
        aria-label="Views"
        className="view-tabs"
        onKeyDown={(e) => {
          const next = tabAfterKey(active, e.key);
          if (!next) return;
          e.preventDefault();
          select(next);
        }}
      >
        {NARROW_TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`view-tab-${id}`}
            aria-selected={active === id}
            aria-controls={`view-panel-${id}`}
            tabIndex={active === id ? 0 : -1}
            onClick={() => setActive(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {NARROW_TABS.map(({ id }) => (
        <div
          key={id}
          role="tabpanel"
          id={`view-panel-${id}`}
          aria-labelledby={`view-tab-${id}`}
          className="view-panel"
          hidden={active !== id}
          ref={id === 'triggers' ? triggersPanel : undefined}
        >
          {CONTENT[id]()}
        </div>
      ))}
      <RevealResult panel={triggersPanel} />
    </main>
  );
}
