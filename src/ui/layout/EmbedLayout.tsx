// The playground inside a tutorial's iframe (`?embed`): the code, the Test tab, the result and the
// stage, without the app's chrome, Pause and Reset for what it runs, and a way out to the full
// app with the same scenario.
import { fullAppLink } from '../../store';
import { ResultPanel } from '../result/ResultPanel';
import { Stage } from '../stage/Stage';
import { HoldNotice } from '../share/HoldNotice';
import { TestTab } from '../triggers/TestTab';
import { PanelBoundary } from '../recovery/PanelBoundary';
import { EditorPane } from './EditorPane';
import { PauseButton } from './PauseButton';
import { ResetButton } from './ResetButton';
import { useEmbeddedLink } from './use-embedded-link';
import { fullAppUrl } from './view-mode';

export function EmbedLayout() {
  const appUrl = fullAppUrl(window.location.href);
  const problem = useEmbeddedLink();
  return (
    <div className="app embed">
      {problem && (
        <p className="banner banner-error" role="alert">
          {problem}
        </p>
      )}
      <main className="embed-grid">
        <section className="center" aria-label="Code">
          <PanelBoundary name="Editor">
            <EditorPane />
          </PanelBoundary>
          <PanelBoundary name="Test event">
            <section className="panel triggers" aria-label="Test event">
              <TestTab />
            </section>
          </PanelBoundary>
        </section>
        <section className="observe" aria-label="Platform">
          <PanelBoundary name="Result">
            <ResultPanel />
          </PanelBoundary>
          <PanelBoundary name="Instances">
            <Stage />
          </PanelBoundary>
        </section>
      </main>
      <footer className="embed-footer">
        <HoldNotice />
        <div className="embed-controls" role="group" aria-label="Simulation">
          <PauseButton />
          <ResetButton />
        </div>
        <a
          href={appUrl}
          target="_blank"
          rel="noopener"
          // The link is made on click, so it carries the edits made in the embed so far.
          onClick={(e) => {
            e.currentTarget.href = fullAppLink(appUrl);
          }}
        >
          Open in Serverless Playground <span aria-hidden="true">↗</span>
        </a>
      </footer>
    </div>
  );
}
