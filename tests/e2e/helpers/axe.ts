// The page checked with axe-core, the rules browsers' accessibility auditors use: its serious and
// critical findings, each with the elements concerned, so that a failure says what to fix.
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

let source: string | undefined;

/** Serious and critical findings on the page as it is now (axe injected once per document). */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy (script-src 'self')
  // rightly refuses an inline script, and the test must not loosen it.
  source ??= readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact!, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
