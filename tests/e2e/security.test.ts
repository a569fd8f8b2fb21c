/**
 * Security: the Content Security Policy holds on every kind of page, in Chromium, with everything a reader
 * does (search answered, a checklist box ticked, the service worker registered), and the built HTML has no
 * inline event handlers, no unhashed inline script and no new tab without `rel="noopener noreferrer"`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { launchBrowser, openPage } from '../setup/browser';
import { isScriptUrl } from '../../src/markdown/safe-links';
import { cspDirectives } from '../../src/security/headers';
import { PAGE_TYPE_ENTRIES } from './page-types';
import { search } from './search-helpers';

const DIST = join(PROJECT_ROOT, 'dist');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Records every `securitypolicyviolation` of the page from its first script on. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`));
	});
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('no Content Security Policy violation', () => {
	test.each(PAGE_TYPE_ENTRIES)('%s (%s): loaded, searched, its checklist (if any) ticked, service worker active', async (_kind, path) => {
		const tracked = await openPage(browser, path, { beforeGoto: recordViolations });
		const { page } = tracked;
		expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const { results } = await search(page, '키파일');
		expect(results.length).toBeGreaterThan(0);
		// Ctrl+K toggles the dialog (Escape would first clear the search box).
		await page.keyboard.press('Control+k');
		const box = page.locator('pg-checklist input[type="checkbox"]').first();
		if (await box.count()) {
			// On 내 체크리스트 an untouched checklist is folded under its title.
			const fold = page.locator('pg-checklist details[data-fold]:not([open]) > summary').first();
			if (await fold.count()) await fold.click();
			await box.check();
			expect(await box.isChecked()).toBe(true);
		}
		expect(await violations(page)).toEqual([]);
		expect(tracked.consoleErrors.filter((message) => /Content Security Policy/i.test(message))).toEqual([]);
		expect(tracked.pageErrors).toEqual([]);
		await tracked.close();
	});
});

describe('the built HTML', () => {
	const pages = () => glob('**/*.html', { cwd: DIST }).then((files) => files.map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf-8') })));
	const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];

	/** A document, not a partial (내 체크리스트's parts, fetched into the page under its policy). */
	const isDocument = (html: string) => /<html[\s>]/i.test(html);

	test('every page carries the same policy, which allows each of its inline scripts by hash', async () => {
		const files = await pages();
		const all = files.filter(({ html }) => isDocument(html));
		expect(all.length).toBeGreaterThan(10);
		// A partial has no inline script (the page takes only its controls' template; a module it names is the page's own).
		for (const { file, html } of files.filter((page) => !isDocument(page.html))) expect(html, file).not.toMatch(/<script\b(?![^>]*\bsrc=)/);
		expect(new Set(all.map(({ html }) => policyOf(html))).size).toBe(1);
		for (const { file, html } of all) {
			const policy = policyOf(html)!;
			expect(policy, file).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
				if (/\bsrc=/.test(attributes!)) continue;
				const hash = `sha256-${createHash('sha256').update(body!).digest('base64')}`;
				expect(policy, `${file}: inline script ${body!.slice(0, 60)}`).toContain(`'${hash}'`);
			}
		}
	});

	test('has no inline event handlers', async () => {
		for (const { file, html } of await pages()) {
			const tags = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '').match(/<[a-z][^>]*>/gi) ?? [];
			expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag)), file).toEqual([]);
		}
	});

	test('no link or form leads to a javascript: URL', async () => {
		for (const { file, html } of await pages()) {
			const destinations = [...html.matchAll(/<(?:a|area|form)\b[^>]*\s(?:href|action)="([^"]*)"/g)].map((match) => match[1]!);
			expect(destinations.filter(isScriptUrl), file).toEqual([]);
		}
	});

	test('links that open a new tab cannot reach back to this one', async () => {
		for (const { file, html } of await pages()) {
			for (const [tag] of html.matchAll(/<a\b[^>]*\btarget="_blank"[^>]*>/g)) {
				const rel = /\brel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
				expect(rel, `${file}: ${tag}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
			}
		}
	});

	test('_headers sends the policy of the pages, plus frame-ancestors which a <meta> cannot carry', async () => {
		const headers = readFileSync(join(DIST, '_headers'), 'utf-8');
		const header = /^\/\*\n(?:  .*\n)*?  Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
		const [page] = await pages();
		expect(cspDirectives(header!)).toEqual([...cspDirectives(policyOf(page!.html)!), "frame-ancestors 'none'"]);
		expect(headers).toMatch(/^\/_astro\/\*\n  Cache-Control: public, max-age=31536000, immutable$/m);
	});

	test('Pagefind index and fragment files are named by content hash, so caching them for a year is safe', async () => {
		for (const folder of ['index', 'fragment']) {
			const files = await glob('*', { cwd: join(DIST, 'pagefind', folder) });
			expect(files.length).toBeGreaterThan(0);
			for (const file of files) expect(file).toMatch(/^[a-z-]+_[0-9a-f]{7,}\.pf_(index|fragment)$/);
		}
	});
});
