import { describe, expect, it } from 'vitest';
import { announceEditorReady, editorReady } from './editor-ready';

describe(announceEditorReady, () => {
  it('settles editorReady only once announced', async () => {
    let settled = false;
    void editorReady.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    announceEditorReady();
    await editorReady;
    expect(settled).toBe(true);
  });
});
