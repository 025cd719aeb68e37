// The page's panels, each inside its own error boundary, as both workbenches place them: the wide
// one in three columns, the narrow one behind tabs. One definition, so a panel is the same panel
// (name, boundary, order within its group) whichever layout shows it.
import { ArchitecturePanel } from '../architecture/ArchitecturePanel';
import { CostPanel } from '../cost/CostPanel';
import { DeliveriesPanel } from '../deliveries/DeliveriesPanel';
import { FileList } from '../files/FileList';
import { FunctionList } from '../functions/FunctionList';
import { LogView } from '../logs/LogView';
import { ServiceLogView } from '../logs/ServiceLogView';
import { MonitorPanel } from '../monitor/MonitorPanel';
import { PanelBoundary } from '../recovery/PanelBoundary';
import { ResultPanel } from '../result/ResultPanel';
import { FunctionSettings } from '../settings/FunctionSettings';
import { Stage } from '../stage/Stage';
import { TriggerTabs } from '../triggers/TriggerTabs';
import { ServiceList } from '../services/ServiceList';
import { ServiceSettings } from '../services/ServiceSettings';
import { selectedService } from '../../store';
import { useWorkspace } from '../hooks/use-stores';
import { ArchiveActions } from './ArchiveActions';
import { EditorPane } from './EditorPane';

/**
 * The open item's files and settings: a function's, or a web app's settings (its one program
 * file is the editor's).
 */
function SelectedSettings() {
  const app = useWorkspace((s) => selectedService(s));
  if (app) {
    return (
      <PanelBoundary name="Service settings">
        <ServiceSettings app={app} />
      </PanelBoundary>
    );
  }
  return (
    <>
      <PanelBoundary name="Files">
        <FileList />
      </PanelBoundary>
      <PanelBoundary name="Function settings">
        <FunctionSettings />
      </PanelBoundary>
    </>
  );
}

/** The functions, their files and settings, and export/import: the wide page's left column. */
export function WorkspacePanels() {
  return (
    <>
      <PanelBoundary name="Functions">
        <FunctionList />
      </PanelBoundary>
      <PanelBoundary name="Web apps">
        <ServiceList />
      </PanelBoundary>
      <PanelBoundary name="Export and import">
        <ArchiveActions />
      </PanelBoundary>
      <SelectedSettings />
    </>
  );
}

export function EditorPanel() {
  return (
    <PanelBoundary name="Editor">
      <EditorPane />
    </PanelBoundary>
  );
}

export function TriggersPanel() {
  return (
    <PanelBoundary name="Triggers">
      <TriggerTabs />
    </PanelBoundary>
  );
}

export function ResultSection() {
  return (
    <PanelBoundary name="Result">
      <ResultPanel />
    </PanelBoundary>
  );
}

/** What the platform is doing: its instances, the architecture, the metrics. */
export function StagePanels() {
  return (
    <>
      <PanelBoundary name="Instances">
        <Stage />
      </PanelBoundary>
      <PanelBoundary name="Architecture">
        <ArchitecturePanel />
      </PanelBoundary>
      <PanelBoundary name="Monitor">
        <MonitorPanel />
      </PanelBoundary>
    </>
  );
}

export function CostSection() {
  return (
    <PanelBoundary name="Cost">
      <CostPanel />
    </PanelBoundary>
  );
}

export function DeliveriesSection() {
  return (
    <PanelBoundary name="Async events">
      <DeliveriesPanel />
    </PanelBoundary>
  );
}

/** The open item's logs: a function's log stream, or a web app's tasks and service events. */
export function LogsSection() {
  const app = useWorkspace((s) => selectedService(s));
  return (
    <PanelBoundary name="Logs">{app ? <ServiceLogView app={app} /> : <LogView />}</PanelBoundary>
  );
}
