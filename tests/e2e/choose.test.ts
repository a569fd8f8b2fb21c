/**
 * /choose/ in Chromium against the built site: three merchants answer through the UI and get the PGs the procedure
 * files say fit (worked out here from the YAML through the same schema, not from the chooser's code), each with its
 * reasons and their sources; the same answers in the address draw the same page; without JavaScript every PG shows
 * with its facts; "이 조합으로 시작" opens the PG's checklist with the payment types chosen; a 390 px phone keeps the
 * count in sight and never scrolls sideways; axe finds nothing.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planTypes } from '../../src/lib/procedure/schema';
import { launchBrowser, openPage, siteURL } from '../setup/browser';
import { pageScripts } from '../setup/page-scripts';
import { readProcedures, type ProcedureFile } from '../setup/procedures';

const PROCEDURES = readProcedures();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const slug = (procedure: ProcedureFile) => procedure.file.replace(/\.ya?ml$/, '');
const slugs = (list: ProcedureFile[]) => list.map(slug).sort();
const has = (procedure: ProcedureFile, method: string) => procedure.methods.some((entry) => entry.method === method);
const brands = (procedure: ProcedureFile) => procedure.methods.find((entry) => entry.method === '간편결제')?.brands ?? [];
const title = (procedure: ProcedureFile, source: string) => procedure.sources[source]!.title;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The PGs of a group of the result (`fits`, `to-check`, `left-out`), by slug. */
const group = (page: Page, name: string) =>
	page.locator(`[data-group="${name}"] [data-pg]`).evaluateAll((items) => items.map((item) => item.getAttribute('data-pg')!).sort());

/** A PG's reason lines: topic → the line's text. */
const reasons = (page: Page, pg: string) =>
	page.locator(`[data-pg="${pg}"] .chooser-reasons > li`).evaluateAll((items) => Object.fromEntries(items.map((item) => [item.querySelector('strong')!.textContent!, item.textContent!])));

interface Profile {
	name: string;
	/** Taps through the questions, as a merchant would. */
	answer(page: Page): Promise<void>;
	/** The address the answers make. */
	query: string;
	fits: ProcedureFile[];
	toCheck: ProcedureFile[];
	/** The topics every shortlisted PG gives a line for. */
	topics: string[];
}

const tap = (page: Page, role: 'radio' | 'checkbox', name: string) => page.locator('.chooser-form').getByRole(role, { name, exact: true }).check();

/** The merchant: 개인사업자, a clothing shop on the web and in an app, card and 카카오페이. */
const shop: Profile = {
	name: '개인사업자 의류 쇼핑몰 (웹과 앱, 카드 + 카카오페이)',
	async answer(page) {
		await tap(page, 'radio', '개인사업자');
		await tap(page, 'radio', '3억 원 미만 (영세)');
		await tap(page, 'radio', '웹과 앱');
		await tap(page, 'radio', '올라가 있음');
		await tap(page, 'checkbox', '카드');
		await tap(page, 'checkbox', '카카오페이');
	},
	query: 'biz=개인사업자&rev=영세&sell=both&store=yes&pay=카드&brand=카카오페이',
	// Card payments are the must; 카카오페이 comes with the contract (제휴) or by a direct contract with its own PG.
	fits: PROCEDURES.filter((p) => has(p, '카드') && !p.businesses.some((b) => b.kind === '개인사업자' && b.value === 'no')),
	// A procedure listing no ways of paying at all is silent on 카드.
	toCheck: PROCEDURES.filter((p) => p.methods.length === 0),
	topics: ['개인사업자', '카드', '카카오페이'],
};

const appMusts = (p: ProcedureFile) => has(p, '카드') && has(p, '정기결제') && !p.businesses.some((b) => b.kind === '법인사업자' && b.value === 'no');

/** A company with an app not yet in the stores, card and 정기결제, that must take payments before the card review. */
const app: Profile = {
	name: '법인, 출시 전 앱, 카드 + 정기결제, 카드사 심사 전 결제',
	async answer(page) {
		await tap(page, 'radio', '법인사업자');
		await tap(page, 'radio', '앱');
		await tap(page, 'radio', '아직 (출시 전)');
		await tap(page, 'checkbox', '카드');
		await tap(page, 'checkbox', '정기결제');
		await tap(page, 'checkbox', '카드사 심사가 끝나기 전에 결제 받기');
	},
	query: 'biz=법인사업자&sell=app&store=no&pay=카드&pay=정기결제&early=yes',
	fits: PROCEDURES.filter((p) => appMusts(p) && p.compare.appStore?.value === 'not-required' && ['yes', 'conditional'].includes(p.compare.instantOpen?.value ?? '')),
	// Silent on the listing or on 바로오픈, and refusing neither: to be asked.
	toCheck: PROCEDURES.filter(
		(p) => appMusts(p) && p.compare.appStore?.value !== 'required' && p.compare.instantOpen?.value !== 'no' && (!p.compare.appStore || p.compare.appStore.value === 'unknown' || !p.compare.instantOpen || p.compare.instantOpen.value === 'unknown'),
	),
	topics: ['법인사업자', '스토어 등록 전 앱', '카드', '정기결제', '카드사 심사 전 결제'],
};

/** A new point-charging service on the web, with 휴대폰 payments and customers abroad. */
const points: Profile = {
	name: '신규 포인트충전 서비스 (웹, 휴대폰 + 해외 고객)',
	async answer(page) {
		await tap(page, 'radio', '개인사업자');
		await tap(page, 'radio', '아직 매출 없음');
		await tap(page, 'radio', '웹');
		await tap(page, 'checkbox', '휴대폰');
		await page.locator('.chooser-form select').selectOption('포인트충전');
		await tap(page, 'checkbox', '해외 고객의 해외 카드 결제');
	},
	query: 'biz=개인사업자&rev=신규&sell=web&pay=휴대폰&ind=포인트충전&abroad=yes',
	// The industry article names the PGs that review 포인트충전; one it does not name is to be asked, not left out.
	fits: PROCEDURES.filter((p) => has(p, '휴대폰') && p.industries.some((i) => i.industry === '포인트충전' && i.value === 'review')),
	toCheck: PROCEDURES.filter((p) => has(p, '휴대폰') && !p.industries.some((i) => i.industry === '포인트충전')),
	topics: ['개인사업자', '휴대폰', '포인트충전', '해외카드'],
};

describe('the chooser', () => {
	test.each([shop, app, points])('$name: the shortlist the procedures give, each PG with its reasons', async (profile) => {
		expect(profile.fits.length).toBeGreaterThan(0);
		const tracked = await openPage(browser, '/choose/', { context: PHONE });
		const { page } = tracked;
		await profile.answer(page);
		expect(await group(page, 'fits')).toEqual(slugs(profile.fits));
		expect(await group(page, 'to-check')).toEqual(slugs(profile.toCheck));
		const kept = new Set([...profile.fits, ...profile.toCheck]);
		expect(await group(page, 'left-out')).toEqual(slugs(PROCEDURES.filter((p) => !kept.has(p))));
		for (const procedure of profile.fits) {
			const lines = await reasons(page, slug(procedure));
			expect(Object.keys(lines).sort(), procedure.pg.name).toEqual([...profile.topics].sort());
		}
		// Each left-out PG says why.
		const leftOut = await page.locator('[data-group="left-out"] [data-pg]').evaluateAll((items) => items.map((item) => item.querySelectorAll('.chooser-reasons > li').length));
		expect(leftOut.every((count) => count > 0)).toBe(true);
		// The answers are in the address.
		expect(new URL(page.url()).search).toBe(`?${new URLSearchParams(profile.query)}`);
		expect(await page.locator('[data-status]').textContent()).toContain(`답에 맞는 곳 ${profile.fits.length}곳`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('each reason names the article it comes from', async () => {
		const tracked = await openPage(browser, `/choose/?${new URLSearchParams(shop.query)}`);
		const { page } = tracked;
		for (const procedure of shop.fits) {
			const lines = await reasons(page, slug(procedure));
			const card = procedure.methods.find((entry) => entry.method === '카드')!;
			expect(lines['카드'], procedure.pg.name).toContain(`출처: ${title(procedure, card.source)}`);
			const easypay = procedure.methods.find((entry) => entry.method === '간편결제');
			if (brands(procedure).includes('카카오페이')) expect(lines['카카오페이'], procedure.pg.name).toContain(`제휴 간편결제`);
			if (easypay) expect(lines['카카오페이'], procedure.pg.name).toContain(`출처: ${title(procedure, easypay.source)}`);
		}
		await tracked.close();
	});

	test('PGs carrying 카카오페이 as 제휴 come first with one contract; the others show the direct contract beside them', async () => {
		const tracked = await openPage(browser, `/choose/?${new URLSearchParams(shop.query)}`);
		const { page } = tracked;
		const order = await page.locator('[data-group="fits"] [data-pg]').evaluateAll((items) => items.map((item) => item.getAttribute('data-pg')!));
		const carriers = shop.fits.filter((p) => brands(p).includes('카카오페이')).map(slug);
		expect(order.slice(0, carriers.length).sort()).toEqual([...carriers].sort());
		const direct = PROCEDURES.find((p) => p.pg.kind === 'easypay' && brands(p).includes('카카오페이'))!;
		for (const other of order.slice(carriers.length)) {
			const card = page.locator(`[data-pg="${other}"]`);
			expect(await card.locator('.chooser-card__headline').textContent()).toContain('계약 2곳 (카카오페이 따로)');
			expect(await card.locator('.chooser-beyond').textContent()).toContain(direct.pg.name);
		}
		await tracked.close();
	});

	test('the same answers in the address draw the same page', async () => {
		const answered = await openPage(browser, '/choose/');
		await points.answer(answered.page);
		const drawn = await answered.page.locator('[data-result]').innerHTML();
		const linked = await openPage(browser, `/choose/?${new URLSearchParams(points.query)}`);
		const { page } = linked;
		expect(await page.locator('[data-result]').innerHTML()).toBe(drawn);
		const checked = (p: Page) => p.locator('.chooser-form').evaluate((form) => [...new FormData(form as HTMLFormElement)].map(([name, value]) => `${name}=${value}`));
		expect(await checked(page)).toEqual(await checked(answered.page));
		await answered.close();
		await linked.close();
	});

	test('an answer the page does not offer is said, and the rest are kept', async () => {
		const tracked = await openPage(browser, `/choose/?${new URLSearchParams('pay=카드&pay=현금&brand=없는페이')}`);
		const { page } = tracked;
		expect(await page.locator('[data-ignored]').textContent()).toContain('pay=현금, brand=없는페이');
		expect(await page.locator('.chooser-form').getByRole('checkbox', { name: '카드', exact: true }).isChecked()).toBe(true);
		expect(await group(page, 'fits')).toEqual(slugs(PROCEDURES.filter((p) => has(p, '카드'))));
		await tracked.close();
	});

	test('without JavaScript every PG shows with its facts, and the questions that could not work are not shown', async () => {
		const tracked = await openPage(browser, '/choose/', { context: { ...PHONE, javaScriptEnabled: false } });
		const { page } = tracked;
		expect(await group(page, 'fits')).toEqual(slugs(PROCEDURES));
		expect(await page.locator('.chooser-form').isVisible()).toBe(false);
		expect(await page.locator('.chooser-nojs').isVisible()).toBe(true);
		for (const procedure of PROCEDURES) {
			const card = page.locator(`[data-pg="${slug(procedure)}"]`);
			expect(await card.locator('summary h3').textContent()).toContain(procedure.pg.name);
			const facts = await card.locator('.chooser-facts').textContent();
			expect(facts).toContain('결제수단');
			if (procedure.compare.instantOpen) expect(facts).toContain(procedure.compare.instantOpen.text);
		}
		// A card opens by tap, without script.
		const first = page.locator('[data-group="fits"] .chooser-card summary').first();
		await first.click();
		expect(await page.locator('[data-group="fits"] .chooser-card .chooser-start').first().isVisible()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await tracked.close();
	});

	test('lists every industry the select offers, for a reader who has not opened it and for search', async () => {
		const tracked = await openPage(browser, '/choose/', { context: PHONE });
		const { page } = tracked;
		const offered = await page.locator('#chooser-industry option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
		expect(offered.length).toBeGreaterThan(30);
		const list = page.locator('details.chooser-industries');
		// Not ignored by the index, as the form is: search finds the chooser by an industry (미술품 판매 pg).
		expect(await list.evaluate((element) => element.closest('[data-pagefind-ignore]'))).toBeNull();
		await list.locator('summary').click();
		const text = await list.locator('p').textContent();
		for (const industry of offered) expect(text).toContain(industry);
		expect((await list.locator('summary').boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await tracked.close();
	});

	test('"이 조합으로 시작" opens the PG\'s checklist with the payment types chosen', async () => {
		const tracked = await openPage(browser, `/choose/?${new URLSearchParams(shop.query)}`);
		const { page } = tracked;
		const first = await page.locator('[data-group="fits"] [data-pg]').first().getAttribute('data-pg');
		const procedure = PROCEDURES.find((p) => slug(p) === first)!;
		const offered = [...new Set(procedure.plans.flatMap((plan) => planTypes(plan)))];
		const types = offered.filter((type) => type === 'general' || (type === 'easypay' && brands(procedure).includes('카카오페이')));
		const start = page.locator(`[data-pg="${first}"] .chooser-start`);
		expect(await start.getAttribute('href')).toBe(`/${procedure.guide}/?types=${types.join(',')}#내-체크리스트`);
		await start.click();
		await page.waitForURL((url) => url.pathname === `/${procedure.guide}/` && !url.search.includes('types='));
		const chosen = page.locator('pg-checklist [data-type]');
		await expect.poll(() => chosen.evaluateAll((boxes) => (boxes as HTMLInputElement[]).filter((box) => box.checked).map((box) => box.value).sort())).toEqual([...types].sort());
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('on a 390 px phone the count stays in sight while answering, and the result follows the last question', async () => {
		const tracked = await openPage(browser, '/choose/', { context: PHONE });
		const { page } = tracked;
		await shop.answer(page);
		await page.locator('.chooser-form').getByRole('checkbox', { name: '해외 고객의 해외 카드 결제', exact: true }).check();
		const bar = (await page.locator('.chooser-bar').boundingBox())!;
		const viewport = page.viewportSize()!;
		expect(bar.y + bar.height).toBeLessThanOrEqual(viewport.height + 1);
		expect(bar.y).toBeGreaterThan(0);
		expect(await page.locator('[data-status]').textContent()).toMatch(/^답에 맞는 곳 \d+곳/);
		await page.locator('.chooser-bar').getByRole('link', { name: '결과 보기' }).click();
		const heading = (await page.locator('#결과').boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(0);
		expect(heading.y).toBeLessThan(viewport.height / 2);
		await tracked.close();
	});

	test('axe finds nothing on an answered page at 390 px in either theme, and the island is light', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const tracked = await openPage(browser, `/choose/?${new URLSearchParams(points.query)}`, { context: { ...PHONE, colorScheme } });
			// Every card and fold open, so that all of it is checked.
			await tracked.page.locator('[data-result] details').evaluateAll((folds) => folds.forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
			const { violations } = await new AxeBuilder({ page: tracked.page }).analyze();
			expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
			await tracked.close();
		}
		const { scripts, gzip } = await pageScripts(siteURL('/choose/'));
		const island = scripts.filter((script) => script.name.includes('choose'));
		expect(island).toHaveLength(1);
		const bytes = gzip(island[0]!.imports);
		console.info(`chooser island: ${bytes} bytes gzip`);
		expect(bytes).toBeLessThanOrEqual(9 * 1024);
	});
});
