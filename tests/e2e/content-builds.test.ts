/**
 * `CONTENT_DIR=<folder> astro build` on other content folders: fixtures with bad frontmatter must fail
 * naming the file and the field, a messy but real-world article must build, and the 359-article corpus
 * of the real help center must build with every article rendered and reachable.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import yaml from 'js-yaml';
import { markdownToMdast } from 'satteri';
import { beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../setup/browser';
import { buildContent, fixture } from '../setup/content-build';
import { CORPUS } from '../setup/corpus';
import { countBytesSent, serveStatic } from '../setup/static-server';
import { FIRST_VISIT_BUDGET } from '../../src/offline/contract';
import { search } from './search-helpers';

/** A component tag or a fragment string (`"<>…</>"`) printed as text instead of rendered. */
const COMPONENT_LEFT_AS_TEXT = /&lt;(Callout|Accordion|Indent|Highlight|Tag)\b|<p>&lt;\/?&gt;|&lt;&gt;!\[/;


function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

describe('invalid frontmatter fails the build, naming the file and the field', () => {
	test.each([
		['bad-tags', 'tags'],
		['bad-datetime', 'datetime'],
		['no-title', 'title'],
	])('%s', async (name, field) => {
		const build = await buildContent(fixture(name));
		expect(build.ok).toBe(false);
		expect(build.output).toContain(join(fixture(name), 'article.md'));
		expect(build.output).toMatch(new RegExp(`\\b${field}\\b[^\\n]*(Expected|Invalid|ISO|Required|received)`, 'i'));
	}, 120_000);
});

test('a broken internal link fails the build', async () => {
	const build = await buildContent(fixture('broken-link'));
	expect(build.ok).toBe(false);
	expect(build.output).toContain('/guides/does-not-exist/');
	expect(build.output).toContain('invalid link');
}, 120_000);

test('a messy real-world article builds, repaired and reported', async () => {
	const build = await buildContent(fixture('messy'));
	expect(build.ok, build.output).toBe(true);
	// Built without SITE_URL, as a test build is: the build says where its links point.
	expect(build.output).toContain('SITE_URL이 없어 llms.txt, canonical 링크, Open Graph와 sitemap이 http://localhost:4321를 가리킵니다');
	// Decomposed Hangul and missing images are reported, with where they are.
	expect(build.output).toMatch(/article\.md:\d+: 분해된 한글 자모\(NFD\)가 있습니다: "키파일"/);
	expect(build.output).toContain('/uploads/없는 그림.png');
	expect(build.output).toContain('/uploads/callout.png');

	const html = build.page('article');
	expect(html).toMatch(/<h1 id="_top"[^>]*>손으로 쓴 글<\/h1>/);
	expect(html).toContain('href="mailto:cs@portone.io"');
	expect(html).toContain('href="https://admin.portone.io"');
	expect(html).toContain('PG&lt;&gt;포트원');
	expect(html).toContain('(거래금액 &lt;취소 금액)');
	expect(html).toContain('&lt;사업자 정보&gt;');
	expect(html.match(/class="image-missing"/g)).toHaveLength(2);
	expect(html).toContain('aria-label="계약 화면"');
	expect(html).toMatch(/<details class="accordion[^"]*"><summary[^>]*>자세히<\/summary>/);
	expect(html).toContain('<strong>VISA</strong>');
	expect(html).not.toMatch(COMPONENT_LEFT_AS_TEXT);
	expect(html).toMatch(/<meta name="keywords" content="키파일, 공통"/);
	expect(html).not.toMatch(/<a [^>]*href="\/pg\//);
}, 120_000);

describe.skipIf(!existsSync(CORPUS))('the real help-center corpus (../shared/corpus/portone-help or CORPUS_DIR)', () => {
	let build: Awaited<ReturnType<typeof buildContent>>;
	beforeAll(async () => {
		build = await buildContent(CORPUS);
	}, 300_000);

	test('builds with every article rendered, reachable and light', async () => {
		expect(build.ok, build.output.slice(-4000)).toBe(true);
		expect(build.output).not.toMatch(/\[ERROR\]/);

		const articles = readdirSync(CORPUS, { recursive: true, encoding: 'utf-8' })
			.filter((file) => file.endsWith('.md'))
			.map((file) => file.replace(/\.md$/, ''));
		expect(articles).toHaveLength(359);

		// Every article has a page, and every page's components were rendered, not printed.
		const pages = articles.map((id) => build.page(id));
		for (const [index, html] of pages.entries()) {
			expect(html, articles[index]).not.toMatch(COMPONENT_LEFT_AS_TEXT);
			// Markdown left as text: an image or link whose destination Markdown could not read.
			expect(html, articles[index]).not.toMatch(/!\[[^\]]*\]\(/);
		}
		// content100026's Accordion image has a space in its path: a placeholder like any missing image, and listed.
		expect(build.page('content100026')).toContain('class="image-missing"');
		expect(build.output).toContain('/uploads/포트원소식/개인정보 202307.png');
		// Each component renders on exactly the pages whose source uses it.
		const sources = articles.map((id) => readFileSync(join(CORPUS, `${id}.md`), 'utf-8'));
		for (const [component, rendered] of [
			['Callout', /class="callout[ "]/],
			['Accordion', /<details class="accordion[ "]/],
			['Highlight', /<mark class="highlight[ "]/],
			['Tag', /<span class="tag[ "]/],
			['Indent', /<div class="indent[ "]/],
		] as const) {
			const using = articles.filter((_, index) => sources[index]!.includes(`<${component} `) || sources[index]!.includes(`<${component}>`));
			expect(using.length, component).toBeGreaterThan(5);
			expect(articles.filter((_, index) => rendered.test(pages[index]!)), component).toEqual(using);
		}

		// Every article is reachable from the navigation: the category pages, which the sidebar links.
		const linked = new Set<string>();
		for (const file of htmlFiles(join(build.outDir, 'category'))) {
			for (const [, href] of readFileSync(file, 'utf-8').matchAll(/href="\/([^"#]+)\/"/g)) linked.add(decodeURI(href!));
		}
		expect(articles.filter((id) => !linked.has(id))).toEqual([]);

		// The guide: the headline article, its step overview, and a page weight that stays small.
		const guide = build.page('core-service/how-to-use/inicis-contract');
		// Step overviews and checklists come from our procedures, whose guides are not in this folder: none here.
		expect(guide).not.toContain('계약 절차 한눈에 보기');
		expect(build.output).toContain('[procedures] content/procedures/kg-inicis.yaml: 가이드 guides/kg-inicis-contract가 이 빌드의 글에 없어 건너뜁니다');
		// The glossary's explanations are in the page by design, each term's once (later marks open it): counted apart.
		const cards = [...guide.matchAll(/<span class="term__card" id="([^"]+)"[\s\S]*?닫기<\/button><\/span><\/span>/g)];
		expect(cards.length).toBeGreaterThan(0);
		expect(new Set(cards.map(([, id]) => id)).size).toBe(cards.length);
		const explanations = cards.reduce((sum, [card]) => sum + Buffer.byteLength(card), 0);
		expect(explanations / cards.length).toBeLessThanOrEqual(1024);
		expect(Buffer.byteLength(guide) - explanations).toBeLessThanOrEqual(40 * 1024);
		// Sidebar group labels come from `category`, not folder names.
		expect(guide).toContain('결제서비스 (채널설정 및 이용안내)');
		expect(guide).not.toMatch(/class="pg-sidebar-group">core-service</);
	});

	test('a first visit to a guide downloads at most 1.5 MB on the wire, the service worker\'s precache included', async () => {
		expect(build.ok).toBe(true);
		const server = await serveStatic(build.outDir, 0);
		const bytesSent = countBytesSent(server);
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/core-service/how-to-use/inicis-contract/`);
			// Active and in control: its precache is complete.
			await page.evaluate(() => navigator.serviceWorker.ready);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			await page.waitForLoadState('networkidle');
			const bytes = bytesSent();
			console.log(`[content-builds] corpus guide, first visit with the service worker's precache: ${(bytes / 1024).toFixed(0)} KB on the wire`);
			expect(bytes).toBeGreaterThan(100 * 1024);
			expect(bytes).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
		} finally {
			await browser.close();
			server.close();
		}
	});

	test('offline after a first visit and one more page: the first page opens, and search finds it among the saved pages', async () => {
		expect(build.ok).toBe(true);
		const guide = '/core-service/how-to-use/inicis-contract/';
		const { index, fragments } = JSON.parse(readFileSync(join(build.outDir, 'offline-search.json'), 'utf-8')) as { index: string[]; fragments: Record<string, string> };
		// Over the first-visit budget: the index is not precached, so offline search needs what the worker saves after.
		expect(index.length).toBeGreaterThan(5);
		const server = await serveStatic(build.outDir, 0);
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const browser = await launchBrowser();
		try {
			const context = await browser.newContext();
			const page = await context.newPage();
			const inCache = (paths: string[]) => page.evaluate(async (paths) => (await Promise.all(paths.map((path) => caches.match(path)))).every(Boolean), paths);
			await page.goto(`${origin}${guide}`);
			await page.evaluate(() => navigator.serviceWorker.ready);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const title = await page.locator('h1').first().textContent();
			// The page read first is saved once the worker takes over, with its search data; not the index yet.
			await expect.poll(() => inCache([guide, fragments[guide]!]), { timeout: 30_000 }).toBe(true);
			expect(await inCache(index.slice(0, 1))).toBe(false);
			// The next page: the worker saves the index (this browser reports no metered connection).
			await page.goto(`${origin}/core-service/channel-setting/inicis/`);
			await expect.poll(() => inCache(index), { timeout: 60_000 }).toBe(true);

			await context.setOffline(true);
			const response = await page.goto(`${origin}${guide}`);
			expect(response?.status()).toBe(200);
			expect(await page.locator('h1').first().textContent()).toBe(title);
			const { results } = await search(page, '이니시스 계약절차');
			expect(results.map((result) => result.path)).toContain(guide);
			// Only pages saved on this device are shown: each opens offline as itself, none leads to the offline page.
			for (const { path } of results) expect((await page.goto(`${origin}${path}`))?.status(), path).toBe(200);
		} finally {
			await browser.close();
			server.close();
		}
	});

	test('/llms.txt lists every article with its title, and each has a Markdown copy without components', () => {
		// Each article's link, as a Markdown reader gets it: its text and where it points.
		type Node = { type: string; url?: string; value?: string; children?: Node[] };
		const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
		const links = new Map<string, string>();
		const collect = (node: Node): void => {
			if (node.type === 'link') links.set(new URL(node.url!).pathname, text(node));
			node.children?.forEach(collect);
		};
		collect(markdownToMdast(readFileSync(join(build.outDir, 'llms.txt'), 'utf-8')) as unknown as Node);
		const articles = readdirSync(CORPUS, { recursive: true, encoding: 'utf-8' }).filter((file) => file.endsWith('.md'));
		for (const file of articles) {
			const id = file.replace(/\.md$/, '');
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(CORPUS, file), 'utf-8'))![1]!;
			const { title } = yaml.load(frontmatter) as { title: string };
			expect(links.get(`/${id}.md`), id).toBe(title.replace(/\s+/g, ' ').trim());
			const markdown = readFileSync(join(build.outDir, `${id}.md`), 'utf-8');
			expect(markdown, id).not.toMatch(/<\/?(Callout|Accordion|Indent|Highlight|Tag)\b/);
		}
	});

	test('search ranks the right article first among 20 상세 계약절차 and 23 채널설정방법 pages', async () => {
		expect(build.ok).toBe(true);
		const server = await serveStatic(build.outDir, 0);
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/core-service/how-to-use/inicis-contract/`);
			const first = async (query: string) => (await search(page, query)).results[0]?.path;
			expect(await first('이니시스 계약절차')).toBe('/core-service/how-to-use/inicis-contract/');
			expect(await first('이니시스계약절차')).toBe('/core-service/how-to-use/inicis-contract/');
			expect(await first('토스페이 계약절차')).toBe('/core-service/how-to-use/tosspay-contract/');
			expect(await first('토스페이먼츠 계약절차')).toBe('/core-service/how-to-use/tosspayments-contract/');
			expect(await first('kcp 계약절차')).toBe('/core-service/how-to-use/kcp-contract/');
			expect(await first('이니시스채널설정')).toBe('/core-service/channel-setting/inicis/');
			expect(await first('dlsltltm')).toMatch(/inicis/);
			// Plain Pagefind jumps from a no-match word to the longest indexed prefix (dl_techsupport@…). toss is both 토스페이 and
			// 토스페이먼츠: both contract guides come first, with at most one other toss page between them (토스페이먼츠 상점아이디 추가
			// 절차, tagged 토스, whose procedure is the contract's).
			const tossResults = (await search(page, 'toss 계약절차')).results.map((result) => result.path);
			expect(tossResults[0]).toMatch(/^\/core-service\/how-to-use\/toss(pay|payments)-contract\/$/);
			expect(tossResults.slice(0, 3)).toEqual(expect.arrayContaining(['/core-service/how-to-use/tosspay-contract/', '/core-service/how-to-use/tosspayments-contract/']));
			expect(tossResults.slice(0, 3).every((path) => /toss/.test(path))).toBe(true);
		} finally {
			await browser.close();
			server.close();
		}
	});
});

// Locally the corpus may be absent (the report then names the skipped tests); CI always has it, so there its
// absence is a failure, not a quiet skip.
if (process.env.CI && !existsSync(CORPUS)) {
	test('the corpus is present (CI builds the real help center)', () => {
		expect.fail(`${CORPUS} is absent: CI must run the corpus build (it comes with ../shared beside the repo, or set CORPUS_DIR)`);
	});
}
