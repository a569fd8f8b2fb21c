import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readProcedures } from '../setup/procedures';
import { launchBrowser, openPage, siteURL, type TrackedPage } from '../setup/browser';

const GUIDE = '/guides/kg-inicis-contract/';
const seed = readFileSync(new URL('../../content/docs/guides/kg-inicis-contract.mdx', import.meta.url), 'utf-8');

/** The seed's prose, one string per line, as a reader sees it (Markdown and escapes removed). */
function seedTexts(): string[] {
	const body = seed.replace(/^---[\s\S]*?---/, '');
	const texts: string[] = [];
	for (const match of body.matchAll(/(?:title|content)="([^"]*)"/g)) texts.push(...match[1]!.split('\n'));
	for (const line of body.replace(/<[A-Z]\w*[\s\S]*?\/>/g, '').split('\n')) {
		if (!line.trim() || line.startsWith('<')) continue;
		texts.push(line);
	}
	return texts
		.map((text) =>
			text
				.replace(/^#+\s*|^\s*[-*]\s+|^\s*\d+\.\s+(?=\*\*)/g, '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/\*\*/g, '')
				.replace(/\\(.)/g, '$1')
				.replace(/\\$/, '')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.filter(Boolean);
}

/**
 * The text a reader sees, the whole page drawn: the guide lays out its blocks below the screen as they come near it
 * (content-visibility), and innerText leaves out a block not drawn yet.
 */
const visibleText = (page: Page) =>
	page.evaluate(() => {
		// Through the CSSOM: the page's CSP refuses a style element.
		const deferred = [...document.querySelectorAll<HTMLElement>('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
		for (const element of deferred) element.style.contentVisibility = 'visible';
		const text = document.body.innerText.replace(/\s+/g, ' ');
		for (const element of deferred) element.style.contentVisibility = '';
		return text;
	});

describe('the KG이니시스 guide', () => {
	let browser: Browser;
	let guide: TrackedPage;

	beforeAll(async () => {
		browser = await launchBrowser();
		guide = await openPage(browser, GUIDE);
	});
	afterAll(async () => {
		await guide?.close();
		await browser?.close();
	});

	test('shows every line of the original article', async () => {
		const text = await visibleText(guide.page);
		// A link card to one of this site's pages drops the help center's "↗" (the mark says a link leaves the site).
		const missing = seedTexts().filter((line) => !text.includes(line.replace(/\s*↗$/, '')));
		expect(missing).toEqual([]);
		const cards = await guide.page.locator('main a.callout--link').allTextContents();
		expect(cards.length).toBeGreaterThan(0);
		expect(cards.filter((card) => card.includes('↗'))).toEqual([]);
		expect(await guide.page.locator('main a[href^="https://admin.portone.io"]').first().textContent()).toContain('↗');
	});

	test('"2~3영업일" is plain text, not struck through', async () => {
		const { page } = guide;
		expect(await page.locator('main').getByText('2~3영업일 내 KG이니시스 계약부서').count()).toBe(1);
		expect(await page.locator('main del, main s').count()).toBe(0);
	});

	test('the 키파일 callout keeps its bold text and a mailto link', async () => {
		const callout = guide.page.locator('aside.callout', { hasText: '키파일 전달은 필수' });
		expect(await callout.locator('strong', { hasText: /^키파일$/ }).count()).toBe(1);
		expect(await callout.locator('a[href="mailto:cs@portone.io"]').textContent()).toBe('cs@portone.io');
	});

	test('its link callouts lead to existing pages with the named title', async () => {
		const links = await guide.page.locator('a.callout--link').evaluateAll((anchors) =>
			anchors.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent!.replace('보러가기', '').replace('↗', '').trim() })),
		);
		expect(links).toHaveLength(4);
		for (const { href, title } of links) {
			const target = await openPage(browser, href);
			expect(target.response?.status(), href).toBe(200);
			expect(await target.page.locator('h1').textContent()).toBe(title);
			expect(target.errors()).toEqual([]);
			await target.close();
		}
	});

	test('is in Korean, with Starlight’s Korean UI strings', async () => {
		const { page } = guide;
		expect(await page.locator('html').getAttribute('lang')).toBe('ko');
		expect(await page.locator('site-search button[data-open-modal]').textContent()).toContain('검색');
		expect((await page.locator('starlight-toc h2').textContent())?.trim()).toBe('목차');
	});

	test('"마지막 업데이트" is the date in Seoul: 2024년 1월 26일', async () => {
		const time = guide.page.locator('footer time');
		expect((await time.textContent())?.trim()).toBe('2024년 1월 26일');
		expect(await time.getAttribute('datetime')).toBe('2024-01-25T15:00:00.000Z');
		expect(await guide.page.locator('footer').textContent()).toContain('마지막 업데이트');
	});

	test('opens with a step overview from its procedure: who acts, how long, for which plan, and its deadlines', async () => {
		const figure = guide.page.getByRole('figure', { name: /계약 절차 한눈에 보기/ });
		const step = (id: string) => figure.locator(`li[data-step="${id}"]`);
		const procedure = readProcedures().find((entry) => entry.guide === GUIDE.slice(1, -1))!;
		expect(await figure.locator('ol > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-step')))).toEqual(procedure.steps.map((entry) => entry.id));
		const sources = Object.keys(procedure.sources).length;
		expect(await figure.locator('details summary').textContent()).toMatch(new RegExp(`출처: 포트원 도움말 센터 글 ${sources}개 \\(\\d{4}년 \\d+월 \\d+일 확인\\)`));
		expect(await figure.locator('details li').allTextContents()).toEqual(Object.values(procedure.sources).map((source) => source.title));
		expect(await step('contract-mail').textContent()).toContain('2~3영업일');
		expect(await step('contract-mail').textContent()).toContain('스팸함');
		expect(await step('card-review-result').textContent()).toContain('약 2주');
		// Whom to ask while waiting, a phone as a link to call.
		expect(await step('contract-mail').locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
		expect(await step('instant-open').textContent()).toContain('일반결제만');
		expect(await step('instant-open').textContent()).toContain("바로오픈 MID 사용 기한: '계약완료 — MID 발급' 날부터 1개월");
		const href = await step('contract-done').locator(':scope > a').getAttribute('href');
		expect((await guide.page.locator(`[id="${href!.slice(1)}"]`).textContent())?.trim()).toBe('4. 계약완료');
	});

	test('is framed like the other guides: 신청 전 준비, 수수료 and 문의처 written from its procedure around the article', async () => {
		const { page } = guide;
		const sections = await page.locator('main [data-procedure-section]').evaluateAll((nodes) =>
			nodes.map((node) => [node.getAttribute('data-procedure-section'), node.querySelector('h2')?.id]),
		);
		expect(sections).toEqual([
			['prepare', '신청-전-준비'],
			['fees', '수수료'],
			['contacts', '문의처'],
		]);
		const procedure = readProcedures().find((entry) => entry.guide === GUIDE.slice(1, -1))!;
		// The prepare section comes before the article's first heading, the others after its last.
		const order = await page.locator('main h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
		expect(order.indexOf('신청-전-준비')).toBeLessThan(order.indexOf('가입신청서-제출'));
		expect(order.indexOf('수수료')).toBeGreaterThan(order.indexOf('카드사-심사-진행'));
		const fees = await page.locator('[data-procedure-section="fees"] tbody th').allTextContents();
		expect(fees).toEqual(procedure.compare.fees.map((fee) => fee.item));
		// In the table of contents too, where the checklist comes right after the page's top.
		const toc = await page.locator('starlight-toc a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(toc.slice(0, 3)).toEqual(['#_top', '#내-체크리스트', '#신청-전-준비']);
		expect(toc.slice(-2)).toEqual(['#수수료', '#문의처']);
	});

	test('numbers its sections, so that "1번의 절차" and "5번의 단계" point where the article means', async () => {
		const heading = (name: string) => guide.page.getByRole('heading', { level: 2, name, exact: true });
		expect(await heading('1. 가입신청서 제출').getAttribute('id')).toBe('가입신청서-제출');
		expect(await heading('5. 포트원 관리자콘솔 채널설정').getAttribute('id')).toBe('포트원-관리자콘솔-채널설정');
		// The sections the site writes around the article are not the article's steps.
		expect(await guide.page.locator('[data-procedure-section] .step-number').count()).toBe(0);
		expect(await guide.page.locator('main h2 .step-number').count()).toBe(7);
	});

	test('headings go down one level at a time', async () => {
		const levels = await guide.page.locator('main h1, main h2, main h3, main h4, main h5, main h6').evaluateAll((headings) =>
			headings.map((heading) => Number(heading.tagName[1])),
		);
		expect(levels[0]).toBe(1);
		const jumps = levels.slice(1).filter((level, index) => level > levels[index]! + 1);
		expect(jumps).toEqual([]);
		expect(levels).toContain(3);
	});

	test('has breadcrumbs from its category and the current page marked in the sidebar', async () => {
		const crumbs = guide.page.getByRole('navigation', { name: '이동 경로' }).locator('a');
		expect(await crumbs.allTextContents()).toEqual(['홈', '결제서비스 (채널설정 및 이용안내)', '이용안내', '결제대행사 계약']);
		// Marked in its category and in the "KG이니시스 계약 순서" group.
		const current = await guide.page.locator('.pg-sidebar-nav a[aria-current="page"]').allTextContents();
		expect(current.map((text) => text.trim())).toEqual(['KG이니시스 상세 계약절차', 'KG이니시스 상세 계약절차']);
	});

	test('uses its seo frontmatter in the head', async () => {
		const { page } = guide;
		expect(await page.title()).toBe('KG이니시스 상세 계약절차 | PG 계약 가이드');
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description).toMatch(/^KG이니시스의 전자결제 계약절차는 가입신청서 제출/);
		expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description);
		expect(await page.locator('meta[name="keywords"]').getAttribute('content')).toContain('KG이니시스');
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/guides\/kg-inicis-contract\/$/);
	});

	test('its PG company and tag pages list it', async () => {
		for (const name of ['KG이니시스', '#결제대행사 계약']) {
			const href = await guide.page.locator('.article-terms a', { hasText: name }).first().getAttribute('href');
			const index = await openPage(browser, href!);
			expect(index.response?.status()).toBe(200);
			expect((await index.page.locator(`main a[href="${GUIDE}"]`).textContent())?.trim()).toBe('KG이니시스 상세 계약절차');
			await index.close();
		}
	});

	test('loads without console or page errors', () => {
		expect(guide.errors()).toEqual([]);
	});
});

describe('the rest of the site', () => {
	test('a sitemap lists the guide', async () => {
		const index = await fetch(siteURL('/sitemap-0.xml')).then((response) => response.text());
		expect(index).toContain('/guides/kg-inicis-contract/</loc>');
	});

	test('the home page lets a reader pick any PG\'s guide or compare them, and links the common guides and the checklist', async () => {
		const browser = await launchBrowser();
		const home = await openPage(browser, '/');
		const hrefs = await home.page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		const guides = readProcedures().map((procedure) => `/${procedure.guide}/`);
		expect(guides.length).toBeGreaterThanOrEqual(22);
		for (const path of [...guides, '/compare/', '/guides/pg-application/', '/guides/contract-documents/', '/guides/service-requirements/', '/checklist/']) {
			expect(hrefs).toContain(path);
		}
		const picker = home.page.getByRole('navigation', { name: '결제대행사 고르기' });
		expect(await picker.locator('li').count()).toBe(guides.length);
		// Each card opens its guide, and its checklist in one tap.
		const checklists = await picker.locator('li a.pg-picker__checklist').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect([...checklists].sort()).toEqual(guides.map((path) => `${path}#내-체크리스트`).sort());
		expect(home.errors()).toEqual([]);
		await home.close();
		await browser.close();
	});

	test('a page every PG shares links every PG\'s guide, not one PG\'s', async () => {
		const browser = await launchBrowser();
		const guides = readProcedures().map((procedure) => `/${procedure.guide}/`);
		for (const path of ['/guides/contract-documents/', '/guides/service-requirements/', '/guides/pg-application/']) {
			const shared = await openPage(browser, path);
			const links = await shared.page.getByRole('navigation', { name: /결제대행사별 상세 계약절차/ }).locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
			expect(links.sort(), path).toEqual([...guides].sort());
			await shared.close();
		}
		await browser.close();
	});

	test('on a phone, the home page has the menu, and the theme switch in it', async () => {
		const browser = await launchBrowser();
		const home = await openPage(browser, '/', { context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });
		const menu = home.page.getByRole('button', { name: '메뉴' });
		expect(await menu.isVisible()).toBe(true);
		await menu.click();
		const theme = home.page.locator('starlight-theme-select select').last();
		expect(await theme.isVisible()).toBe(true);
		await theme.selectOption('dark');
		expect(await home.page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(await home.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await home.close();
		await browser.close();
	});

	test('an unknown address answers 404 with a Korean page that leads home', async () => {
		const browser = await launchBrowser();
		const missing = await openPage(browser, '/guides/no-such-guide/');
		expect(missing.response?.status()).toBe(404);
		expect((await missing.page.locator('h1').textContent())?.trim()).toBe('페이지를 찾을 수 없습니다');
		expect(await missing.page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
		expect(await missing.page.locator('main').textContent()).not.toContain('초안');
		await missing.close();
		await browser.close();
	});

	test('category pages list their articles and subcategories', async () => {
		const html = await fetch(siteURL('/category/결제서비스/이용안내/결제대행사-계약/')).then((response) => response.text());
		expect(html).toContain('href="/guides/kg-inicis-contract/"');
		expect(html).toContain('href="/guides/service-requirements/"');
	});
});
