/**
 * Dates where they are waited for, and dates that cannot poison a record, in Chromium at 390 px against the built
 * site: the expected window on the step waited for, "예상일 지남" with whom to call once it passed (page.clock), a tick
 * dated before the step it follows, typed days and device clocks out of range, and records and links of earlier
 * formats (plans, not payment types).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fnv1a } from '../../src/lib/checklist/fingerprint';
import { itemHash } from '../../src/lib/checklist/link';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { launchBrowser } from '../setup/browser';
import { readProcedures } from '../setup/procedures';
import { checkbox, dates, GUIDE, GUIDE_ID, openGuide, seed, status, stored, typeBox } from './checklist-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const at = (iso: string) => (page: Page) => page.clock.setFixedTime(new Date(iso));
const notice = (page: Page) => page.locator('pg-checklist [data-notice]').textContent();

describe('a wait that runs past its expected window', () => {
	// Whom the contract mail's waiting advice names, with their phones and e-mails, as the procedure gives them.
	const kg = readProcedures().find((procedure) => procedure.guide === GUIDE_ID)!;
	const mail = kg.steps.find((step) => step.id === 'contract-mail')!;
	const contacts = mail.waiting!.contacts.map((key) => kg.contacts[key]!);
	const phone = contacts.find((contact) => contact.phone)!.phone!;
	const email = contacts.find((contact) => contact.email)!.email!;

	test('ticking 가입신청서 shows the window on the mail step; past it, "예상일 지남" with a tel: link, gone once ticked', async () => {
		const guide = await openGuide(browser, { context: PHONE, beforeGoto: at('2024-11-20T03:00:00Z') });
		const { page } = guide;
		await checkbox(page, 'apply').check();
		// Wednesday 20 November + 2~3 business days: Friday 22 to Monday 25, on the step waited for.
		expect(await dates(page, 'contract-mail')).toBe('예상 11/22~25');
		expect(await dates(page, 'apply')).toBe('11/20 완료');
		const overdue = page.locator('[data-item="contract-mail"] [data-overdue]');
		expect(await overdue.isVisible()).toBe(false);

		await page.clock.setFixedTime(new Date('2024-12-06T03:00:00Z'));
		await page.reload();
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		expect(await dates(page, 'contract-mail')).toBe('예상 11/22~25 지남');
		expect(await overdue.isVisible()).toBe(true);
		expect(await overdue.textContent()).toContain('예상일 지남');
		const call = overdue.locator(`a[href="tel:${phone.replaceAll('-', '')}"]`);
		expect(await call.isVisible()).toBe(true);
		expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		expect(await overdue.locator(`a[href="mailto:${email}"]`).isVisible()).toBe(true);
		await page.locator('[data-item="contract-mail"]').screenshot({ path: join(PROJECT_ROOT, 'test-results', 'checklist-overdue-390.png') });

		await checkbox(page, 'contract-mail').check();
		expect(await overdue.isVisible()).toBe(false);
		expect(await page.locator('pg-checklist a[href^="tel:"]:visible').count()).toBe(0);
		expect(await dates(page, 'contract-mail')).toBe('12/6 완료');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});
});

test('a tick dated before the step it follows asks to confirm', async () => {
	const guide = await openGuide(browser, { context: PHONE, beforeGoto: at('2024-12-05T03:00:00Z') });
	const { page } = guide;
	await checkbox(page, 'apply').check();
	await checkbox(page, 'contract-mail').check();
	const item = page.locator('[data-item="contract-mail"]');
	const asked: string[] = [];
	page.once('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.dismiss();
	});
	await item.getByRole('button', { name: '날짜 고치기' }).click();
	await item.locator('input[type="date"]').fill('2024-12-01');
	await expect.poll(() => asked.length).toBe(1);
	expect(asked[0]).toContain('앞 단계보다 이릅니다');
	expect(asked[0]).toContain('관리자콘솔에서 가입신청서 제출 (12/5)');
	expect(await dates(page, 'contract-mail')).toBe('12/5 완료');
	page.once('dialog', (dialog) => void dialog.accept());
	await item.getByRole('button', { name: '날짜 고치기' }).click();
	await item.locator('input[type="date"]').fill('2024-12-02');
	await expect.poll(() => dates(page, 'contract-mail')).toBe('12/2 완료');
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('a typed day outside 2000 to today is refused, the input says the same range, and nothing throws (issue 25, item 2)', async () => {
	const guide = await openGuide(browser, { context: PHONE, beforeGoto: at('2024-12-05T03:00:00Z') });
	const { page } = guide;
	await checkbox(page, 'apply').check();
	const before = await stored(page);
	const item = page.locator('[data-item="apply"]');
	await item.getByRole('button', { name: '날짜 고치기' }).click();
	const input = item.locator('input[type="date"]');
	expect([await input.getAttribute('min'), await input.getAttribute('max')]).toEqual(['2000-01-01', '2024-12-05']);
	for (const day of ['2205-12-01', '0202-12-01', '1999-12-31', '2024-12-06']) {
		await input.fill(day);
		await expect.poll(() => status(page)).toBe('날짜를 바꾸지 않았습니다. 2000년 1월 1일부터 오늘까지의 날짜만 쓸 수 있습니다.');
		expect(await stored(page)).toBe(before);
		expect(await dates(page, 'apply')).toBe('12/5 완료');
	}
	await page.reload();
	expect(await dates(page, 'apply')).toBe('12/5 완료');
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test.each([
	['1970-01-01T00:00:00Z', false],
	['2101-06-01T00:00:00Z', false],
	// 2000-01-01 00:30 in Seoul is 1999 in UTC: a Seoul day the gate lets in.
	['1999-12-31T15:30:00Z', true],
])('a tick while the device clock says %s: refused when the day is outside 2000–2100, saying why; never a poisoned record (issue 25, item 2)', async (clock, kept) => {
	const guide = await openGuide(browser, { context: PHONE, beforeGoto: at(clock) });
	const { page } = guide;
	// A click, not check(): a refused tick leaves the box unticked.
	await checkbox(page, 'apply').click();
	expect(await checkbox(page, 'apply').isChecked()).toBe(kept);
	if (!kept) {
		expect(await status(page)).toContain('이 기기의 날짜가 맞지 않아 체크하지 않았습니다');
		expect(await stored(page)).toBeNull();
	}
	await page.clock.setFixedTime(new Date('2024-12-05T03:00:00Z'));
	await page.reload();
	expect(await notice(page)).toBe('');
	expect(await checkbox(page, 'apply').isChecked()).toBe(kept);
	if (kept) expect(await dates(page, 'apply')).toBe('2000/1/1 완료');
	await checkbox(page, 'documents').check();
	expect(await dates(page, 'documents')).toBe('12/5 완료');
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

describe('progress of the plan era (one plan, not payment types)', () => {
	test('a version 3 record keeps every tick and date, its plan becoming the plan’s types', async () => {
		const guide = await openGuide(browser, { context: PHONE, beforeGoto: at('2024-12-05T03:00:00Z') });
		const { page } = guide;
		const v3 = { version: 3, guide: GUIDE_ID, checked: { apply: '2024-11-20T03:00:00.000Z', 'test-environment': '2024-11-28T03:00:00.000Z' }, plan: '정기·간편결제', fingerprints: {}, changed: { '#plan': '2024-11-20T03:00:00.000Z' } };
		await seed(page, JSON.stringify(v3));
		expect(await typeBox(page, '정기결제').isChecked()).toBe(true);
		expect(await typeBox(page, '간편결제').isChecked()).toBe(true);
		expect(await typeBox(page, '일반결제').isChecked()).toBe(false);
		expect(await dates(page, 'apply')).toBe('11/20 완료');
		expect(await dates(page, 'test-environment')).toBe('11/28 완료');
		expect(await page.locator('[data-item="instant-open"]').isVisible()).toBe(false);
		// Written back as the current version on the next change, ticks and all.
		await checkbox(page, 'documents').check();
		expect(JSON.parse((await stored(page))!)).toMatchObject({ version: 4, types: ['recurring', 'easypay'], checked: v3.checked, changed: { '#types': '2024-11-20T03:00:00.000Z' } });
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('a version 1 link (a plan, days from 2020) restores its ticks, dates and the plan’s types; the dialog names types in Korean', async () => {
		const catalogue = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'checklist', 'catalogue.json'), 'utf-8'));
		const kg = catalogue.checklists.find((entry: { guide: string }) => entry.guide === GUIDE_ID);
		const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const fixed = (value: number, length: number) => Array.from({ length }, (_, index) => digits[Math.floor(value / 64 ** (length - 1 - index)) % 64]).join('');
		// Plan 1 (일반결제); apply on 2024-11-20 (day 1785 since 2020-01-01), documents two days later.
		const payload = `1.${GUIDE_ID}.${kg.fingerprint}B${fixed(1785, 3)}${itemHash('apply')}A${itemHash('documents')}C`;
		const link = `${GUIDE}#c=${payload}${fixed(fnv1a(payload) % 64 ** 3, 3)}`;
		const guide = await openGuide(browser, { context: PHONE, beforeGoto: at('2024-12-05T03:00:00Z') }, link);
		const { page } = guide;
		const dialog = page.getByRole('dialog', { name: '복원 링크의 진행 상황을 가져올까요?' });
		await dialog.waitFor();
		expect(await dialog.textContent()).toContain('링크: 2개 항목 체크 (마지막 2024/11/22), 일반결제');
		await dialog.getByRole('button', { name: '링크로 바꾸기' }).click();
		await expect.poll(() => checkbox(page, 'documents').isChecked()).toBe(true);
		expect(await dates(page, 'apply')).toBe('11/20 완료');
		expect(await dates(page, 'documents')).toBe('11/22 완료');
		expect(await typeBox(page, '일반결제').isChecked()).toBe(true);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});
});

test('arriving from the chooser with ?types= takes those types, keeps every tick, says so and shows the checklist', async () => {
	const guide = await openGuide(browser, { context: PHONE });
	const { page } = guide;
	await checkbox(page, 'apply').check();
	await page.goto(`${GUIDE}?types=general,easypay#내-체크리스트`);
	await page.waitForFunction(() => customElements.get('pg-checklist'));
	await expect.poll(() => typeBox(page, '간편결제').isChecked()).toBe(true);
	expect(await typeBox(page, '일반결제').isChecked()).toBe(true);
	expect(await typeBox(page, '정기결제').isChecked()).toBe(false);
	expect(await checkbox(page, 'apply').isChecked()).toBe(true);
	expect(await status(page)).toBe('고르기 도우미에서 고른 결제 종류로 체크리스트를 맞췄습니다. 체크한 항목은 그대로입니다.');
	expect(new URL(page.url()).search).toBe('');
	expect(await page.locator('pg-checklist').evaluate((element) => element.getBoundingClientRect().top < innerHeight)).toBe(true);
	expect(JSON.parse((await stored(page))!).types).toEqual(['general', 'easypay']);
	expect(guide.errors()).toEqual([]);
	await guide.close();
});

test('the step overview at the top of the guide reaches the checklist in one tap', async () => {
	const guide = await openGuide(browser, { context: PHONE });
	const { page } = guide;
	const link = page.locator('.step-overview').getByRole('link', { name: '내 체크리스트로 ↓' });
	expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await link.tap();
	await expect.poll(() => page.locator('#내-체크리스트').evaluate((heading) => heading.getBoundingClientRect().top >= 0 && heading.getBoundingClientRect().top < innerHeight)).toBe(true);
	expect(guide.errors()).toEqual([]);
	await guide.close();
});
