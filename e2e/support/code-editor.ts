// The Monaco code editor as a learner uses it: wait for it, replace its text, read back what it shows.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class CodeEditor {
  readonly root: Locator;
  /** The squiggles under code with an error: esbuild's markers and TypeScript's. */
  readonly errorSquiggles: Locator;
  private readonly lines: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('code-editor');
    this.errorSquiggles = this.root.locator('.squiggly-error');
    this.lines = this.root.locator('.view-lines');
  }

  /** Resolves once Monaco has replaced the loading placeholder and drawn the active file. */
  async ready(): Promise<void> {
    // The first load fetches and compiles ~4 MB of Monaco: allow for a machine busy with other work.
    await expect(this.root.locator('.monaco-editor textarea')).toBeAttached({ timeout: 30_000 });
    await expect(this.lines.locator('.view-line').first()).toBeVisible();
  }

  /**
   * The text Monaco draws, line by line. Lines are positioned absolutely, so their order on screen
   * (their `top`) is the order of the model; only lines in view are drawn, which is all of them
   * for the short handlers the tests write.
   */
  async shownText(): Promise<string> {
    return this.lines.evaluate((element) => {
      const drawn = Array.from(element.querySelectorAll<HTMLElement>('.view-line'));
      drawn.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      // Monaco draws spaces as no-break spaces (U+00A0) so that runs of them keep their width.
      return drawn.map((line) => (line.textContent ?? '').replaceAll('\u00a0', ' ')).join('\n');
    });
  }

  /** Types at the cursor key by key, as a learner does, so Monaco offers its suggestions. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /**
   * An entry of the suggestion list by its label (Monaco names each `label, kind`). The list shows
   * once TypeScript has answered too: its worker's first answer can take many seconds.
   */
  suggestion(label: string): Locator {
    return this.page.getByRole('listbox', { name: 'Suggest' }).getByRole('option', {
      name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`),
    });
  }

  /** Rests the pointer on the first drawn token reading exactly `word`; answers the hover shown. */
  async hover(word: string): Promise<Locator> {
    await this.lines
      .locator('span span', { hasText: new RegExp(`^${word}$`) })
      .first()
      .hover();
    return this.page.locator('.monaco-hover:not(.hidden)');
  }

  /**
   * Replaces the whole active file the way a learner pastes code in. Typing (or `insertText`, which
   * Monaco treats as typing) would let Monaco auto-close brackets and re-indent each new line; a
   * paste is inserted verbatim. The drawn text is then compared with what was asked for.
   * Needs the clipboard permissions (see `grantClipboard`).
   */
  async setText(text: string): Promise<void> {
    await this.page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
    await this.lines.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => this.shownText()).toBe(text);
  }
}

/** Lets the page write to the clipboard and Monaco read a paste from it. */
export async function grantClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}
