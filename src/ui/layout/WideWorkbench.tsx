// The workbench on a screen wide enough for three columns: functions and files on the left, code
// and test event in the middle, and what the platform did (result, instances, cost, logs) on the
// right. Presenter mode rearranges these columns with CSS only (modes.css).
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

export function WideWorkbench() {
  return (
    <main className="workbench">
      <aside className="sidebar" aria-label="Workspace">
        <WorkspacePanels />
      </aside>
      <section className="center" aria-label="Code">
        <EditorPanel />
        <TriggersPanel />
      </section>
      <section className="observe" aria-label="Platform">
        <ResultSection />
        <StagePanels />
        <CostSection />
        <DeliveriesSection />
        <LogsSection />
      </section>
    </main>
  );
}
