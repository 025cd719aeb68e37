// axe-core's WCAG 2.1 A and AA rules over the whole page, reduced to what a spec asserts on: the
// serious and critical violations, each with the parts of the page it found, so a failure names
// the rule and where it broke without opening a trace.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  rule: string;
  impact: string;
  /** The CSS selectors of the offending nodes (the first few). */
  nodes: string[];
}

/** Every WCAG 2.1 AA violation axe finds on the page now, of any impact. */
export async function wcagViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

/** The serious and critical ones: what makes a part of the page unusable for someone. */
export function blocking(violations: Violation[]): Violation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
