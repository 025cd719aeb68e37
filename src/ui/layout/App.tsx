// The page: functions and files on the left, code and test event in the middle, and what the
// platform did (result, instances, cost, logs) on the right.
import { useEffect } from 'react';
import { invokeSelectedFunction } from '../../store';
import { FileList } from '../files/FileList';
import { FunctionList } from '../functions/FunctionList';
import { LessonsHost } from '../lessons/LessonsHost';
import { CostPanel } from '../cost/CostPanel';
import { DeliveriesPanel } from '../deliveries/DeliveriesPanel';
import { LogView } from '../logs/LogView';
import { ResultPanel } from '../result/ResultPanel';
import { FunctionSettings } from '../settings/FunctionSettings';
import { Stage } from '../stage/Stage';
import { ArchitecturePanel } from '../architecture/ArchitecturePanel';
import { MonitorPanel } from '../monitor/MonitorPanel';
import { TriggerTabs } from '../triggers/TriggerTabs';
import { EditorPane } from './EditorPane';
import { Header } from './Header';
import { ArchiveActions } from './ArchiveActions';
import { EmbedLayout } from './EmbedLayout';
import { PresenterHelp } from './PresenterHelp';
import { useViewMode } from './use-view-mode';
import { ShareLinkBanner } from '../share/ShareLinkBanner';
import { WorkspaceNotices } from '../workspaces/WorkspaceNotices';
import { PanelBoundary } from '../recovery/PanelBoundary';
import { CrashNotice } from './CrashNotice';
import { UpdateNotice } from '../offline/UpdateNotice';

export function App() {
  useEffect(() => {
    // Ctrl/Cmd+Enter invokes from anywhere on the page (the editor handles it on its own).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      invokeSelectedFunction();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const view = useViewMode();
  if (view.embed) return <EmbedLayout />;

  return (
    <div className={view.className}>
      <Header />
      <ShareLinkBanner />
      <WorkspaceNotices />
      <CrashNotice />
      <main className="workbench">
        <aside className="sidebar" aria-label="Workspace">
          <PanelBoundary name="Functions">
            <FunctionList />
          </PanelBoundary>
          <PanelBoundary name="Export and import">
            <ArchiveActions />
          </PanelBoundary>
          <PanelBoundary name="Files">
            <FileList />
          </PanelBoundary>
          <PanelBoundary name="Function settings">
            <FunctionSettings />
          </PanelBoundary>
        </aside>
        <section className="center" aria-label="Code">
          <PanelBoundary name="Editor">
            <EditorPane />
          </PanelBoundary>
          <PanelBoundary name="Triggers">
            <TriggerTabs />
          </PanelBoundary>
        </section>
        <section className="observe" aria-label="Platform">
          <PanelBoundary name="Result">
            <ResultPanel />
          </PanelBoundary>
          <PanelBoundary name="Instances">
            <Stage />
          </PanelBoundary>
          <PanelBoundary name="Architecture">
            <ArchitecturePanel />
          </PanelBoundary>
          <PanelBoundary name="Monitor">
            <MonitorPanel />
          </PanelBoundary>
          <PanelBoundary name="Cost">
            <CostPanel />
          </PanelBoundary>
          <PanelBoundary name="Async events">
            <DeliveriesPanel />
          </PanelBoundary>
          <PanelBoundary name="Logs">
            <LogView />
          </PanelBoundary>
        </section>
      </main>
      <PanelBoundary name="Lessons">
        <LessonsHost />
      </PanelBoundary>
      <PresenterHelp />
      <UpdateNotice />
    </div>
  );
}
