// The workbench on a narrow screen: one column behind a tab bar (Code · Triggers · Stage · Logs ·
// Cost). Every panel stays mounted, its tab only hidden, so the editor keeps its undo history and
// the logs their place while the learner looks elsewhere.
import type { ReactNode } from 'react';
import { useState } from 'react';
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

export function NarrowWorkbench() {
  const [active, setActive] = useState<NarrowTabId>('code');
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
        >
          {CONTENT[id]()}
        </div>
      ))}
    </main>
  );
}
