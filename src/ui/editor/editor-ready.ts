// The moment the code editor first accepts typing. Heavier work waits for it — Monaco's workers and
// the Lambda type libraries (monaco-setup), esbuild's download (preloadEditor) — because on two
// cores, starting it alongside the editor delays the first keystroke (the benchmark's firstLoad).

/** A page that never goes idle still starts that work after this long. */
export const IDLE_TIMEOUT_MS = 1_000;

let settle: () => void = () => undefined;

/** Settles once, at the first idle moment after `announceEditorReady`. */
export const editorReady = new Promise<void>((resolve) => {
  settle = resolve;
});

/**
 * Called when the editor is on screen (or has nothing to show). The work it releases starts when
 * the page is next idle, after the frames that draw the editor; without requestIdleCallback (Safari)
 * on the next task.
 */
export function announceEditorReady(): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => settle(), { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(() => settle(), 0);
  }
}
