// What the full app shows inside another site's frame instead of itself: a way to the app in a tab
// of its own (the frame's address, share link included, so nothing the link carries is lost).
import './framed-notice.css';

export function FramedNotice() {
  return (
    <main className="framed-notice">
      <h1>Serverless Playground</h1>
      <p>The full playground does not run inside other sites’ pages.</p>
      <a href={window.location.href} target="_blank" rel="noopener">
        Open Serverless Playground in its own tab <span aria-hidden="true">↗</span>
      </a>
    </main>
  );
}
