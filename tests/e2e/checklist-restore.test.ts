/**
 * Progress that outlives the browser, in Chromium against the built site: the restore link (and its QR code)
 * carried to a fresh browser, calendar reminders, the browser asked to keep storage, in-app browsers, steps
 * changed by a new deploy, dates corrected by the reader, and rows that are easy to tap.
 */
import { readFileSync, rmSync } from 'node:fs';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, routeToDeploy, scrollToReader } from '../setup/browser';
import { buildProcedureVariant } from '../setup/content-build';
import { checkbox, dates, GUIDE, openGuide, stored, typeBox } from './checklist-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const at = (iso: string) => (page: Page) => page.clock.setFixedTime(new Date(iso));

/** Ticks items and a payment type, then asks for the restore link; returns the link. */
async function makeLink(page: Page, ids: string[], type: string) {
	for (const id of ids) await checkbox(page, id).check();
	await typeBox(page, type).check();
	await page.getByRole('button', { name: '복원 링크', exact: true }).click();
	const input = page.getByRole('textbox', { name: '복원 링크' });
	await input.waitFor();
	return input.inputValue();
}

describe('the restore link', () => {
	test('carries payment types, ticks and dates to a fresh browser, which keeps them after a reload', async () => {
		const source = await openGuide(browser, { beforeGoto: at('2024-01-25T15:30:00Z') });
		const link = await makeLink(source.page, ['apply', 'contract-done'], '일반결제');
		expect(new URL(link).hash.length - 1).toBeLessThanOrEqual(160);
		const before = { apply: await dates(source.page, 'apply'), instantOpen: await dates(source.page, 'instant-open') };
		expect(source.errors()).toEqual([]);
		await source.close();

		const target = await openGuide(browser, { beforeGoto: at('2024-01-25T15:30:00Z') }, link);
		const { page } = target;
		const dialog = page.getByRole('dialog', { name: '복원 링크의 진행 상황을 가져올까요?' });
		await dialog.waitFor();
		expect(await dialog.textContent()).toContain('KG이니시스 상세 계약절차');
		expect(await dialog.textContent()).toContain('링크: 2개 항목 체크 (마지막 2024/1/26), 일반결제');
		await dialog.getByRole('button', { name: '링크로 바꾸기' }).click();
		await expect.poll(() => checkbox(page, 'apply').isChecked()).toBe(true);
		expect(await page.locator('pg-checklist [data-status]').textContent()).toBe('복원 링크의 진행 상황으로 바꿨습니다.');
		expect(new URL(page.url()).hash).toBe('');
		for (let load = 0; load < 2; load++) {
			expect(await checkbox(page, 'contract-done').isChecked()).toBe(true);
			expect(await checkbox(page, 'documents').isChecked()).toBe(false);
			expect(await typeBox(page, '일반결제').isChecked()).toBe(true);
			expect({ apply: await dates(page, 'apply'), instantOpen: await dates(page, 'instant-open') }).toEqual(before);
			await page.reload();
			await page.waitForFunction(() => customElements.get('pg-checklist'));
		}
		expect(await page.getByRole('dialog').count()).toBe(0);
		expect(target.errors()).toEqual([]);
		await target.close();
	});

	test('merging keeps this browser’s ticks beside the link’s', async () => {
		const source = await openGuide(browser);
		const link = await makeLink(source.page, ['apply'], '정기결제');
		await source.close();

		const target = await openGuide(browser);
		await checkbox(target.page, 'documents').check();
		const page = await target.context.newPage();
		await page.goto(link);
		await page.getByRole('dialog').getByRole('button', { name: '합치기' }).click();
		await expect.poll(() => checkbox(page, 'apply').isChecked()).toBe(true);
		expect(await checkbox(page, 'documents').isChecked()).toBe(true);
		expect(await typeBox(page, '정기결제').isChecked()).toBe(true);
		expect(Object.keys(JSON.parse((await stored(page))!).checked).sort()).toEqual(['apply', 'documents']);
		expect(target.errors()).toEqual([]);
		await target.close();
	});

	test('a truncated or edited link says so and changes nothing', async () => {
		const source = await openGuide(browser);
		const link = await makeLink(source.page, ['apply', 'documents'], '일반결제');
		await source.close();

		const target = await openGuide(browser);
		await checkbox(target.page, 'key-file').check();
		const before = await stored(target.page);
		const edited = link.replace(/.(?=.{8}$)/, (char) => (char === 'A' ? 'B' : 'A'));
		for (const damaged of [link.slice(0, -6), edited]) {
			const page = await target.context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(damaged);
			const dialog = page.getByRole('dialog', { name: '복원 링크를 열 수 없습니다' });
			await dialog.waitFor();
			expect(await dialog.textContent()).toContain('링크가 잘렸거나 바뀌어 읽을 수 없습니다');
			expect(await dialog.textContent()).toContain('이 브라우저의 체크리스트는 그대로입니다');
			await dialog.getByRole('button', { name: '닫기' }).click();
			await expect.poll(() => page.locator('pg-checklist [data-status]').textContent()).toContain('복원 링크를 열 수 없습니다');
			expect(await stored(page)).toBe(before);
			expect(await checkbox(page, 'apply').isChecked()).toBe(false);
			expect(await checkbox(page, 'key-file').isChecked()).toBe(true);
			expect(errors).toEqual([]);
			await page.close();
		}
		expect(target.errors()).toEqual([]);
		await target.close();
	});

	test('its QR code decodes to the link', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		const link = await makeLink(page, ['apply', 'contract-mail', 'documents'], '일반결제');
		await page.getByRole('button', { name: 'QR 코드' }).click();
		const qr = page.getByRole('img', { name: '복원 링크 QR 코드' });
		await qr.waitFor();
		const png = PNG.sync.read(await qr.screenshot());
		const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
		expect(decoded?.data).toBe(link);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});
});

test('the calendar file parses, with alarms, and counts business days past 설날', async () => {
	// Friday 13 February 2026; 설날 is Monday 16 to Wednesday 18.
	const guide = await openGuide(browser, { beforeGoto: at('2026-02-13T01:00:00Z') });
	const { page } = guide;
	await typeBox(page, '일반결제').check();
	await checkbox(page, 'apply').check();
	await checkbox(page, 'contract-done').check();
	expect(await dates(page, 'contract-mail')).toBe('예상 2/20~23');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '캘린더에 추가' }).click()]);
	expect(download.suggestedFilename()).toBe('checklist-2026-02-13.ics');
	expect(await page.locator('pg-checklist [data-status]').textContent()).toContain('다운로드 폴더');
	const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf-8')));
	const events = calendar.getAllSubcomponents('vevent');
	expect(events.length).toBeGreaterThanOrEqual(2);
	for (const event of events) expect(event.getAllSubcomponents('valarm').length).toBeGreaterThanOrEqual(1);
	const mail = new ICAL.Event(events.find((event) => String(event.getFirstPropertyValue('uid')).startsWith('guides/kg-inicis-contract/apply@'))!);
	expect(mail.startDate.toString()).toBe('2026-02-20');
	expect(mail.description).toContain('스팸함');
	const deadline = events.find((event) => String(event.getFirstPropertyValue('summary')).startsWith('바로오픈 MID 사용 기한'))!;
	expect(String(deadline.getFirstPropertyValue('dtstart'))).toBe('2026-03-13');
	expect(String(deadline.getFirstPropertyValue('url'))).toMatch(/\/guides\/kg-inicis-contract\/#%EA%B3%84%EC%95%BD%EC%99%84%EB%A3%8C$/);
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('the first tick asks the browser to keep storage, and the answer shows beside the progress', async () => {
	const guide = await openGuide(browser, {
		beforeGoto: async (page) => {
			await page.addInitScript(() => {
				let persisted = false;
				const calls: string[] = [];
				Object.assign(window, { persistCalls: calls });
				Object.defineProperty(navigator, 'storage', {
					value: {
						persisted: async () => persisted,
						persist: async () => {
							calls.push('persist');
							persisted = true;
							return true;
						},
					},
				});
			});
		},
	});
	const { page } = guide;
	const calls = () => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls.length);
	const kept = page.locator('pg-checklist [data-persisted] :not([hidden])');
	expect(await kept.textContent()).toContain('지울 수 있습니다');
	expect(await calls()).toBe(0);
	await checkbox(page, 'apply').check();
	await expect.poll(calls).toBe(1);
	await expect.poll(() => kept.textContent()).toContain('지우지 않고 보관하기로 했습니다');
	await checkbox(page, 'documents').check();
	expect(await calls()).toBe(1);
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('ticking the step before the long wait suggests saving the restore link', async () => {
	const guide = await openGuide(browser);
	const { page } = guide;
	const suggestion = page.locator('pg-checklist [data-suggest-link]');
	await checkbox(page, 'apply').check();
	expect(await suggestion.isVisible()).toBe(false);
	await checkbox(page, 'card-review').check();
	// The suggestion's script loads once there is progress.
	await expect.poll(() => suggestion.isVisible()).toBe(true);
	expect(await suggestion.textContent()).toContain('한동안 기다리는 단계');
	await suggestion.getByRole('button', { name: '복원 링크 만들기' }).click();
	await page.getByRole('textbox', { name: '복원 링크' }).waitFor();
	expect(await suggestion.isVisible()).toBe(false);
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('in KakaoTalk’s in-app browser: progress is separate from the phone’s browser, with a way out', async () => {
	const userAgent =
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.4.5';
	const guide = await openGuide(browser, { context: { userAgent, viewport: { width: 390, height: 844 } } });
	const notice = guide.page.locator('pg-checklist [data-in-app]');
	expect(await notice.isVisible()).toBe(true);
	expect(await notice.textContent()).toContain('카카오톡 안에서 열린 페이지입니다');
	expect(await notice.textContent()).toContain('기본 브라우저(Safari, Chrome 등)와 따로 저장');
	const open = notice.getByRole('link', { name: '기본 브라우저로 열기' });
	expect(await open.getAttribute('href')).toBe(`kakaotalk://web/openExternal?url=${encodeURIComponent(guide.page.url())}`);
	expect(await notice.getByRole('button', { name: '복원 링크 만들기' }).isVisible()).toBe(true);
	expect(guide.errors()).toEqual([]);
	await guide.close();

	const ordinary = await openGuide(browser);
	expect(await ordinary.page.locator('pg-checklist [data-in-app]').isVisible()).toBe(false);
	await ordinary.close();
});

test('editing a tick’s date moves its due dates', async () => {
	const guide = await openGuide(browser, { beforeGoto: at('2024-01-25T15:30:00Z') });
	const { page } = guide;
	await typeBox(page, '일반결제').check();
	await checkbox(page, 'contract-done').check();
	expect(await dates(page, 'contract-done')).toBe('1/26 완료');
	expect(await dates(page, 'instant-open')).toBe('바로오픈 MID 사용 기한 2/26');
	const item = page.locator('[data-item="contract-done"]');
	await item.getByRole('button', { name: '날짜 고치기' }).click();
	await item.getByLabel('계약완료 — MID 발급 완료 날짜').fill('2024-01-20');
	await expect.poll(() => dates(page, 'contract-done')).toBe('1/20 완료');
	expect(await dates(page, 'instant-open')).toBe('바로오픈 MID 사용 기한 2/20');
	await page.reload();
	expect(await dates(page, 'contract-done')).toBe('1/20 완료');
	expect(await dates(page, 'instant-open')).toBe('바로오픈 MID 사용 기한 2/20');
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('at 390 px each item’s whole row ticks it, at least 44 px tall, with the section link below the label', async () => {
	const guide = await openGuide(browser, { context: { viewport: { width: 390, height: 844 } } });
	const { page } = guide;
	const rows = page.locator('pg-checklist li:not([hidden]) .checklist__row');
	expect(await rows.count()).toBeGreaterThan(5);
	for (const row of await rows.all()) expect((await row.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	// A tap at the far end of the row, away from the box and the text, ticks the item.
	const row = page.locator('[data-item="documents"] .checklist__row');
	await scrollToReader(row);
	const box = (await row.boundingBox())!;
	await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
	expect(await checkbox(page, 'documents').isChecked()).toBe(true);
	const link = (await page.locator('[data-item="documents"] a.checklist__section').boundingBox())!;
	expect(link.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

describe('a deploy that changes a step', () => {
	let variant: string;

	beforeAll(async () => {
		// KG이니시스's procedure with the contract mail step reworded (and its duration changed).
		variant = (await buildProcedureVariant('changed')).outDir;
	}, 120_000);
	afterAll(() => variant && rmSync(variant, { recursive: true, force: true }));

	test('flags the ticked item whose text changed, with a link to its section, and keeps its tick and date', async () => {
		const guide = await openGuide(browser, { context: { serviceWorkers: 'block' } });
		const { page, context } = guide;
		for (const id of ['contract-mail', 'key-file']) await checkbox(page, id).check();
		const dayBefore = await dates(page, 'contract-mail');

		await routeToDeploy(context, variant, GUIDE);
		await page.reload();
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		const changed = page.locator('[data-item="contract-mail"] [data-changed]');
		expect(await changed.isVisible()).toBe(true);
		expect(await changed.textContent()).toContain('안내가 바뀌었어요');
		expect(await changed.getByRole('link').getAttribute('href')).toBe('#kg이니시스의-계약-안내');
		expect(await checkbox(page, 'contract-mail').isChecked()).toBe(true);
		expect(await dates(page, 'contract-mail')).toBe(dayBefore);
		expect(await page.locator('[data-item="key-file"] [data-changed]').isVisible()).toBe(false);
		// Ticked again, the item is read as it is now.
		await checkbox(page, 'contract-mail').uncheck();
		await checkbox(page, 'contract-mail').check();
		expect(await changed.isVisible()).toBe(false);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});
});

describe('restore links that used to lose or hide progress (issue 25)', () => {
	test('합치기 keeps a tick another tab made while the dialog was open (item 3)', async () => {
		const source = await openGuide(browser);
		const link = await makeLink(source.page, ['apply'], '일반결제');
		await source.close();

		const target = await openGuide(browser);
		await checkbox(target.page, 'documents').check();
		const page = await target.context.newPage();
		await page.goto(link);
		const dialog = page.getByRole('dialog', { name: '복원 링크의 진행 상황을 가져올까요?' });
		await dialog.waitFor();
		// Meanwhile, in the other tab.
		await checkbox(target.page, 'key-file').check();
		await dialog.getByRole('button', { name: '합치기' }).click();
		await expect.poll(() => checkbox(page, 'apply').isChecked()).toBe(true);
		expect(Object.keys(JSON.parse((await stored(page))!).checked).sort()).toEqual(['apply', 'documents', 'key-file']);
		await expect.poll(() => checkbox(target.page, 'key-file').isChecked()).toBe(true);
		await expect.poll(() => checkbox(target.page, 'apply').isChecked()).toBe(true);
		expect(target.errors()).toEqual([]);
		await target.close();
	});

	test('with storage blocked, a restore says it could not save instead of "바꿨습니다" (item 6)', async () => {
		const source = await openGuide(browser);
		const link = await makeLink(source.page, ['apply'], '일반결제');
		await source.close();
		const blocked = await openGuide(
			browser,
			{
				beforeGoto: async (page) => {
					await page.addInitScript(() => {
						Object.defineProperty(window, 'localStorage', {
							get() {
								throw new DOMException('Access is denied for this document.', 'SecurityError');
							},
						});
					});
				},
			},
			link,
		);
		const { page } = blocked;
		await page.getByRole('dialog').getByRole('button', { name: '링크로 바꾸기' }).click();
		await expect.poll(() => page.locator('pg-checklist [data-status]').textContent()).toContain('복원 링크의 진행 상황을 가져오지 못했습니다');
		expect(await page.locator('pg-checklist [data-status]').textContent()).not.toContain('바꿨습니다');
		expect(blocked.errors()).toEqual([]);
		await blocked.close();
	});

	test('crafted links: 300 continuation digits and 200 KB are refused with a message, nothing thrown (item 7)', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		for (const fragment of [`c=2.guides/kg-inicis-contract.AAAAAAAAAAAA${'g'.repeat(300)}AAA`, `c=${'A'.repeat(200_000)}`]) {
			await page.evaluate((hash) => (location.hash = hash), fragment);
			const dialog = page.getByRole('dialog', { name: '복원 링크를 열 수 없습니다' });
			await dialog.waitFor();
			await dialog.getByRole('button', { name: '닫기' }).click();
			await expect.poll(() => page.locator('pg-checklist [data-status]').textContent()).toContain('복원 링크를 열 수 없습니다');
		}
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('a link pasted into a tab already on the page opens (hashchange), and one opened on home or /compare/ says what it did (item 7)', async () => {
		const source = await openGuide(browser);
		const link = await makeLink(source.page, ['apply', 'documents'], '일반결제');
		await source.close();
		const hash = new URL(link).hash;

		const guide = await openGuide(browser);
		await guide.page.evaluate((value) => (location.hash = value), hash);
		await guide.page.getByRole('dialog', { name: '복원 링크의 진행 상황을 가져올까요?' }).waitFor();
		await guide.close();

		for (const path of ['/', '/compare/']) {
			const fresh = await openGuide(browser, {}, GUIDE);
			const { page } = fresh;
			await page.goto(`${path}${hash}`);
			const dialog = page.getByRole('dialog', { name: '복원 링크의 진행 상황을 가져올까요?' });
			await dialog.waitFor();
			await dialog.getByRole('button', { name: '링크로 바꾸기' }).click();
			const done = page.getByRole('dialog', { name: '복원 링크의 진행 상황으로 바꿨습니다.' });
			await done.waitFor();
			expect(await done.getByRole('link', { name: '내 체크리스트 보기' }).getAttribute('href')).toBe('/checklist/');
			expect(Object.keys(JSON.parse((await stored(page))!).checked).sort()).toEqual(['apply', 'documents']);
			expect(fresh.errors()).toEqual([]);
			await fresh.close();
		}
	});
});
