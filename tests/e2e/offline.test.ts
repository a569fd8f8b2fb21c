/**
 * Offline: a first visit saves what every reader needs (the shell, home, 내 체크리스트, every guide with a
 * checklist, search), visited pages are kept as they are read, an unsaved page offline shows the offline page,
 * "전체 저장" saves the rest, and a new deploy replaces only what changed, checklists untouched.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { storageKey } from '../../src/lib/checklist/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SaveAllManifest } from '../../src/offline/contract';
import { serveStatic } from '../setup/static-server';
import { stepsFor } from './checklist-helpers';
import { search } from './search-helpers';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { launchBrowser, openPage, siteURL, trackErrors, type TrackedPage } from '../setup/browser';

const GUIDE = '/guides/kg-inicis-contract/';
/** A guide without a checklist: not saved until visited. */
const OTHER = '/guides/pg-application/';
const DIST = join(PROJECT_ROOT, 'dist');

const distFiles = () => readdirSync(DIST, { recursive: true, encoding: 'utf-8' }).map((file) => file.replace(/\\/g, '/'));
/** `guides/x/index.html` → `/guides/x/`. */
const pagePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;
/** The built worker's precache manifest: URL → revision. */
const precache = () =>
	new Map([...readFileSync(join(DIST, 'sw.js'), 'utf-8').matchAll(/\{"revision":(?:"(\w+)"|null),"url":"([^"]+)"\}/g)].map(([, revision, url]) => [url!, revision]));
const saveAllManifest = (dir = DIST) => JSON.parse(readFileSync(join(dir, 'offline-all.json'), 'utf-8')) as SaveAllManifest;
/** The pages the offline page links as saved on every device. */
const savedPages = () =>
	[...readFileSync(join(DIST, 'offline/index.html'), 'utf-8').matchAll(/<a href="([^"]+)" data-offline-saved/g)].map(([, href]) => decodeURI(href!));
const md5 = (file: string) => createHash('md5').update(readFileSync(join(DIST, file))).digest('hex');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Resolves once a service worker is active and controls the page (its precache is then complete). */
async function waitForServiceWorker(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const h1 = (page: Page) => page.locator('h1').first().textContent();
/** Whether every stylesheet the page links loaded, rules and all (a failed one can leave an empty sheet). */
const stylesLoaded = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => ((link as HTMLLinkElement).sheet?.cssRules.length ?? 0) > 0));
/** Each page's heading as served online, to compare with what opens offline. */
async function onlineTitle(path: string) {
	const html = await fetch(siteURL(path)).then((response) => response.text());
	return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!.trim();
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('the first visit precaches the shell, the saved pages and search, and nothing else; 전체 저장 lists the rest', () => {
	const saved = savedPages();
	expect(saved).toEqual(expect.arrayContaining(['/', '/checklist/', GUIDE]));
	const manifest = precache();
	const rest = saveAllManifest();
	const inRest = new Set(rest.files.map(([url]) => decodeURI(url)));
	const fragmentPage = (file: string) => /"url":"([^"]+)"/.exec(gunzipSync(readFileSync(join(DIST, file))).toString('utf-8'))![1]!;
	for (const file of distFiles()) {
		const isPage = file.endsWith('index.html');
		const isFragment = file.startsWith('pagefind/fragment/');
		if (isPage || isFragment) {
			const page = decodeURI(isPage ? pagePath(file) : fragmentPage(file));
			// 내 체크리스트's parts (its folded checklists' controls) go with it.
			const shouldPrecache = saved.includes(page) || page === '/offline/' || (page.startsWith('/checklist/parts/') && saved.includes('/checklist/'));
			expect(manifest.has(file), file).toBe(shouldPrecache);
			expect(inRest.has(isPage ? page : `/${file}`), file).toBe(!shouldPrecache);
		} else if (/^(_astro|icons)\/|^pagefind\/(index\/|ko-bigrams\/|pagefind\.js|wasm\.|pagefind-entry)/.test(file)) {
			expect(manifest.has(file), file).toBe(true);
		}
		if (manifest.get(file)) expect(manifest.get(file), file).toBe(md5(file));
	}
	// The rest, with revisions, and its size on the wire for the reader to see before downloading it.
	for (const [url, revision] of rest.files) {
		const file = decodeURI(url).slice(1).replace(/(^|\/)$/, '$1index.html');
		expect(revision, url).toBe(md5(file));
	}
	expect(rest.bytes).toBe(rest.files.reduce((sum, [, , bytes]) => sum + bytes, 0));
	expect(rest.files.length).toBeGreaterThan(10);
});

describe('with the network off after one visit to a guide', () => {
	let guide: TrackedPage;
	const titles = new Map<string, string>();

	beforeAll(async () => {
		for (const path of [...savedPages(), OTHER]) titles.set(path, await onlineTitle(path));
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

	test('home, 내 체크리스트 and every guide with a checklist open as themselves', async () => {
		const { page } = guide;
		// Without its slash too: a host would redirect; offline the worker answers with the page itself.
		for (const path of [...savedPages(), GUIDE.replace(/\/$/, '')]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			expect(response?.fromServiceWorker(), path).toBe(true);
			expect(await h1(page), path).toBe(titles.get(path.replace(/(?<!\/)$/, '/')));
			// Its stylesheets came from the cache too (a script or anything else that failed would be a console error).
			expect(await stylesLoaded(page), path).toBe(true);
		}
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
		await expect.poll(() => page.locator('pg-checklist[data-guide="guides/kg-inicis-contract"] [data-progress]').textContent()).toBe(`2/${stepsFor(null).length} 완료`);
		// A checklist not started opens offline too: its controls come from its part, precached with the page.
		const kcp = page.locator('pg-checklist[data-guide="guides/nhn-kcp-contract"]');
		await kcp.locator('summary').click();
		await kcp.locator('[data-item="apply"] input[type="checkbox"]').check();
		expect(await page.evaluate((key) => localStorage.getItem(key), storageKey('guides/nhn-kcp-contract'))).toContain('"apply"');
		expect(guide.errors()).toEqual([]);
	});

	test('search answers from the cached Pagefind index', async () => {
		const { page } = guide;
		await page.goto('/');
		// Through the search dialog, Korean query processing included (English layout for 키파일): the saved guide is
		// found; pages whose search data is not saved are left out, not an error.
		const { results } = await search(page, 'zlvkdlf');
		expect(results.map((shown) => shown.path)).toContain(GUIDE);
		expect(results.find((shown) => shown.path === GUIDE)!.excerptHtml).toContain('<mark>키파일</mark>');
		// And Pagefind itself, as the dialog loaded it (imported first by a page, it would take no options of ours).
		// A string, not a function: Vitest would rewrite a function's `import()` for Node.
		const count: number = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			return (await pagefind.search('키파일')).results.length;
		})()`);
		expect(count).toBeGreaterThan(0);
		// A typo is corrected offline too: the vocabulary beside the index is precached with it.
		const typo = await search(page, '계약절챠');
		// Every PG's guide is a 상세 계약절차 and saved with the first visit: one of them answers.
		expect(typo.results[0]?.title).toMatch(/상세 계약절차$/);
		expect(await page.locator('.search-correction').textContent()).toContain('‘계약절차’');
		expect(guide.errors()).toEqual([]);
	});

	test('a page not saved shows the offline page, with links to what is saved and a search that works', async () => {
		const { page } = guide;
		for (const path of [OTHER, '/guides/no-such-guide/']) {
			const response = await page.goto(path);
			expect(response?.fromServiceWorker(), path).toBe(true);
			expect(response?.status(), path).toBe(503);
			expect(await h1(page), path).toBe('오프라인입니다');
			expect(page.url(), path).toBe(siteURL(path));
		}
		const links = await page.locator('a[data-offline-saved]').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
		expect(links.map((link) => decodeURI(link))).toEqual(savedPages());
		await page.locator('[data-offline-search]').click();
		await page.waitForSelector('site-search input', { state: 'visible' });
		const { results } = await search(page, '키파일');
		expect(results.map((shown) => shown.path)).toContain(GUIDE);
		await page.locator(`a[data-offline-saved][href="${GUIDE}"]`).first().evaluate((link) => (link as HTMLAnchorElement).click());
		await page.waitForURL(siteURL(GUIDE));
		expect(await h1(page)).toBe(titles.get(GUIDE));
	});
});

test('a page read online opens offline later, and the offline page lists it', async () => {
	const tracked = await openPage(browser, GUIDE);
	const { page, context } = tracked;
	await waitForServiceWorker(page);
	const title = await onlineTitle(OTHER);
	await page.goto(OTHER);
	await context.setOffline(true);
	const response = await page.goto(OTHER);
	expect(response?.status()).toBe(200);
	expect(response?.fromServiceWorker()).toBe(true);
	expect(await h1(page)).toBe(title);
	await page.goto('/guides/contract-documents/');
	expect(await h1(page)).toBe('오프라인입니다');
	await expect.poll(() => page.locator('[data-visited-list] a').allTextContents()).toContain(title);
	await tracked.close();
});

test('전체 저장 shows the size first, then saves every page for offline use', async () => {
	const rest = saveAllManifest();
	const tracked = await openPage(browser, '/checklist/');
	const { page, context } = tracked;
	await waitForServiceWorker(page);
	const status = page.locator('pg-save-all [data-status]');
	await expect.poll(() => status.textContent()).toBe('아직 전체 저장하지 않았습니다.');
	expect(await page.locator('pg-save-all [data-estimate]').textContent()).toMatch(/저장 공간: [\d.]+ MB/);
	await page.getByRole('button', { name: '전체 저장' }).click();
	await expect.poll(() => status.textContent()).toContain(`파일 ${rest.files.length}개, ${mb(rest.bytes)}를 내려받습니다`);
	await page.getByRole('button', { name: '내려받기' }).click();
	await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(`저장됨 · ${mb(rest.storedBytes)}`);
	expect(await page.locator('pg-save-all progress').isVisible()).toBe(false);

	// Every page (내 체크리스트's parts are fetched into it, not opened).
	const pages = distFiles()
		.filter((file) => file.endsWith('index.html') && !file.startsWith('checklist/parts/'))
		.map((file) => decodeURI(pagePath(file)));
	const titles = new Map(await Promise.all(pages.map(async (path) => [path, await onlineTitle(path)] as const)));
	await context.setOffline(true);
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		expect(await h1(page), path).toBe(titles.get(path));
	}
	console.log(`[offline] after 전체 저장, ${pages.length} pages opened offline`);
	await page.goto('/checklist/');
	// Read back from the cache when the page starts: on a busy machine, more than the default second.
	await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`저장됨 · ${mb(rest.storedBytes)}`);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
}, 120_000);

test('전체 저장 on a device without room stops with Korean words and the right advice', async () => {
	const tracked = await openPage(browser, '/checklist/');
	const { page, context } = tracked;
	await waitForServiceWorker(page);
	// The browser's quota for this site: just over what the first visit stored, far under what 전체 저장 needs.
	const cdp = await context.newCDPSession(page);
	const { usage } = await page.evaluate(() => navigator.storage.estimate());
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: usage! + 64 * 1024 });
	await page.getByRole('button', { name: '전체 저장' }).click();
	const status = page.locator('pg-save-all [data-status]');
	// (The override limits what the site may store; `navigator.storage.estimate()` does not show it, so no warning first.)
	await page.getByRole('button', { name: '내려받기' }).click();
	await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('저장 공간이 부족해 멈췄습니다');
	const text = (await status.textContent())!;
	expect(text).toContain('저장 공간을 비우거나');
	expect(text).not.toContain('연결');
	// No browser error text (QuotaExceededError, "Quota exceeded").
	expect(text.replace(/\d+(\.\d+)? MB/g, '')).not.toMatch(/[A-Za-z]{3,}/);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
}, 60_000);

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

/** The file a URL of 전체 저장's list names: `/guides/x/` → `guides/x/index.html`. */
const fileOf = (url: string) => decodeURI(url).slice(1).replace(/(^|\/)$/, '$1index.html');

/**
 * The built site `from` as the next deploy in `to`: `change` edits its files, and the revisions of the worker's
 * precache and of 전체 저장's list are computed again from them, as a build would.
 */
function nextDeploy(from: string, to: string, change: (dir: string) => void) {
	cpSync(from, to, { recursive: true });
	change(to);
	const md5Of = (file: string) => createHash('md5').update(readFileSync(join(to, file))).digest('hex');
	const worker = join(to, 'sw.js');
	writeFileSync(worker, readFileSync(worker, 'utf-8').replace(/\{"revision":"\w+","url":"([^"]+)"\}/g, (_, url: string) => `{"revision":"${md5Of(url)}","url":"${url}"}`));
	const rest = saveAllManifest(to);
	rest.files = rest.files.map(([url, revision, bytes]) => [url, revision === 'immutable' ? revision : md5Of(fileOf(url)), bytes]);
	writeFileSync(join(to, 'offline-all.json'), JSON.stringify(rest));
}

/** A line on a page after its heading: the mark of the deploy a copy came from. */
const markPage = (dir: string, page: string, text: string) => {
	const file = join(dir, page, 'index.html');
	writeFileSync(file, readFileSync(file, 'utf-8').replace('</h1>', `</h1><p id="next-deploy">${text}</p>`));
};

/** A host whose deploys are switched: the server serves a link, moved from one folder to the next. */
async function host(options: Parameters<typeof serveStatic>[2] = {}) {
	const root = mkdtempSync(join(tmpdir(), 'pg-guide-deploy-'));
	const site = join(root, 'site');
	const deploy = (dir: string) => {
		rmSync(site, { force: true });
		symlinkSync(dir, site);
	};
	deploy(DIST);
	const server = await serveStatic(site, 0, options);
	/** Paths the server was asked for. */
	const requested: string[] = [];
	server.on('request', (request) => requested.push(decodeURI(request.url ?? '')));
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	const close = () => {
		server.close();
		rmSync(root, { recursive: true, force: true });
	};
	return { root, deploy, requested, origin, close };
}

/** The browser checks for a new worker on navigations; here, at once. It takes over without a reload. */
const takeOver = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
				void navigator.serviceWorker.ready.then((registration) => registration.update());
			}),
	);


/** Whether any cache of the site holds `path`. */
const cached = (page: Page, path: string) => page.evaluate(async (path) => (await caches.match(path)) !== undefined, path);

describe('a new deploy', () => {
	let site: Awaited<ReturnType<typeof host>>;

	beforeAll(async () => {
		site = await host();
		// The next deploy: the guide (precached) and another page (saved by 전체 저장) changed.
		nextDeploy(DIST, join(site.root, 'next'), (next) => {
			for (const page of [GUIDE, OTHER]) markPage(next, page, '새 배포');
		});
	});
	afterAll(() => site?.close());

	test('downloads only what changed, precache and 전체 저장 alike, and the checklist keeps its progress', async () => {
		const { origin, requested, deploy, root } = site;
		const tracked = await openPage(browser, `${origin}${GUIDE}`);
		const { page, context } = tracked;
		await waitForServiceWorker(page);
		await page.locator('#checklist-key-file').check();
		await page.goto(`${origin}/checklist/`);
		await page.getByRole('button', { name: '전체 저장' }).click();
		await page.getByRole('button', { name: '내려받기' }).click();
		await expect.poll(() => page.locator('pg-save-all [data-status]').textContent(), { timeout: 30_000 }).toMatch(/^저장됨/);

		requested.length = 0;
		deploy(join(root, 'next'));
		await takeOver(page);
		// The worker brings 전체 저장 up to date after it takes over.
		// And reads which search data the new deploy has (offline-search.json), to replace what is saved of the old.
		const fetched = () => requested.map((url) => url.replace(/\?__WB_REVISION__=\w+$/, '')).sort();
		await expect.poll(fetched, { timeout: 30_000 }).toEqual(['/guides/kg-inicis-contract/index.html', '/offline-all.json', '/offline-search.json', '/sw.js', OTHER].sort());
		// The run is over when it records itself again (it removes its record when it starts).
		await expect.poll(() => page.evaluate(async () => (await (await caches.open('pg-guide-saved-all')).match('/__saved-all__')) !== undefined), { timeout: 30_000 }).toBe(true);

		await context.setOffline(true);
		for (const path of [OTHER, GUIDE]) {
			await page.goto(`${origin}${path}`);
			expect(await page.locator('#next-deploy').textContent(), path).toBe('새 배포');
		}
		expect(await page.locator('#checklist-key-file').isChecked()).toBe(true);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	}, 120_000);
});

describe('a new deploy with new styles and scripts', () => {
	/** Whether the host takes 6 s to answer the read page: over the worker's 4 s. */
	let slowPage = false;
	let site: Awaited<ReturnType<typeof host>>;
	/** The stylesheets and scripts the read page links in the first deploy, renamed in the next as a build does. */
	let oldAssets: string[];

	beforeAll(async () => {
		site = await host({ delay: (path) => (slowPage && path === OTHER ? 6000 : 0) });
		const html = readFileSync(join(DIST, OTHER, 'index.html'), 'utf-8');
		oldAssets = [...new Set([...html.matchAll(/"(\/_astro\/[^"]+\.(?:css|js))"/g)].map(([, path]) => path!))];
		expect(oldAssets.some((path) => path.endsWith('.css'))).toBe(true);
		// The next deploy: every stylesheet and script of the read page has new contents and a new name.
		nextDeploy(DIST, join(site.root, 'next'), (next) => {
			const renamed = new Map(oldAssets.map((path) => [path, path.replace(/\.([\w-]+)\.(css|js)$/, '.next$1.$2')]));
			for (const [from, to] of renamed) {
				writeFileSync(join(next, to), `${readFileSync(join(next, from), 'utf-8')}\n/* next deploy */`);
				rmSync(join(next, from));
			}
			for (const file of readdirSync(next, { recursive: true, encoding: 'utf-8' }).filter((name) => /\.(html|js)$/.test(name))) {
				const text = readFileSync(join(next, file), 'utf-8');
				let changed = text;
				for (const [from, to] of renamed) changed = changed.replaceAll(from.slice(1), to.slice(1));
				if (changed !== text) writeFileSync(join(next, file), changed);
			}
		});
		// And the one after: a change to one guide, nothing else.
		nextDeploy(join(site.root, 'next'), join(site.root, 'third'), (third) => markPage(third, GUIDE, '세 번째 배포'));
	});
	afterAll(() => site?.close());

	test('a page read before keeps its styles offline, and online when its HTML is slow; old files go once no saved page needs them', async () => {
		const { origin, deploy, root } = site;
		const tracked = await openPage(browser, `${origin}${GUIDE}`);
		const { page, context } = tracked;
		/** Opens `path` in a new tab (nothing of the last page in the tab's memory): its heading, mark, styles, errors. */
		const visit = async (path: string) => {
			const tab = await context.newPage();
			const errors = trackErrors(tab);
			const response = await tab.goto(`${origin}${path}`);
			const seen = { status: response?.status(), title: await h1(tab), mark: await tab.locator('#next-deploy').count(), styled: await stylesLoaded(tab), errors: errors.errors() };
			await tab.close();
			return seen;
		};
		const assetsCached = (path: string) => page.evaluate(async (path) => (await (await caches.open('pg-guide-assets')).match(path)) !== undefined, path);
		await waitForServiceWorker(page);
		await page.goto(`${origin}${OTHER}`);
		// The reader leaves the page: it is not the open one, which is saved again when a new worker takes over.
		await page.goto(`${origin}${GUIDE}`);
		deploy(join(root, 'next'));
		await takeOver(page);
		for (const path of oldAssets) expect(await assetsCached(path), path).toBe(true);

		const title = await onlineTitle(OTHER);
		await context.setOffline(true);
		expect(await visit(OTHER)).toEqual({ status: 200, title, mark: 0, styled: true, errors: [] });
		await context.setOffline(false);

		// Online, the host takes 6 s for the page: after 4 s the saved copy, styled.
		slowPage = true;
		const started = Date.now();
		expect(await visit(OTHER)).toEqual({ status: 200, title, mark: 0, styled: true, errors: [] });
		expect(Date.now() - started).toBeLessThan(5900);
		slowPage = false;

		// Read again online, the page is the new deploy's; at the next deploy, nothing saved needs the old files.
		await page.goto(`${origin}${OTHER}`);
		await page.goto(`${origin}${GUIDE}`);
		deploy(join(root, 'third'));
		await takeOver(page);
		for (const path of oldAssets) await expect.poll(() => cached(page, path), { message: path }).toBe(false);
		await context.setOffline(true);
		expect(await visit(OTHER)).toEqual({ status: 200, title, mark: 0, styled: true, errors: [] });
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	}, 120_000);
});

test('the page read on the first visit is saved once the worker takes over, with its search data', async () => {
	const tracked = await openPage(browser, OTHER);
	const { page, context } = tracked;
	await waitForServiceWorker(page);
	const title = await onlineTitle(OTHER);
	// Saved in the background after the worker takes over.
	await expect.poll(() => page.evaluate(async (path) => (await (await caches.open('pg-guide-visited')).match(path)) !== undefined, OTHER)).toBe(true);
	const fragment = JSON.parse(readFileSync(join(DIST, 'offline-search.json'), 'utf-8')).fragments[OTHER];
	await expect.poll(() => cached(page, fragment)).toBe(true);
	await context.setOffline(true);
	const response = await page.reload();
	expect(response?.status()).toBe(200);
	expect(await h1(page)).toBe(title);
	expect(await stylesLoaded(page)).toBe(true);
	// Its title finds it offline: the index is precached on this site, and its search data was saved with it.
	const { results } = await search(page, title);
	expect(results.map((shown) => shown.path)).toContain(OTHER);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});
