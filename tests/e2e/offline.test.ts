/**
 * Offline: after one visit the service worker has every page, asset and the search index, so the site, its
 * search and the checklist work with the network off; a new deploy replaces the cache without losing progress.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../setup/static-server';
import { search } from './search-helpers';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { launchBrowser, openPage, siteURL, type TrackedPage } from '../setup/browser';

const GUIDE = '/guides/kg-inicis-contract/';

/** Pages opened with the network off; only the guide was visited before. */
const OFFLINE_PAGES = [
	'/guides/kg-inicis-contract/',
	'/',
	'/guides/pg-application/',
	'/guides/contract-documents/',
	'/guides/kg-inicis-channel-setup/',
	'/guides/service-requirements/',
	'/checklist/',
	'/tags/kg이니시스/',
	'/pg/kg이니시스/',
	'/category/결제서비스/이용안내/결제대행사-계약/',
	// Without its slash: a host would redirect; offline the worker answers with the page itself.
	'/guides/kg-inicis-contract',
];

/** Resolves once a service worker is active and controls the page (its precache is then complete). */
async function waitForServiceWorker(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const h1 = (page: Page) => page.locator('h1').first().textContent();

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('with the network off after one visit', () => {
	let guide: TrackedPage;
	const titles = new Map<string, string>();

	beforeAll(async () => {
		// Each page's heading as served online, to compare with what opens offline.
		for (const path of OFFLINE_PAGES) {
			const html = await fetch(siteURL(path.replace(/(?<!\/)$/, '/'))).then((response) => response.text());
			titles.set(path, /<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!.trim());
		}
		guide = await openPage(browser, GUIDE);
		await waitForServiceWorker(guide.page);
		await guide.page.locator('#checklist-apply').check();
		await guide.context.setOffline(true);
	});
	afterAll(async () => {
		await guide?.close();
	});

	test('the service worker is active and controls the page', async () => {
		expect(await guide.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toBe(siteURL('/sw.js'));
	});

	test(`every page opens as itself: ${OFFLINE_PAGES.join(', ')}`, async () => {
		const { page } = guide;
		const opened: string[] = [];
		for (const path of OFFLINE_PAGES) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			expect(response?.fromServiceWorker(), path).toBe(true);
			expect(await h1(page), path).toBe(titles.get(path));
			// Its stylesheets came from the cache too (a script or anything else that failed would be a console error).
			expect(await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => (link as HTMLLinkElement).sheet)), path).toBe(true);
			opened.push(path);
		}
		console.log(`[offline] pages opened offline: ${opened.join(', ')}`);
		expect(guide.errors()).toEqual([]);
	});

	test('the checklist keeps and saves progress offline, and the 내 체크리스트 page shows it', async () => {
		const { page } = guide;
		await page.goto(GUIDE);
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		expect(await page.locator('#checklist-apply').isChecked()).toBe(true);
		await page.locator('#checklist-contract-mail').check();
		await page.reload();
		expect(await page.locator('#checklist-contract-mail').isChecked()).toBe(true);
		await page.goto('/checklist/');
		await expect.poll(() => page.locator('pg-checklist-progress [data-count]').textContent()).toBe('2/10 완료');
		expect(guide.errors()).toEqual([]);
	});

	test('search answers from the cached Pagefind index', async () => {
		const { page } = guide;
		await page.goto('/');
		// A string, not a function: Vitest would rewrite a function's `import()` for Node.
		const result: { count: number; url?: string; excerpt?: string } = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search('키파일');
			const first = await search.results[0]?.data();
			return { count: search.results.length, url: first?.url, excerpt: first?.excerpt };
		})()`);
		expect(result.count).toBeGreaterThan(0);
		expect(result.url).toMatch(/^\/guides\//);
		expect(result.excerpt).toContain('키파일');
		// And through the search dialog, Korean query processing included (English layout for 키파일).
		const { results } = await search(page, 'zlvkdlf');
		expect(results.map((shown) => shown.path)).toContain(GUIDE);
		expect(results[0]!.excerptHtml).toContain('<mark>키파일</mark>');
		// A typo is corrected offline too: the vocabulary beside the index is precached with it.
		const typo = await search(page, '계약절챠');
		expect(typo.results[0]?.path).toBe(GUIDE);
		expect(await page.locator('.search-correction').textContent()).toContain('‘계약절차’');
		expect(guide.errors()).toEqual([]);
	});

	test('an unknown address shows the 404 page, with status 404', async () => {
		const { page } = guide;
		const response = await page.goto('/guides/no-such-guide/');
		expect(response?.status()).toBe(404);
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await h1(page)).toBe('페이지를 찾을 수 없습니다');
	});
});

test('the worker precaches every page and the search index as built (it runs after the index is written)', () => {
	const dist = join(PROJECT_ROOT, 'dist');
	const manifest = new Map(
		[...readFileSync(join(dist, 'sw.js'), 'utf-8').matchAll(/\{"revision":(?:"(\w+)"|null),"url":"([^"]+)"\}/g)].map(([, revision, url]) => [url!, revision]),
	);
	const files = readdirSync(dist, { recursive: true, encoding: 'utf-8' }).map((file) => file.replace(/\\/g, '/'));
	const expected = files.filter((file) => file.endsWith('.html') || (file.startsWith('pagefind/') && /\.\w+$/.test(file) && !/-ui\./.test(file)));
	expect(expected.filter((file) => file.startsWith('pagefind/index/')).length).toBeGreaterThan(0);
	for (const file of expected) {
		expect(manifest.has(file), file).toBe(true);
		expect(manifest.get(file), file).toBe(createHash('md5').update(readFileSync(join(dist, file))).digest('hex'));
	}
	expect([...manifest.keys()].filter((url) => url.startsWith('_astro/')).length).toBeGreaterThan(0);
});

test('the site is installable: a Korean web app manifest with 192 and 512 px icons', async () => {
	const html = await fetch(siteURL(GUIDE)).then((response) => response.text());
	expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
	const manifest = await fetch(siteURL('/manifest.webmanifest')).then((response) => response.json());
	expect(manifest).toMatchObject({ name: 'PG 계약 가이드', lang: 'ko', start_url: '/', display: 'standalone' });
	for (const size of [192, 512]) {
		const icon = manifest.icons.find((entry: { sizes: string }) => entry.sizes === `${size}x${size}`);
		const response = await fetch(siteURL(icon.src));
		const png = Buffer.from(await response.arrayBuffer());
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
	}
});

describe('a new deploy', () => {
	let root: string;
	let server: Server;
	let origin: string;
	/** The site the server serves: a link, switched from one deploy to the next. */
	let site: string;
	const deploy = (dir: string) => {
		rmSync(site, { force: true });
		symlinkSync(dir, site);
	};

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'pg-guide-deploy-'));
		site = join(root, 'site');
		// The next deploy: one page changed, and the worker's precache manifest with that page's new revision.
		const next = join(root, 'next');
		cpSync(join(PROJECT_ROOT, 'dist'), next, { recursive: true });
		const page = join(next, 'guides/pg-application/index.html');
		const html = readFileSync(page, 'utf-8').replace('</h1>', '</h1><p id="next-deploy">새 배포</p>');
		writeFileSync(page, html);
		const revision = createHash('md5').update(html).digest('hex');
		const worker = join(next, 'sw.js');
		const before = readFileSync(worker, 'utf-8');
		const after = before.replace(/"revision":"\w+","url":"guides\/pg-application\/index\.html"/, `"revision":"${revision}","url":"guides/pg-application/index.html"`);
		expect(after).not.toBe(before);
		writeFileSync(worker, after);
		deploy(join(PROJECT_ROOT, 'dist'));
		server = await serveStatic(site, 0);
		const address = server.address();
		origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	afterAll(() => {
		server?.close();
		rmSync(root, { recursive: true, force: true });
	});

	test('updates the cache at once, and the checklist keeps its progress', async () => {
		const tracked = await openPage(browser, `${origin}${GUIDE}`);
		const { page, context } = tracked;
		await waitForServiceWorker(page);
		await page.locator('#checklist-key-file').check();

		deploy(join(root, 'next'));
		// The browser checks for a new worker on navigations; here, at once. It takes over without a reload.
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
					void navigator.serviceWorker.ready.then((registration) => registration.update());
				}),
		);

		await context.setOffline(true);
		await page.goto(`${origin}/guides/pg-application/`);
		expect(await page.locator('#next-deploy').textContent()).toBe('새 배포');
		await page.goto(`${origin}${GUIDE}`);
		expect(await page.locator('#checklist-key-file').isChecked()).toBe(true);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});
});
