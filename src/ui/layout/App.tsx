// The page: the header, its notices, and the workbench: three columns on a wide screen, one
// column behind tabs on a narrow one.
import { useEffect } from 'react';
import { invokeSelectedFunction } from '../../store';
import { LessonsHost } from '../lessons/LessonsHost';
import { Header } from './Header';
import { EmbedLayout } from './EmbedLayout';
import { NarrowWorkbench } from './NarrowWorkbench';
import { WideWorkbench } from './WideWorkbench';
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
      {view.narrow ? <NarrowWorkbench /> : <WideWorkbench />}
      <PanelBoundary name="Lessons">
        <LessonsHost />
      </PanelBoundary>
      <PresenterHelp />
      <UpdateNotice />
    </div>
  );
}
