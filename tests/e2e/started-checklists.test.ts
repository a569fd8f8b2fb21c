/**
 * Two PGs followed at once (a card PG and 카카오페이): each keeps its own checklist, and 내 체크리스트 lists both
 * started ones first, with their progress, in full.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../setup/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('ticks on two guides stay apart, and 내 체크리스트 shows both started checklists first', async () => {
	const tracked = await openPage(browser, '/guides/kg-inicis-contract/', { context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });
	const { page } = tracked;
	await page.waitForFunction(() => customElements.get('pg-checklist'));
	await page.locator('#checklist-prepare').check();
	await page.locator('#checklist-apply').check();
	await page.goto('/guides/kakaopay-contract/');
	await page.waitForFunction(() => customElements.get('pg-checklist'));
	expect(await page.locator('#checklist-prepare').isChecked()).toBe(false);
	await page.locator('#checklist-prepare').check();

	await page.goto('/checklist/');
	const started = page.locator('pg-checklist[data-started]');
	await expect.poll(() => started.count()).toBe(2);
	// Started ones come first in the list, whatever their place in the alphabet.
	const order = await page.locator('.checklists > li').evaluateAll((items) =>
		items
			.map((item) => ({ guide: item.querySelector('pg-checklist')!.getAttribute('data-guide'), top: item.getBoundingClientRect().top }))
			.sort((a, b) => a.top - b.top)
			.map((item) => item.guide),
	);
	expect(new Set(order.slice(0, 2))).toEqual(new Set(['guides/kg-inicis-contract', 'guides/kakaopay-contract']));
	expect(await page.locator('pg-checklist[data-guide="guides/kg-inicis-contract"] [data-progress]').textContent()).toMatch(/^2\/\d+ 완료$/);
	expect(await page.locator('pg-checklist[data-guide="guides/kakaopay-contract"] [data-progress]').textContent()).toMatch(/^1\/\d+ 완료$/);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});
