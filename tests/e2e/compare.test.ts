/**
 * /compare/: a row per PG with a link to its guide, filters that work with the keyboard and without JavaScript
 * (the full table shows), sources on demand, and no sideways scrolling of the page on a 390 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../setup/browser';
import { readProcedures } from '../setup/procedures';

const PROCEDURES = readProcedures();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const visibleRows = (page: Page) =>
	page.locator('.compare tbody tr').evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.querySelector('th a')!.textContent!.trim()));

describe('the comparison', () => {
	test('has a row for every procedure, linking its guide', async () => {
		const tracked = await openPage(browser, '/compare/');
		const { page } = tracked;
		const links = await page.locator('.compare tbody th a').evaluateAll((anchors) => anchors.map((a) => [a.textContent!.trim(), a.getAttribute('href')]));
		expect(links.map(([name]) => name).sort()).toEqual(PROCEDURES.map((procedure) => procedure.pg.name).sort());
		for (const procedure of PROCEDURES) expect(links).toContainEqual([procedure.pg.name, `/${procedure.guide}/`]);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('each cell with a fact shows its source on demand; a column the help center is silent on says so', async () => {
		const tracked = await openPage(browser, '/compare/');
		const { page } = tracked;
		const row = page.locator('.compare tbody tr', { has: page.locator('th a[href="/guides/kg-inicis-contract/"]') });
		const mail = row.locator('td[data-column="계약 안내 메일"]');
		expect(await mail.textContent()).toContain('2~3영업일');
		const source = mail.locator('details');
		expect(await source.locator('summary').isVisible()).toBe(true);
		expect(await source.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		await source.locator('summary').click();
		expect(await source.textContent()).toContain('KG이니시스 상세 계약절차');
		expect(await source.textContent()).toContain('core-service/how-to-use/inicis-contract');
		// The section link goes to the step's heading in the guide.
		expect(await mail.locator('a.compare__section').getAttribute('href')).toBe('/guides/kg-inicis-contract/#kg이니시스의-계약-안내');
		expect(await row.locator('td[data-column="추가 가입"]').textContent()).toContain('도움말에 안내 없음');
		// Fees with their source and date.
		const fees = row.locator('td[data-column="수수료"]');
		expect(await fees.textContent()).toContain('3.20%');
		await fees.locator('summary').click();
		expect(await fees.locator('details').textContent()).toMatch(/결제대행사 수수료 .*\d{4}년 \d+월 \d+일 확인/);
		await tracked.close();
	});

	test('filters by what the merchant needs, with the keyboard alone', async () => {
		const tracked = await openPage(browser, '/compare/');
		const { page } = tracked;
		const all = await visibleRows(page);
		expect(all).toHaveLength(PROCEDURES.length);
		const recurring = page.getByRole('checkbox', { name: '정기결제' });
		await recurring.focus();
		await page.keyboard.press('Space');
		expect(await recurring.isChecked()).toBe(true);
		const withRecurring = await visibleRows(page);
		expect(withRecurring.length).toBeGreaterThan(0);
		expect(withRecurring.length).toBeLessThan(all.length);
		const rowFeatures = await page.locator('.compare tbody tr').evaluateAll((rows) =>
			rows.map((row) => [row.querySelector('th a')!.textContent!.trim(), row.hasAttribute('data-recurring'), (row as HTMLElement).offsetParent !== null]),
		);
		for (const [name, has, shown] of rowFeatures) expect(shown, String(name)).toBe(has);
		expect(await page.getByRole('status').filter({ hasText: '결제대행사' }).textContent()).toBe(`결제대행사 ${withRecurring.length}곳`);

		// Tab to the next filter and add it: only rows with both stay.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('easypay');
		await page.keyboard.press('Space');
		const both = await visibleRows(page);
		expect(both.every((name) => withRecurring.includes(name))).toBe(true);
		await page.keyboard.press('Space');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		expect(await visibleRows(page)).toEqual(all);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('without JavaScript the full table shows, and the filters still work', async () => {
		const tracked = await openPage(browser, '/compare/', { context: { javaScriptEnabled: false } });
		const { page } = tracked;
		expect(await visibleRows(page)).toHaveLength(PROCEDURES.length);
		await page.getByRole('checkbox', { name: '해외결제' }).check();
		const overseas = await visibleRows(page);
		expect(overseas.length).toBeGreaterThan(0);
		expect(overseas.length).toBeLessThan(PROCEDURES.length);
		await tracked.close();
	});

	test('on a 390 px phone: a card per PG, and the page never scrolls sideways', async () => {
		const tracked = await openPage(browser, '/compare/', { context: PHONE });
		const { page } = tracked;
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const card = page.locator('.compare tbody tr').first();
		expect(await card.evaluate((row) => getComputedStyle(row).display)).toBe('block');
		const box = (await card.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		// Filters and source toggles are tap targets of at least 44 px.
		for (const target of [page.locator('.compare-filters label').first(), card.locator('summary').first()]) {
			expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		await page.getByRole('checkbox', { name: '본인인증' }).check();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await tracked.close();
	});
});
