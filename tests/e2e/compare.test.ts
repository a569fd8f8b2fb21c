/**
 * /compare/: a PG per row (a card on a phone) linking its guide, the deciding values first and the rest with its
 * sources on demand; on a 1280 px desk every column inside the box and the header in view while scrolling; on a
 * 390 px phone at most 8 screens tall and two PGs side by side; filters and counts that hold without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareRow } from '../../src/lib/procedure/compare';
import { launchBrowser, openPage } from '../setup/browser';
import { readProcedures } from '../setup/procedures';

const PROCEDURES = readProcedures();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESK = { viewport: { width: 1280, height: 900 } };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const visibleRows = (page: Page) =>
	page.locator('.compare__pg').evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.querySelector('th a')!.textContent!.trim()));
/**
 * The count the bar shows is a CSS counter, which no DOM API reads: it is checked by its pixels, against the same
 * place drawn with the expected words (pages opened with `bypassCSP` so that the test can add that style).
 */
async function expectShownCount(page: Page, count: number) {
	const bar = page.locator('.compare-bar__shown');
	const counted = await bar.screenshot();
	const words = `결제대행사 ${count}곳`;
	await page.evaluate((text) => {
		const style = document.createElement('style');
		style.id = 'expected-count';
		style.textContent = `.compare-bar__shown::before { content: '${text}' !important; }`;
		document.head.append(style);
	}, words);
	const expected = await bar.screenshot();
	await page.evaluate(() => document.getElementById('expected-count')!.remove());
	expect(counted.equals(expected), `the bar shows ${count}곳`).toBe(true);
}
const TEST_STYLES = { bypassCSP: true };

describe('the comparison', () => {
	test('has a row for every procedure linking its guide, with the deciding values from the procedure', async () => {
		const tracked = await openPage(browser, '/compare/');
		const { page } = tracked;
		const links = await page.locator('.compare__pg th a').evaluateAll((anchors) => anchors.map((a) => [a.textContent!.trim(), a.getAttribute('href')]));
		expect(links.map(([name]) => name).sort()).toEqual(PROCEDURES.map((procedure) => procedure.pg.name).sort());
		for (const procedure of PROCEDURES) {
			expect(links).toContainEqual([procedure.pg.name, `/${procedure.guide}/`]);
			const row = page.locator('.compare__pg', { has: page.locator(`th a[href="/${procedure.guide}/"]`) });
			const cells = await row.locator('td[data-key]').evaluateAll((tds) => tds.map((td) => td.querySelector('.compare__value')!.textContent!.trim()));
			expect(cells, procedure.pg.name).toEqual(compareRow(procedure).summary.map((cell) => cell.value));
		}
		// Internal links carry no "leaves the site" arrow.
		expect(await page.locator('.compare-page a[href^="/"]').evaluateAll((anchors) => anchors.filter((a) => a.textContent!.includes('↗')).length)).toBe(0);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('자세히 shows every fact with its article\'s title (not its path), and a column the help center is silent on says so', async () => {
		const tracked = await openPage(browser, '/compare/');
		const { page } = tracked;
		const row = page.locator('.compare__pg', { has: page.locator('th a[href="/guides/kg-inicis-contract/"]') });
		const details = row.locator('.compare__more details');
		expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
		await details.locator('summary').click();
		const text = (await details.textContent())!;
		expect(text).toContain('2~3영업일');
		expect(text).toMatch(/출처: 포트원 도움말 센터 「KG이니시스 상세 계약절차」 \d{4}년 \d+월 \d+일 확인/);
		expect(text).not.toContain('core-service/');
		expect(text).toContain('도움말에 안내 없음');
		expect(text).toMatch(/「결제대행사 수수료」/);
		// Each wait counted for 첫 실결제까지 links its guide section.
		expect(await details.locator('.compare-details__waits a').first().getAttribute('href')).toBe('/guides/kg-inicis-contract/#kg이니시스의-계약-안내');
		await tracked.close();
	});

	test('filters by what the merchant needs, with the keyboard alone, the count following', async () => {
		const tracked = await openPage(browser, '/compare/', { context: TEST_STYLES });
		const { page } = tracked;
		const all = await visibleRows(page);
		expect(all).toHaveLength(PROCEDURES.length);
		await expectShownCount(page, PROCEDURES.length);
		const recurring = page.getByRole('checkbox', { name: '정기결제' });
		await recurring.focus();
		await page.keyboard.press('Space');
		expect(await recurring.isChecked()).toBe(true);
		const withRecurring = await visibleRows(page);
		expect(withRecurring.length).toBeGreaterThan(0);
		expect(withRecurring.length).toBeLessThan(all.length);
		for (const procedure of PROCEDURES) expect(withRecurring.includes(procedure.pg.name), procedure.pg.name).toBe(procedure.compare.features.includes('정기결제'));
		await expectShownCount(page, withRecurring.length);
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

	test('without JavaScript the full table shows, the filters work, and the count is the rows shown', async () => {
		const tracked = await openPage(browser, '/compare/', { context: { ...TEST_STYLES, javaScriptEnabled: false } });
		const { page } = tracked;
		expect(await visibleRows(page)).toHaveLength(PROCEDURES.length);
		await expectShownCount(page, PROCEDURES.length);
		await page.getByRole('checkbox', { name: '해외결제' }).check();
		const overseas = await visibleRows(page);
		expect(overseas.length).toBeGreaterThan(0);
		expect(overseas.length).toBeLessThan(PROCEDURES.length);
		await expectShownCount(page, overseas.length);
		// A wrong number is told apart.
		await expect(expectShownCount(page, overseas.length + 1)).rejects.toThrow();
		await tracked.close();
	});

	test('at 1280 px: every column inside the visible box, and the header row still in view after scrolling', async () => {
		const tracked = await openPage(browser, '/compare/', { context: DESK });
		const { page } = tracked;
		const layout = await page.evaluate(() => {
			const table = document.querySelector<HTMLElement>('.compare')!;
			const box = table.parentElement!.getBoundingClientRect();
			const cells = [...table.querySelectorAll<HTMLElement>('thead th, .compare__pg:first-of-type td[data-key]')].map((cell) => cell.getBoundingClientRect());
			return {
				display: getComputedStyle(table).display,
				pageWidth: document.documentElement.scrollWidth,
				outside: cells.filter((cell) => cell.left < box.left - 1 || cell.right > box.right + 1 || cell.right > innerWidth).length,
				columns: cells.length,
			};
		});
		expect(layout).toEqual({ display: 'table', pageWidth: 1280, outside: 0, columns: 13 });
		// Scroll into the middle of the table: the header row sits under the site's bar, on top of the rows.
		await page.locator('.compare__pg').nth(10).scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 300);
		await page.waitForTimeout(100);
		const header = await page.evaluate(() => {
			const th = document.querySelector<HTMLElement>('.compare thead th:nth-child(2)')!;
			const { top, bottom, left, width } = th.getBoundingClientRect();
			const atPoint = document.elementFromPoint(left + width / 2, (top + bottom) / 2);
			return { scrolled: scrollY > 1000, top, visible: top >= 0 && bottom <= innerHeight, onTop: !!atPoint && th.contains(atPoint) };
		});
		expect(header).toMatchObject({ scrolled: true, visible: true, onTop: true });
		expect(header.top).toBeLessThanOrEqual(80);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('at 390 px: a card per PG, never sideways, at most 8 screens tall with no filter', async () => {
		const tracked = await openPage(browser, '/compare/', { context: PHONE });
		const { page } = tracked;
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(8 * 844);
		const card = page.locator('.compare__pg').first();
		const box = (await card.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		// The deciding values come first, each with its label; the rest is folded.
		expect(await card.locator('td[data-key]').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content))).toEqual(
			['"첫 실결제까지"', '"바로오픈"', '"정기결제"', '"간편결제"', '"앱"', '"카드 수수료"'],
		);
		expect(await card.locator('.compare__more details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		await page.getByRole('checkbox', { name: '본인인증' }).check();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await tracked.close();
	});

	test('at 390 px two PGs picked go side by side, the others away; a fourth cannot be picked', async () => {
		const tracked = await openPage(browser, '/compare/', { context: { ...PHONE, ...TEST_STYLES } });
		const { page } = tracked;
		const [first, second] = [PROCEDURES[0]!, PROCEDURES[1]!];
		const pick = (name: string) => page.getByRole('checkbox', { name: `나란히 볼 곳에 ${name} 넣기` });
		const side = page.getByRole('checkbox', { name: '고른 곳만 나란히 보기' });
		expect(await page.locator('.compare-bar__side').isVisible()).toBe(false);
		await pick(first.pg.name).check();
		await pick(second.pg.name).check();
		await page.locator('.compare-bar__side').click();
		expect(await side.isChecked()).toBe(true);
		expect((await visibleRows(page)).sort()).toEqual([first.pg.name, second.pg.name].sort());
		const boxes = await page.locator('.compare__pg').evaluateAll((rows) =>
			rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.getBoundingClientRect().toJSON() as DOMRect),
		);
		expect(boxes).toHaveLength(2);
		expect(Math.abs(boxes[0]!.top - boxes[1]!.top)).toBeLessThan(1);
		expect(boxes[0]!.right).toBeLessThanOrEqual(boxes[1]!.left);
		expect(boxes[1]!.right).toBeLessThanOrEqual(390);
		// Rows line up: the same value sits at the same height in both columns.
		const feeTops = await page.locator('td[data-key="cardFee"]').evaluateAll((tds) =>
			tds.filter((td) => (td as HTMLElement).offsetParent !== null).map((td) => Math.round(td.getBoundingClientRect().top)),
		);
		expect(new Set(feeTops).size).toBe(1);
		await expectShownCount(page, 2);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

		// Back to all; three picked stop a fourth.
		await page.locator('.compare-bar__side').click();
		expect(await visibleRows(page)).toHaveLength(PROCEDURES.length);
		await pick(PROCEDURES[2]!.pg.name).check();
		expect(await pick(PROCEDURES[3]!.pg.name).isDisabled()).toBe(true);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});
});
