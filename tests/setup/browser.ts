/**
 * Browser helpers for e2e tests: Debian's Chromium driven by playwright-core,
 * against the `astro preview` server started by tests/setup/e2e-global-setup.ts.
 *
 *   const browser = await launchBrowser();
 *   const tracked = await openPage(browser, '/');
 *   expect(tracked.errors()).toEqual([]);
 *   await tracked.close();
 *   await browser.close();
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type LaunchOptions,
  type Locator,
  type Page,
  type Response,
} from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import './context';

/** Launches headless Chromium (env CHROMIUM_PATH, else /usr/bin/chromium). */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: options.executablePath ?? chromiumPath(),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/** Origin of the preview server, e.g. `http://127.0.0.1:4329` (no trailing slash). */
export function baseURL(): string {
  const error = inject('e2eSetupError');
  if (error) throw new Error(error);
  const url = inject('baseURL');
  if (!url) throw new Error('baseURL was not provided: is this file in the e2e project (tests/e2e/)?');
  return url;
}

/** Absolute URL of a site path, e.g. `siteURL('/guides/')`. */
export function siteURL(path = '/'): string {
  return new URL(path, `${baseURL()}/`).href;
}

export interface PageErrors {
  /** `console.error(...)` messages, including failed resource loads reported by Chromium. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  /** Both lists together, each entry prefixed with its kind. */
  errors(): string[];
}

/** Starts collecting console errors and page errors of `page`. */
export function trackErrors(page: Page): PageErrors {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => {
    pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });
  return {
    consoleErrors,
    pageErrors,
    errors: () => [...consoleErrors.map((e) => `console: ${e}`), ...pageErrors.map((e) => `pageerror: ${e}`)],
  };
}

export interface TrackedPage extends PageErrors {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Response of the first navigation, or null when no path was given. */
  readonly response: Response | null;
  /** Closes the page's context (the browser stays open). */
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /** Options of the new browser context (viewport, locale, colorScheme, …). `baseURL` is preset. */
  context?: BrowserContextOptions;
  /** Navigation readiness; default `load`. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Runs before navigation, e.g. to add init scripts or routes. */
  beforeGoto?: (page: Page) => Promise<void> | void;
}

/**
 * Opens `path` of the site in a fresh context, collecting console and page errors
 * from the very start. Pass `path = null` to get a tracked blank page.
 */
export async function openPage(browser: Browser, path: string | null = '/', options: OpenPageOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ baseURL: baseURL(), ...options.context });
  const page = await context.newPage();
  const tracked = trackErrors(page);
  await options.beforeGoto?.(page);
  const response = path === null ? null : await page.goto(path, { waitUntil: options.waitUntil ?? 'load' });
  return { ...tracked, context, page, response, close: () => context.close() };
}

/**
 * Serves the page at `path` and the `/_astro/` files of the build in `outDir` to `context`, in place of the running
 * site's: a new deploy, met by a browser that still holds what the old one stored. Files only the running site
 * has still come from it.
 */
export async function routeToDeploy(context: BrowserContext, outDir: string, path: string): Promise<void> {
  await context.route(`**${path}`, (route) => route.fulfill({ path: join(outDir, path, 'index.html') }));
  await context.route('**/_astro/**', (route) => {
    const file = join(outDir, new URL(route.request().url()).pathname);
    return existsSync(file) ? route.fulfill({ path: file }) : route.continue();
  });
}

/**
 * Scrolls an element to the middle of the screen as the page itself would (a link, `scrollIntoView`), then waits two
 * frames. A guide lays out its blocks below the screen as they come near it (content-visibility): Playwright's own
 * scrolling places the element by the size the blocks above it were guessed at, and they take their real size after.
 */
export async function scrollToReader(locator: Locator): Promise<void> {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await locator.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
