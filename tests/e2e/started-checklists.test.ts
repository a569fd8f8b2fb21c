/**
 * Two PGs followed at once (a card PG and 카카오페이): each keeps its own checklist, and 내 체크리스트 lists both
 * started ones first, with their progress, in full.
 */
import type { Browser, Locator } from 'playwright-core';
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
	await expect.poll(() => page.locator('pg-checklist[data-guide="guides/kg-inicis-contract"] [data-fold-summary]').textContent()).toMatch(/^2\/\d+ 완료/);
	await expect.poll(() => page.locator('pg-checklist[data-guide="guides/kakaopay-contract"] [data-fold-summary]').textContent()).toMatch(/^1\/\d+ 완료/);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});

test('untouched checklists on 내 체크리스트 are folded under their titles; the last one unfolds, ticks, and another follows a tick made in another tab', async () => {
	const tracked = await openPage(browser, '/checklist/', { context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });
	const { page } = tracked;
	await page.waitForFunction(() => customElements.get('pg-checklist'));
	const all = page.locator('pg-checklist');
	const count = await all.count();
	expect(count).toBeGreaterThan(10);
	expect(await page.locator('pg-checklist details[open]').count()).toBe(0);
	// Folded, every title is a tap target and the whole list fits in a few screens.
	for (const summary of await page.locator('pg-checklist summary').all()) expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	expect(await page.evaluate(() => document.querySelector('.checklists')!.getBoundingClientRect().height < 8 * innerHeight)).toBe(true);
	// Folded, a checklist's controls are not in the page yet: a phone parses, styles and lays out titles only.
	expect(await page.locator('pg-checklist input').count()).toBe(0);
	expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);
	const [nearEnd, last] = (await all.all()).slice(-2) as [Locator, Locator];
	await last.locator('summary').click();
	expect(await last.locator('details').getAttribute('open')).toBe('');
	const total = Number(await last.locator('progress').getAttribute('max'));
	await last.locator('li input[type="checkbox"]').first().check();
	await expect.poll(() => last.getAttribute('data-started')).toBe('');
	expect(await last.locator('[data-progress]').textContent()).toBe(`1/${total} 완료`);

	// Another tab ticks a checklist that this one has not rendered yet.
	const other = await tracked.context.newPage();
	await other.goto(`/${await nearEnd.getAttribute('data-guide')}/`);
	await other.waitForFunction(() => customElements.get('pg-checklist'));
	await other.locator('pg-checklist li input[type="checkbox"]').first().check();
	await expect.poll(() => nearEnd.getAttribute('data-started')).toBe('');
	// Started elsewhere, its row here says so; a tap opens it.
	await expect.poll(() => nearEnd.locator('[data-fold-summary]').textContent()).toMatch(/^1\/\d+ 완료 · 다음: /);
	await nearEnd.locator('summary').click();
	expect(await nearEnd.locator('[data-progress]').textContent()).toMatch(/^1\/\d+ 완료$/);
	expect(await nearEnd.locator('li input[type="checkbox"]').first().isChecked()).toBe(true);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});
