/**
 * 내 체크리스트 as a summary, at 390 px in Chromium: two PGs started (KG이니시스 with a wait past its expected day, NHN KCP
 * waiting within it), one row each with progress, next step and dates, details on tap, the storage notice and the
 * tools once for the page, and one calendar file for both. Home's 이어서 하기 puts the overdue one first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RECORD_VERSION } from '../../src/lib/checklist/record';
import { storageKey } from '../../src/lib/checklist/store';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { launchBrowser, openPage, siteURL } from '../setup/browser';
import { stepsFor } from './checklist-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const NOW = '2024-12-06T03:00:00Z';
const KG = 'guides/kg-inicis-contract';
const KCP = 'guides/nhn-kcp-contract';
const records = {
	// Applied 11/20: the contract mail was expected 11/22~25, and has not come.
	[KG]: { version: RECORD_VERSION, guide: KG, checked: { prepare: '2024-11-19T03:00:00.000Z', apply: '2024-11-20T03:00:00.000Z' }, types: ['general'], fingerprints: {} },
	// Applied 12/5: the mail is expected 12/9~10.
	[KCP]: { version: RECORD_VERSION, guide: KCP, checked: { prepare: '2024-12-05T03:00:00.000Z', apply: '2024-12-05T03:00:00.000Z' }, types: ['general'], fingerprints: {} },
};

async function openStarted(path: string) {
	const tracked = await openPage(browser, path, {
		context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true },
		beforeGoto: async (page) => {
			await page.clock.setFixedTime(new Date(NOW));
			await page.addInitScript(
				([entries]) => {
					for (const [key, value] of entries as [string, string][]) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
				},
				[Object.entries(records).map(([guide, record]) => [storageKey(guide), JSON.stringify(record)])] as const,
			);
		},
	});
	return tracked;
}

const shot = async (page: Page, name: string) => {
	mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
	await page.screenshot({ path: join(PROJECT_ROOT, 'test-results', `${name}.png`), fullPage: true });
};

test('one row per started PG with progress, the wait past due, the next step and the nearest date; details open on tap', async () => {
	const tracked = await openStarted('/checklist/');
	const { page } = tracked;
	await page.waitForFunction(() => customElements.get('pg-checklist'));
	const rows = page.locator('pg-checklist[data-started] summary');
	await expect.poll(() => rows.count()).toBe(2);
	const kg = page.locator(`pg-checklist[data-guide="${KG}"]`);
	const kcp = page.locator(`pg-checklist[data-guide="${KCP}"]`);
	await expect.poll(() => kg.locator('[data-fold-summary]').textContent()).toContain('예상일 지남');
	expect(await kg.locator('[data-fold-summary]').textContent()).toBe(`2/${stepsFor(['general']).length} 완료 · 예상일 지남: KG이니시스 계약 안내 메일 확인 (예상 11/22~25)`);
	expect(await kcp.locator('[data-fold-summary]').textContent()).toMatch(/^2\/\d+ 완료 · 다음: NHN KCP 계약부서의 안내 메일 받기 \(예상 12\/9~10\)$/);
	// Both first, both folded: the page is a summary until a row is tapped.
	const order = await page.locator('.checklists > li').evaluateAll((items) =>
		items.map((item) => ({ guide: item.querySelector('pg-checklist')!.getAttribute('data-guide'), top: item.getBoundingClientRect().top })).sort((a, b) => a.top - b.top).map((item) => item.guide),
	);
	expect(new Set(order.slice(0, 2))).toEqual(new Set([KG, KCP]));
	expect(await page.locator('pg-checklist details[open]').count()).toBe(0);
	for (const row of await rows.all()) expect((await row.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await shot(page, 'my-checklists-390');
	await kg.locator('summary').tap();
	expect(await kg.locator('details').getAttribute('open')).toBe('');
	expect(await kg.locator('[data-item="contract-mail"] [data-overdue]').isVisible()).toBe(true);
	expect(await kg.locator('[data-item="contract-mail"] [data-dates]').textContent()).toBe('예상 11/22~25 지남');
	await shot(page, 'my-checklists-open-390');
	// The storage notice and the link and calendar buttons once for the page, not per checklist.
	expect(await page.getByText('이 기기의 브라우저에만 저장되며').count()).toBe(1);
	expect(await page.locator('pg-checklist .checklist__intro[data-js]').count()).toBe(0);
	expect(await page.getByRole('button', { name: '복원 링크', exact: true }).count()).toBe(1);
	expect(await page.getByRole('button', { name: '캘린더에 추가' }).count()).toBe(1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});

test('the page holds no folded checklist’s controls: each comes from its part when opened or started, ids and all', async () => {
	const html = await fetch(siteURL('/checklist/')).then((response) => response.text());
	// 22 checklists' titles, not their steps: a phone parses a page a tenth the size it was (675 KB).
	expect(html).not.toContain('checklist__row');
	expect(Buffer.byteLength(html)).toBeLessThan(160 * 1024);
	const parts = [...html.matchAll(/<template[^>]*data-src="([^"]+)"/g)].map(([, href]) => href!);
	expect(parts.length).toBe(22);
	for (const href of parts) {
		const part = await fetch(siteURL(href)).then((response) => (response.ok ? response.text() : ''));
		expect(part, href).toContain('checklist__row');
	}
	const tracked = await openStarted('/checklist/');
	const { page } = tracked;
	// Started: its controls arrive by themselves, with the page's ids.
	const kg = page.locator(`pg-checklist[data-guide="${KG}"]`);
	await expect.poll(() => kg.locator('[data-item="apply"] input[type="checkbox"]').isChecked()).toBe(true);
	// Not started: fetched when opened; a tick there is kept like any other.
	const guide = await page.locator('pg-checklist:not([data-started])').first().getAttribute('data-guide');
	const other = page.locator(`pg-checklist[data-guide="${guide}"]`);
	expect(await other.locator('[data-item]').count()).toBe(0);
	await other.locator('summary').click();
	const first = other.locator('[data-item]').first();
	const id = await first.getAttribute('data-item');
	await first.locator('input[type="checkbox"]').check();
	expect(await page.evaluate((key) => localStorage.getItem(key), storageKey(guide!))).toContain(`"${id}"`);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});

test('one calendar file for every started PG: parses, no reminder before now, a phone number to call, stable UIDs', async () => {
	const tracked = await openStarted('/checklist/');
	const { page } = tracked;
	await page.waitForFunction(() => customElements.get('pg-checklist-tools'));
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '캘린더에 추가' }).click()]);
	expect(download.suggestedFilename()).toBe('checklist-2024-12-06.ics');
	await expect.poll(() => page.locator('pg-checklist-tools [data-status]').textContent()).toContain('결제대행사 2곳');
	const text = readFileSync((await download.path())!, 'utf-8');
	const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
	const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
	expect(uids).toContain(`${KG}/apply@pg-contract-guide`);
	expect(uids).toContain(`${KCP}/apply@pg-contract-guide`);
	// Every reminder falls after now: the event's day at midnight in Seoul plus its trigger.
	for (const event of events) {
		const start = Date.parse(`${String(event.getFirstPropertyValue('dtstart'))}T00:00:00+09:00`);
		for (const alarm of event.getAllSubcomponents('valarm')) {
			const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
			expect(start + trigger.toSeconds() * 1000).toBeGreaterThan(Date.parse(NOW));
		}
	}
	const kcpMail = new ICAL.Event(events.find((event) => String(event.getFirstPropertyValue('uid')) === `${KCP}/apply@pg-contract-guide`)!);
	expect(kcpMail.startDate.toString()).toBe('2024-12-09');
	expect(kcpMail.description).toMatch(/1544-8662/);
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});

test('home’s 이어서 하기 lists the PG with a wait past due first, and drops an expected date once its step is ticked', async () => {
	const tracked = await openStarted('/');
	const { page } = tracked;
	const rows = page.locator('pg-continue li');
	await expect.poll(() => rows.count()).toBe(2);
	expect(await rows.first().textContent()).toContain(`KG이니시스 · 2/${stepsFor(['general']).length} 완료`);
	expect(await rows.first().textContent()).toContain('예상일 지남: KG이니시스 계약 안내 메일 확인');
	expect(await rows.nth(1).textContent()).toContain('예상 12/9~10');
	await page.locator('pg-continue').screenshot({ path: join(PROJECT_ROOT, 'test-results', 'home-continue-390.png') });
	await page.evaluate(([key]) => {
		const record = JSON.parse(localStorage.getItem(key!)!);
		record.checked['contract-mail'] = '2024-12-06T03:00:00.000Z';
		localStorage.setItem(key!, JSON.stringify(record));
	}, [storageKey(KCP)]);
	await page.reload();
	await expect.poll(() => rows.count()).toBe(2);
	expect(await rows.nth(1).textContent()).not.toContain('12/9~10');
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});
