/**
 * The checklist against what breaks state: dates out of range or not ISO 8601 (stored or imported), import files
 * full of ids this checklist does not have, and two tabs ticking at the same moment.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { exportRecord } from '../../src/lib/checklist/export-file';
import { launchBrowser, siteURL } from '../setup/browser';
import { checkbox, GUIDE, openGuide, record, seed, status, stored } from './checklist-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const notice = (page: Page) => page.locator('pg-checklist [data-notice]').textContent();

async function importFile(page: Page, content: string) {
	await page.locator('pg-checklist input[type="file"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(content) });
}

test.each(['+275760-09-13T00:00:00.000Z', '0999-06-01T00:00:00.000Z', '0202-12-01T03:00:00.000Z', '2205-12-01T03:00:00.000Z', '+010000-01-01T00:00:00.000Z', '2024/01/05', '1'])(
	'a stored tick dated %s: the page renders without an error, that tick alone is set aside, naming the item, every other tick stays (issue 25, item 2)',
	async (date) => {
		const guide = await openGuide(browser);
		const { page } = guide;
		await seed(page, JSON.stringify(record({ apply: date, 'contract-mail': '2024-01-26T03:00:00.000Z' })));
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		const label = (await page.locator('[data-item="apply"] .checklist__label').textContent())!.trim();
		expect(await notice(page)).toContain(`‘${label}’`);
		expect(await notice(page)).toContain('항목의 날짜를 읽을 수 없어 그 체크만 따로 보관해 두었습니다');
		expect(await checkbox(page, 'apply').isChecked()).toBe(false);
		expect(await checkbox(page, 'contract-mail').isChecked()).toBe(true);
		await checkbox(page, 'documents').check();
		expect(await page.locator('[data-item="documents"] [data-dates]').textContent()).toMatch(/^(\d{4}\/)?\d{1,2}\/\d{1,2} 완료$/);
		await page.reload();
		expect(await checkbox(page, 'contract-mail').isChecked()).toBe(true);
		expect(await checkbox(page, 'documents').isChecked()).toBe(true);
		expect(await notice(page)).toBe('');
		expect(guide.errors()).toEqual([]);
		await guide.close();
	},
);

test('an imported tick with a date out of range or not ISO 8601 is refused, naming the item; nothing changes', async () => {
	const guide = await openGuide(browser);
	const { page } = guide;
	await checkbox(page, 'documents').check();
	const before = await stored(page);
	const label = (await page.locator('[data-item="apply"] label').textContent())!.trim();
	for (const date of ['+275760-09-13T00:00:00.000Z', '2024/01/05']) {
		await importFile(page, exportRecord(record({ apply: date }) as never, new Date()));
		await expect
			.poll(() => status(page))
			.toBe(`가져오지 못했습니다. ‘${label}’ 항목의 날짜(${date})를 읽을 수 없습니다. 2000~2100년의 ISO 8601 날짜(예: 2024-01-25T15:00:00.000Z)여야 합니다. 체크리스트는 그대로입니다.`);
		expect(await stored(page)).toBe(before);
		expect(await checkbox(page, 'documents').isChecked()).toBe(true);
	}
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('an import leaves out (and counts) ticks of items this checklist does not have', async () => {
	const guide = await openGuide(browser);
	const { page } = guide;
	const junk = Object.fromEntries(Array.from({ length: 2000 }, (_, index) => [`junk-${index}`, '2024-01-25T15:00:00.000Z']));
	await importFile(page, exportRecord(record({ apply: '2024-01-25T15:00:00.000Z', ...junk }) as never, new Date()));
	await expect.poll(() => status(page)).toBe('x.json에서 체크리스트를 가져왔습니다. 이 체크리스트에 없는 항목 2000개는 빼고 가져왔습니다.');
	expect(await checkbox(page, 'apply').isChecked()).toBe(true);
	expect(Object.keys(JSON.parse((await stored(page))!).checked)).toEqual(['apply']);
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('an import that cannot be saved (storage full) does not say it was imported', async () => {
	const guide = await openGuide(browser);
	const { page } = guide;
	await page.evaluate(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key, value) {
			if (key.startsWith('pg-contract-guide:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	await importFile(page, exportRecord(record({ apply: '2024-01-25T15:00:00.000Z' }) as never, new Date()));
	await expect.poll(() => status(page)).toBe('가져오지 못했습니다. 이 브라우저에 저장할 수 없어 가져오지 않았습니다. 체크리스트는 그대로입니다.');
	expect(await checkbox(page, 'apply').isChecked()).toBe(false);
	expect(await notice(page)).toContain('진행 상황이 저장되지 않습니다');
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('two tabs ticking (and unticking) at the same moment, or a few milliseconds apart, lose nothing', async () => {
	const first = await openGuide(browser);
	const second = await first.context.newPage();
	await second.goto(siteURL(GUIDE));
	await second.waitForFunction(() => customElements.get('pg-checklist'));
	const pages = [first.page, second];
	const items = ['apply', 'documents'];
	/** Clicks the box of `id` on `page` at the wall-clock time `at` (the pages share the machine's clock). */
	const clickAt = (page: Page, id: string, at: number) =>
		page.evaluate(
			([id, at]) => new Promise<void>((resolve) => setTimeout(() => resolve(document.querySelector<HTMLInputElement>(`#checklist-${id}`)!.click()), (at as number) - Date.now())),
			[id, at] as const,
		);
	const state = async () => ({
		boxes: await Promise.all(pages.flatMap((page) => items.map((id) => checkbox(page, id).isChecked()))),
		stored: Object.keys(JSON.parse((await stored(first.page)) ?? '{"checked":{}}').checked).sort(),
	});
	for (const [round, offset] of [0, 0, 0, 0, 1, 2, 3, 5, 0, 0].entries()) {
		const ticked = round % 2 === 0;
		const at = Date.now() + 300;
		await Promise.all(pages.map((page, index) => clickAt(page, items[index]!, at + index * offset)));
		await expect.poll(state, { timeout: 2000, message: `round ${round}, ${offset} ms apart` }).toEqual({ boxes: Array(4).fill(ticked), stored: ticked ? items : [] });
	}
	expect(first.errors()).toEqual([]);
	await first.close();
});
