/**
 * Korean search on the built site, through the real dialog: every "must work" case of the search issue.
 * Ranking among many similar articles is tested on the corpus in content-builds.test.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type TrackedPage } from '../setup/browser';
import { GENERAL_PAGES as GENERAL, openSearch, readResults, search, searchInput } from './search-helpers';

const GUIDE = '/guides/kg-inicis-contract/';

describe('Korean search', () => {
	let browser: Browser;
	let tracked: TrackedPage;

	beforeAll(async () => {
		browser = await launchBrowser();
		tracked = await openPage(browser, GUIDE);
	});
	afterAll(async () => {
		await tracked?.close();
		await browser?.close();
	});

	test('opens with Ctrl+K and with /, focused on the search box; Escape closes it', async () => {
		const { page } = tracked;
		await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
		await page.keyboard.press('Control+k');
		expect(await page.locator('site-search dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		await page.keyboard.press('Escape');
		expect(await page.locator('site-search dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(false);
		await page.keyboard.press('/');
		expect(await page.locator('site-search dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(true);
		await page.keyboard.press('Escape');
	});

	test('1. spacing does not matter: 이니시스계약절차 = 이니시스 계약절차, 키 파일 = 키파일', async () => {
		const { page } = tracked;
		const joined = await search(page, '이니시스계약절차');
		const spaced = await search(page, '이니시스 계약절차');
		expect(joined.results[0]?.path).toBe(GUIDE);
		expect(spaced.results[0]?.path).toBe(GUIDE);
		// Found through its search tags and title, the page still shows an excerpt: the section about its contract.
		expect(joined.results[0]?.excerpt).toContain('계약');
		const keyFile = (await search(page, '키파일')).results.map((result) => result.path);
		const keySpaced = (await search(page, '키 파일')).results.map((result) => result.path);
		expect(keyFile.length).toBeGreaterThan(0);
		// Spaced, the query also finds pages with 파일 alone; the best answer is the same. (Known gap: spaced, it misses a
		// page that has the word only with a particle, 키파일을 in 계약 구비서류.)
		expect(keySpaced).toEqual(expect.arrayContaining(keyFile.slice(0, 2)));
		expect(keySpaced[0]).toBe(keyFile[0]);
		expect(keySpaced).toContain(GUIDE);
	});

	test('2. parts of compounds and words with particles: 절차, 스팸함, 영업일, 이니시스', async () => {
		const { page } = tracked;
		// Every PG has a 상세 계약절차 guide; a query that names no PG gets a page about no single PG first, then those.
		const steps = await search(page, '절차');
		expect(GENERAL).toContain(steps.results[0]?.path);
		expect(steps.results.some((result) => /상세 계약절차$/.test(result.title))).toBe(true);
		// Every guide words it; the pages about no single PG come first, and the word is marked where a particle follows it.
		const spam = await search(page, '스팸함');
		expect(GENERAL).toContain(spam.results[0]?.path);
		expect(spam.results.some((result) => result.excerptHtml.includes('<mark>스팸함</mark>으로'))).toBe(true);
		const days = await search(page, '영업일');
		expect(days.results.length).toBeGreaterThan(0);
		expect(days.results.some((result) => /\d~\d<mark>영업일<\/mark>/.test(result.excerptHtml))).toBe(true);
		const inicis = await search(page, '이니시스');
		expect(inicis.results[0]?.title).toMatch(/^KG이니시스/);
	});

	test('3. search tags rank, and a PG name that matches nothing is not ignored', async () => {
		const { page } = tracked;
		// 이니시스사용방법 is only a search tag of the guide.
		expect((await search(page, '사용방법')).results[0]?.path).toBe(GUIDE);
		// No page here is about 페이레터: its name must not be dropped to answer with 계약절차 alone.
		expect((await search(page, '계약절차')).results.length).toBeGreaterThan(0);
		const other = await search(page, '페이레터 계약절차');
		expect(other.results).toEqual([]);
		expect(other.status).toContain('찾지 못했습니다');
		// A question word is not searched, so it is not reported as left out; a content word no page has is.
		const question = await search(page, '키파일을 어디로 보내나요');
		expect(question.results.map((result) => result.path)).toContain('/guides/kg-inicis-channel-setup/');
		expect(question.status).not.toContain('빼고');
		const unknown = await search(page, '키파일 포도주스');
		expect(unknown.results.map((result) => result.path)).toContain('/guides/kg-inicis-channel-setup/');
		expect(unknown.status).toContain('빼고 찾았습니다');
		expect(unknown.status).toContain('‘포도주스’');
	});

	test('4. results link to the section that answers, with an excerpt of real text', async () => {
		const { page } = tracked;
		const insurance = await search(page, '보증보험');
		// A term typed alone opens its glossary entry first (issue 24); the guide's section on it follows.
		expect(insurance.results[0]).toMatchObject({ path: '/glossary/', hash: 'guarantee-insurance' });
		const documents = insurance.results.find((result) => result.path === '/guides/contract-documents/');
		expect(documents).toMatchObject({ hash: '보증보험' });
		expect(documents!.excerptHtml).toContain('<mark>보증보험</mark>');
		for (const query of ['영업일', '절차', '이니시스', 'ㅇㄴㅅㅅ']) {
			const { results } = await search(page, query);
			expect(results.length, query).toBeGreaterThan(0);
			for (const result of results) {
				expect(result.excerpt, query).not.toMatch(/\u2063/);
				expect(result.excerpt.length, query).toBeGreaterThan(10);
			}
		}
		// In the KG이니시스 guide, 계약완료 says 바로 오픈 three times (spaced); 바로오픈 spelled as typed appears once elsewhere.
		// (바로오픈 alone asks what it is: the glossary entry first. 할부 is said only in 계약완료, beside 바로 오픈.)
		const instant = await search(page, '이니시스 바로오픈 할부');
		expect(instant.results.find((result) => result.path === GUIDE)).toMatchObject({ hash: '계약완료' });
		// The first result's link opens its page at the heading that answers.
		const first = instant.results[0]!;
		expect(first.hash).toBeTruthy();
		await page.click('.search-results > li:first-child a.search-result__link');
		await page.waitForURL((url) => url.hash.length > 1);
		expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${first.hash}`);
	});

	test('5. 초성, an unfinished syllable, the English keyboard layout and Latin PG names', async () => {
		const { page } = tracked;
		await page.goto(GUIDE);
		expect((await search(page, 'ㅇㄴㅅㅅ')).results.map((result) => result.path)).toContain(GUIDE);
		expect((await search(page, 'ㄱㅂㅅㄹ')).results[0]?.path).toBe('/guides/contract-documents/');
		// 계약절ㅊ is 계약절차 on its way: a general page first, as for 계약절차, and the PGs' 상세 계약절차 guides.
		const typing = await search(page, '계약절ㅊ');
		expect(GENERAL).toContain(typing.results[0]?.path);
		expect(typing.results.some((result) => /상세 계약절차$/.test(result.title))).toBe(true);
		expect((await search(page, 'dlsltltm')).results[0]?.title).toMatch(/KG이니시스/);
		expect((await search(page, 'zlvkdlf')).results.map((result) => result.path)).toContain(GUIDE);
		expect((await search(page, 'inicis')).results[0]?.title).toMatch(/KG이니시스/);
	});

	test('6. IME: no empty results while a syllable is composed; Enter while composing does not navigate', async () => {
		const { page } = tracked;
		await openSearch(page);
		await page.fill(searchInput, '');
		await page.focus(searchInput);
		// Count the results after every change of the list, from here on.
		await page.evaluate(() => {
			const counts: number[] = [];
			(window as unknown as { __counts: number[] }).__counts = counts;
			const list = document.querySelector('.search-results')!;
			new MutationObserver(() => counts.push(list.childElementCount)).observe(list, { childList: true });
		});
		const cdp = await page.context().newCDPSession(page);
		const compose = (text: string) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
		const commit = (text: string) => cdp.send('Input.insertText', { text });
		// 이니시스, typed on a 2-beolsik keyboard: each syllable composes, 시 → 싯 → 시 + 스.
		for (const [typing, committed] of [
			[['ㅇ', '이'], '이'],
			[['ㄴ', '니'], '니'],
			[['ㅅ', '시', '싯'], '시'],
			[['스'], '스'],
		] as const) {
			for (const text of typing) {
				await compose(text);
				await page.waitForTimeout(120);
			}
			await commit(committed);
			await page.waitForTimeout(120);
		}
		await page.waitForFunction(() => document.querySelector<HTMLElement>('site-search')?.dataset.resultsFor === '이니시스');
		const counts = await page.evaluate(() => (window as unknown as { __counts: number[] }).__counts);
		const firstShown = counts.findIndex((count) => count > 0);
		expect(firstShown).toBeGreaterThanOrEqual(0);
		expect(counts.slice(firstShown).filter((count) => count === 0)).toEqual([]);

		const before = page.url();
		await compose('ㄱ');
		// The dialog handles keys synchronously: had it taken this Enter, a result link was clicked by now.
		const enter = await page.evaluate((selector) => {
			let clicked = false;
			const onClick = () => (clicked = true);
			document.addEventListener('click', onClick, { capture: true });
			const event = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true });
			document.querySelector(selector)!.dispatchEvent(event);
			document.removeEventListener('click', onClick, { capture: true });
			return { clicked, prevented: event.defaultPrevented };
		}, searchInput);
		expect(enter).toEqual({ clicked: false, prevented: false });
		expect(page.url()).toBe(before);
		await commit('');
		await page.fill(searchInput, '보증보험');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('site-search')?.dataset.resultsFor === '보증보험');
		const first = (await readResults(page)).results[0]!;
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => decodeURI(url.pathname) === first.path);
	});

	test('no console or page errors while searching', () => {
		expect(tracked.errors()).toEqual([]);
	});
});
