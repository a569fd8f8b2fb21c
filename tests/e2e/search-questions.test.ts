/**
 * Search as merchants type on a phone, through the real dialog at 390 px: a question with endings and
 * question words, a word mistyped by one syllable (with the notice and the way back to the word as
 * typed), and English content words beside a PG name.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type TrackedPage } from '../setup/browser';
import { readResults, search, searchInput } from './search-helpers';

const GUIDE = '/guides/kg-inicis-contract/';
const CHANNEL = '/guides/kg-inicis-channel-setup/';

describe('search for questions, typos and English words', () => {
	let browser: Browser;
	let tracked: TrackedPage;

	beforeAll(async () => {
		browser = await launchBrowser();
		tracked = await openPage(browser, GUIDE, { context: { viewport: { width: 390, height: 844 } } });
	});
	afterAll(async () => {
		await tracked?.close();
		await browser?.close();
	});

	test('a question finds the section that answers; its question words neither empty the list nor get reported', async () => {
		const { page } = tracked;
		const { status, results } = await search(page, '카드사 심사 얼마나 걸려요');
		// Both pages say how long card review takes, each in one section: either answers, at that section.
		expect([`${GUIDE}#카드사-심사-진행`, '/guides/service-requirements/#5-카드사-심사에서-보는-것']).toContain(`${results[0]?.path}#${results[0]?.hash}`);
		expect(results[0]!.excerpt).toContain('2주');
		expect(results[0]!.excerptHtml).toContain('<mark>카드사</mark>');
		expect(status).not.toContain('빼고');
		// Negation and politeness do not change the topic either.
		const refused = await search(page, '키파일 안 보내면 안 되나요');
		expect(refused.results.map((result) => result.path)).toContain(GUIDE);
	});

	test('a word one syllable off is corrected, said so, and the reader can search the word as typed', async () => {
		const { page } = tracked;
		const corrected = await search(page, '이니시스 계약절챠');
		expect(corrected.results[0]?.path).toBe(GUIDE);
		const notice = page.locator('.search-correction');
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toContain('‘계약절차’(으)로 찾은 결과');
		const original = notice.getByRole('button', { name: '‘계약절챠’(으)로 찾기' });
		const box = await original.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
		await original.click();
		await expect.poll(() => notice.isVisible()).toBe(false);
		const asTyped = await readResults(page);
		expect(asTyped.status).toContain('‘계약절챠’');
		expect(await page.locator(searchInput).inputValue()).toBe('이니시스 계약절챠');
		// Typing on corrects again.
		const again = await search(page, '이니시스 계약절챠 ');
		expect(again.results[0]?.path).toBe(GUIDE);
		await expect.poll(() => notice.isVisible()).toBe(true);
	});

	test('English content words beside a PG name search for the Korean the pages use', async () => {
		const { page } = tracked;
		const keyFile = await search(page, 'inicis key file');
		expect([GUIDE, CHANNEL]).toContain(keyFile.results[0]?.path);
		expect(keyFile.results[0]!.excerptHtml).toContain('<mark>키파일</mark>');
		const documents = await search(page, 'contract documents');
		expect(documents.results[0]?.path).toBe('/guides/contract-documents/');
	});

	test('no sideways scrolling at 390 px with the notice shown, and no console or page errors', async () => {
		const { page } = tracked;
		await search(page, '이니시스 계약절챠');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(tracked.errors()).toEqual([]);
	});
});
