/**
 * Content written to break the site, built with `CONTENT_DIR`: what an author (or whoever edits the help center's
 * content) writes is shown as written and never runs, redirects or re-bases a page.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../setup/browser';
import { buildContent, fixture } from '../setup/content-build';
import { serveStatic } from '../setup/static-server';
import { levelSlug } from '../../src/lib/frontmatter/category';
import { slugify } from '../../src/lib/slug';

const SITE = 'PG 계약 가이드';
const REFRESH = '</title><meta http-equiv="refresh" content="0;url=https://example.com/">';
const BASE = '</title><base href="https://example.com/">';

describe('frontmatter text in <head> (tests/fixtures/hostile-head)', () => {
	let build: Awaited<ReturnType<typeof buildContent>>;
	let server: Server;
	let browser: Browser;
	beforeAll(async () => {
		build = await buildContent(fixture('hostile-head'));
		server = await serveStatic(build.outDir, 0);
		browser = await launchBrowser();
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		server?.close();
	});

	const pages = () => [
		['an article: title, seo.*', '/article/', `$' $& $$ $\` ${REFRESH} | ${SITE}`],
		['an article: title', '/second/', `${REFRESH}두 번째 | ${SITE}`],
		['a tag', `/tags/${slugify(BASE)}/`, `#${BASE} | ${SITE}`],
		['a tag', `/tags/${slugify("<script>window.pwned = 'tag'</script>")}/`, `#<script>window.pwned = 'tag'</script> | ${SITE}`],
		['a PG', `/pg/${slugify("</title><script>window.pwned = 'pg'</script>")}/`, `</title><script>window.pwned = 'pg'</script> 관련 글 | ${SITE}`],
		// `>` separates levels, so "</title>" is a level of its own.
		['a category', `/category/결제/${levelSlug('</title')}/`, `</title | ${SITE}`],
	];

	test('builds', () => {
		expect(build.ok, build.output.slice(-3000)).toBe(true);
	});

	test.each(pages())('%s (%s): no script runs, no redirect, no foreign <base>, the title reads as written', async (_kind, path, title) => {
		const page = await browser.newPage();
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${encodeURI(path)}`;
		const response = await page.goto(url);
		expect(response?.status()).toBe(200);
		const state = await page.evaluate(() => ({
			pwned: (window as unknown as { pwned?: string }).pwned,
			title: document.title,
			bases: document.querySelectorAll('base').length,
			baseURI: document.baseURI,
			refreshes: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
			scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('pwned')).length,
			// The policy is in force before anything else in <head>: right after <meta charset>.
			head: [...document.head.children].slice(0, 2).map((element) => element.outerHTML.slice(0, 60)),
		}));
		expect(state).toMatchObject({ pwned: undefined, title, bases: 0, baseURI: url, refreshes: 0, scripts: 0 });
		expect(state.head[0]).toMatch(/^<meta charset="utf-8">/);
		expect(state.head[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
		expect(page.url()).toBe(url);
		await page.close();
	});
});
