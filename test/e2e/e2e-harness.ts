/**
 * The end-to-end test's small harness: named steps that pass or fail, hand-written `expect`-style
 * checks that poll (the page is live: data arrives over HTTP and Server-Sent Events), and text
 * read through shadow roots (Playwright's CSS locators pierce open shadow roots, but
 * `textContent` does not).
 */
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';

export interface StepResult {
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'not run';
  readonly ms: number;
  readonly error?: string;
}

export class StepRunner {
  readonly results: StepResult[] = [];
  private failedOnce = false;
  /** What to add to a failure report (e.g. the page's visible text); errors here are ignored. */
  onFailure: (() => Promise<string>) | null = null;

  /**
   * Run one step. After a failure the later steps are reported as not run (they build on the
   * earlier ones) and count as failures: a step that did not check anything did not pass.
   */
  async step(name: string, body: () => Promise<void>): Promise<void> {
    if (this.failedOnce) {
      this.results.push({ name, status: 'not run', ms: 0 });
      console.log(`  - ${name} (not run: an earlier step failed)`);
      return;
    }
    const started = Date.now();
    try {
      await body();
      const ms = Date.now() - started;
      this.results.push({ name, status: 'passed', ms });
      console.log(`  ✓ ${name} (${ms} ms)`);
    } catch (error) {
      const ms = Date.now() - started;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.failedOnce = true;
      this.results.push({ name, status: 'failed', ms, error: message });
      console.log(`  ✗ ${name} (${ms} ms)\n${indent(message)}`);
      const context = await this.onFailure?.().catch((e: unknown) => `(no context: ${String(e)})`);
      if (context) console.log(`    page at the failure: ${context.slice(0, 1500)}`);
    }
  }

  /** Record a failure outside any step (start-up, time limit). */
  fail(name: string, error: unknown): void {
    this.failedOnce = true;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.results.push({ name, status: 'failed', ms: 0, error: message });
    console.log(`  ✗ ${name}\n${indent(message)}`);
  }

  get passed(): number {
    return this.results.filter((r) => r.status === 'passed').length;
  }

  get failed(): number {
    return this.results.length - this.passed;
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .slice(0, 14)
    .map((line) => `      ${line}`)
    .join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Poll `read` until `check` accepts its value; fail with the last value seen. `check` throws an
 * assertion error (node:assert) to reject a value, so the failure says what was expected.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, options: { timeout?: number; interval?: number; what?: string } = {}): Promise<T> {
  const timeout = options.timeout ?? 10_000;
  const interval = options.interval ?? 150;
  const deadline = Date.now() + timeout;
  let last: unknown = undefined;
  for (;;) {
    try {
      const value = await read();
      check(value);
      return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? last.message : String(last);
      throw new assert.AssertionError({ message: `${options.what ?? 'condition'} not met within ${timeout} ms: ${why}` });
    }
    await sleep(interval);
  }
}

/** An element's rendered text including the text inside shadow roots, whitespace collapsed. */
/**
 * Source of the page function behind `deepText`. A string, not a function: tsx compiles this file
 * with esbuild's keepNames, which wraps named functions in a `__name(...)` helper that does not
 * exist in the page.
 */
const DEEP_TEXT = `(root) => {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent || ''); return; }
    if (node instanceof Element) {
      const display = getComputedStyle(node).display;
      if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT' || display === 'none') return;
      // Blocks, cells and flex items are separate words; inline elements run on, as on screen.
      const gap = display.startsWith('inline') && display !== 'inline-block' && display !== 'inline-flex' ? '' : ' ';
      parts.push(gap);
      const children = node.shadowRoot ? node.shadowRoot.childNodes : node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : node.childNodes;
      for (const child of children) walk(child);
      parts.push(gap);
      return;
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join('').replace(/\\s+/g, ' ').trim();
}`;

/** An element's rendered text including the text inside shadow roots, whitespace collapsed. */
export function deepText(locator: Locator): Promise<string> {
  // An anonymous arrow (keepNames leaves it alone) that compiles the source in the page.
  return locator.evaluate((root, source) => (0, eval)(source)(root) as string, DEEP_TEXT);
}

/** Wait until the locator's first match is visible (it pierces shadow roots). */
export async function expectVisible(locator: Locator, what: string, timeout = 10_000): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new assert.AssertionError({ message: `expected ${what} to be visible within ${timeout} ms` });
  }
}

/** Wait until the element's deep text matches. */
export function expectText(locator: Locator, pattern: RegExp, what: string, timeout = 10_000): Promise<string> {
  return eventually(
    () => deepText(locator.first()),
    (text) => assert.match(text, pattern, `${what}: text ${JSON.stringify(text.slice(0, 300))} does not match ${pattern}`),
    { timeout, what },
  );
}
