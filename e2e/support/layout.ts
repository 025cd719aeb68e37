// The page's layout as a learner on a phone, a tablet or a classroom projector meets it: whether
// the page scrolls sideways, the narrow layout's tab bar, and where things are on screen.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Content wider than the window, which would make the page scroll sideways. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth - root.clientWidth;
  });
}

/** The narrow layout's tab bar and its tabs (Code, Triggers, Stage, Logs, Cost). */
export class ViewTabs {
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByRole('tablist', { name: 'Views' });
  }

  tab(name: string): Locator {
    return this.list.getByRole('tab', { name, exact: true });
  }

  panel(name: string): Locator {
    return this.page.getByRole('tabpanel', { name, exact: true });
  }

  async open(name: string): Promise<void> {
    await this.tab(name).click();
  }
}

/**
 * Opens the narrow header's Menu, where workspaces, Share, Lessons, presenter mode, the theme and
 * the simulation's settings live on a phone.
 */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
}

/** The element's box, in the window's coordinates. */
export async function boxOf(locator: Locator): Promise<DOMRect> {
  return locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
}

/** Whether `box` lies wholly inside the window. */
export function insideWindow(box: DOMRect, page: Page): boolean {
  const size = page.viewportSize()!;
  return box.left >= 0 && box.top >= 0 && box.right <= size.width && box.bottom <= size.height;
}

/** Whether the page scrolls at all, down or sideways. */
export async function pageScrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight;
  });
}

/** Presenter mode's key guide and the named layouts it lists, the one on screen marked. */
export class PresenterKeys {
  readonly guide: Locator;
  readonly current: Locator;

  constructor(private readonly page: Page) {
    this.guide = page.getByRole('complementary', { name: 'Presenter keys' });
    this.current = this.guide.locator('[data-testid="presenter-layout"][aria-current="true"]');
  }

  /** Presses a key with the focus on the page, not in a field (where keys are typing). */
  async press(key: string): Promise<void> {
    await this.guide.click();
    await this.page.keyboard.press(key);
  }
}

/**
 * How the first line of the code editor is drawn against the editor's visible text area: its text
 * ends before the area's right edge when the whole line shows, and starts after its left edge
 * when it is not scrolled.
 */
export async function firstCodeLine(
  editor: Locator,
): Promise<{ text: string; left: number; right: number; areaLeft: number; areaRight: number }> {
  return editor.evaluate((root) => {
    const lines = Array.from(root.querySelectorAll<HTMLElement>('.view-line'));
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    const text = lines[0]!.firstElementChild as HTMLElement;
    const area = root.querySelector('.lines-content')!.parentElement!.getBoundingClientRect();
    const drawn = text.getBoundingClientRect();
    return {
      text: (text.textContent ?? '').replaceAll('\u00a0', ' '),
      left: drawn.left,
      right: drawn.right,
      areaLeft: area.left,
      areaRight: area.right,
    };
  });
}
