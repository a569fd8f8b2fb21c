/**
 * The checklist island on the KG이니시스 guide and the 내 체크리스트 page, in Chromium against the built site.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RECORD_VERSION } from '../../src/lib/checklist/record';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { launchBrowser, openPage, routeToDeploy, scrollToReader, siteURL } from '../setup/browser';
import { buildProcedureVariant } from '../setup/content-build';
import { checklistWeight } from '../setup/page-scripts';
import { readProcedures } from '../setup/procedures';
import { checkbox, dates, GUIDE, KEY, openGuide, record, seed, status, stepsFor, stored, typeBox } from './checklist-helpers';

const ITEMS = stepsFor(null).length;
/** Shown once 일반결제 alone is chosen: the steps of every plan and 일반결제's own. */
const PLAN_ITEMS = stepsFor(['general']).length;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const progressText = (page: Page) => page.locator('#checklist-progress').textContent();

describe('the checklist on the KG이니시스 guide', () => {
	test('a tick stays after a reload, with the day it was made in Seoul', async () => {
		const guide = await openGuide(browser, { beforeGoto: (page) => page.clock.setFixedTime(new Date('2024-01-25T15:30:00Z')) });
		const { page } = guide;
		expect(await progressText(page)).toBe(`0/${ITEMS} 완료`);
		await checkbox(page, 'apply').check();
		expect(await progressText(page)).toBe(`1/${ITEMS} 완료`);
		await page.reload();
		expect(await checkbox(page, 'apply').isChecked()).toBe(true);
		expect(await checkbox(page, 'contract-mail').isChecked()).toBe(false);
		// 2~3 business days after Friday the 26th: the next Tuesday to Wednesday, on the step waited for.
		expect(await dates(page, 'apply')).toBe('1/26 완료');
		expect(await dates(page, 'contract-mail')).toBe('예상 1/30~31');
		expect(await page.locator('progress').first().evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([1, ITEMS]);
		const saved = JSON.parse((await stored(page))!);
		expect(saved).toEqual({
			version: RECORD_VERSION,
			guide: 'guides/kg-inicis-contract',
			checked: { apply: '2024-01-25T15:30:00.000Z' },
			types: null,
			fingerprints: { apply: expect.stringMatching(/^[0-9a-z]+$/) },
			changed: { apply: '2024-01-25T15:30:00.000Z' },
		});
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('covers the whole contract path, each item linked to its section of the guide', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		const items = page.locator('pg-checklist li[data-item]');
		expect(await items.count()).toBe(ITEMS);
		const labels = (await page.locator('pg-checklist li label').allTextContents()).join(' | ');
		for (const step of ['신청 전 준비', '가입신청서 제출', '계약 안내 메일', '구비서류', '보증보험', '계약완료', '키파일(zip)을 압축된 그대로 cs@portone.io로', '실연동 채널', '테스트 채널 추가 (테스트 MID)', '심사에 필요한 항목', '카드사 심사 요청', '심사 완료']) {
			expect(labels).toContain(step);
		}
		expect(await page.locator('[data-item="contract-mail"]').textContent()).toContain('담당자 이메일');
		// Items come from the procedure in its order, 신청 전 준비 first.
		expect(await page.locator('pg-checklist li[data-item]').first().getAttribute('data-item')).toBe('prepare');
		for (const link of await page.locator('pg-checklist a.checklist__section').all()) {
			const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
			expect(await page.locator('.sl-markdown-content h2, .sl-markdown-content h3').evaluateAll((headings) => headings.map((h) => h.id))).toContain(id);
		}
		// Listed in the table of contents.
		expect(await page.locator('starlight-toc a[href="#내-체크리스트"]').count()).toBe(1);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('the payment types chosen are saved and decide which items count; several together show the union of their steps', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		const instantOpen = page.locator('[data-item="instant-open"]');
		const testEnvironment = page.locator('[data-item="test-environment"]');
		const liveChannel = page.locator('[data-item="live-channel"]');
		await typeBox(page, '일반결제').check();
		expect(await instantOpen.isVisible()).toBe(true);
		expect(await liveChannel.isVisible()).toBe(true);
		expect(await testEnvironment.isVisible()).toBe(false);
		expect(await progressText(page)).toBe(`0/${PLAN_ITEMS} 완료`);
		await page.reload();
		expect(await typeBox(page, '일반결제').isChecked()).toBe(true);
		expect(await testEnvironment.isVisible()).toBe(false);
		await typeBox(page, '일반결제').uncheck();
		await typeBox(page, '간편결제').check();
		expect(await instantOpen.isVisible()).toBe(false);
		expect(await liveChannel.isVisible()).toBe(false);
		expect(await testEnvironment.isVisible()).toBe(true);
		expect(JSON.parse((await stored(page))!).types).toEqual(['easypay']);
		// Three types at once: every step of each, in the procedure's order.
		await typeBox(page, '일반결제').check();
		await typeBox(page, '정기결제').check();
		expect(JSON.parse((await stored(page))!).types).toEqual(['general', 'recurring', 'easypay']);
		expect(await page.locator('pg-checklist li[data-item]:not([hidden])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.item))).toEqual(
			stepsFor(['general', 'recurring', 'easypay']),
		);
		expect(await progressText(page)).toBe(`0/${ITEMS} 완료`);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('shows the 바로오픈 MID’s last day on its step from 계약완료, and the expected end of the card review; says plainly when the deadline passed', async () => {
		const guide = await openGuide(browser, { beforeGoto: (page) => page.clock.setFixedTime(new Date('2024-02-20T03:00:00Z')) });
		const { page } = guide;
		await seed(page, JSON.stringify(record({ 'contract-done': '2024-01-25T15:00:00.000Z', 'card-review': '2024-02-19T03:00:00.000Z' }, ['general'])));
		expect(await dates(page, 'contract-done')).toBe('1/26 완료');
		expect(await dates(page, 'instant-open')).toBe('바로오픈 MID 사용 기한 2/26');
		expect(await dates(page, 'card-review')).toBe('2/19 완료');
		// The step waited for shows when the review should end, once.
		expect(await dates(page, 'card-review-result')).toBe('예상 3/4');
		// The review ends after the 바로오픈 MID's last day: the reader is warned while there is time.
		const late = page.locator('pg-checklist [data-late]');
		expect(await late.isVisible()).toBe(true);
		expect(await late.textContent()).toContain('카드사 심사 결과 기다리기(3/4)이 바로오픈 MID 사용 기한(2/26)보다 늦습니다');
		// What it says as shown (innerText), on screen: the checklist is drawn as it comes near the screen.
		await scrollToReader(late);
		expect(await late.innerText()).toContain('기한이 지나기 전에');
		// After the deadline: said plainly, and no "before the deadline" advice.
		await page.clock.setFixedTime(new Date('2024-02-28T03:00:00Z'));
		await page.reload();
		expect(await dates(page, 'instant-open')).toBe('바로오픈 MID 사용 기한 2/26 지남');
		await scrollToReader(late);
		expect(await late.innerText()).not.toContain('기한이 지나기 전에');
		expect(await late.innerText()).toContain('기한이 이미 지났습니다');
		// 정기·간편결제 has no 바로오픈 MID.
		await typeBox(page, '일반결제').uncheck();
		await typeBox(page, '정기결제').check();
		expect(await page.locator('[data-item="instant-open"]').isVisible()).toBe(false);
		expect(await late.isVisible()).toBe(false);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('a corrupt record: the page still works, the old value is kept aside and the reader told', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		const corrupt = '{"version":2,"guide":"guides/kg-inicis-contract","checked":';
		await seed(page, corrupt);
		expect(await page.locator('pg-checklist [data-notice]').textContent()).toContain('이전 기록은 지우지 않고 따로 보관해 두었습니다');
		const aside = await page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:corrupt:`)), KEY);
		expect(aside).toHaveLength(1);
		expect(await page.evaluate((name) => localStorage.getItem(name), aside[0]!)).toBe(corrupt);
		await checkbox(page, 'apply').check();
		await page.reload();
		expect(await checkbox(page, 'apply').isChecked()).toBe(true);
		expect(await page.locator('pg-checklist [data-notice]').textContent()).toBe('');
		expect(await page.evaluate((name) => localStorage.getItem(name), aside[0]!)).toBe(corrupt);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('storage full: the checklist works in memory and says progress is not saved', async () => {
		const guide = await openGuide(browser, {
			beforeGoto: async (page) => {
				await page.addInitScript(() => {
					// Our writes only: Starlight's theme picker writes its own key on every load and does not expect a throw.
					const setItem = Storage.prototype.setItem;
					Storage.prototype.setItem = function (key, value) {
						if (key.startsWith('pg-contract-guide:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
						setItem.call(this, key, value);
					};
				});
			},
		});
		const { page } = guide;
		await checkbox(page, 'apply').check();
		expect(await progressText(page)).toBe(`1/${ITEMS} 완료`);
		expect(await page.locator('pg-checklist [data-notice]').textContent()).toContain('진행 상황이 저장되지 않습니다');
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('two tabs converge within a second', async () => {
		const first = await openGuide(browser);
		const second = await first.context.newPage();
		await second.goto(GUIDE);
		await second.waitForFunction(() => customElements.get('pg-checklist'));
		await checkbox(first.page, 'apply').check();
		await expect.poll(() => checkbox(second, 'apply').isChecked(), { timeout: 1000 }).toBe(true);
		await typeBox(second, '일반결제').check();
		await checkbox(second, 'key-file').check();
		await expect.poll(() => progressText(first.page), { timeout: 1000 }).toBe(`2/${PLAN_ITEMS} 완료`);
		expect(await typeBox(first.page, '일반결제').isChecked()).toBe(true);
		expect(first.errors()).toEqual([]);
		await first.close();
	});

	test('reset asks first and can be undone', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		await checkbox(page, 'apply').check();
		await checkbox(page, 'documents').check();
		const dialog = page.getByRole('dialog', { name: '체크리스트를 초기화할까요?' });
		await page.getByRole('button', { name: '초기화', exact: true }).click();
		expect(await dialog.isVisible()).toBe(true);
		await dialog.getByRole('button', { name: '취소' }).click();
		expect(await checkbox(page, 'apply').isChecked()).toBe(true);

		await page.getByRole('button', { name: '초기화', exact: true }).click();
		await dialog.getByRole('button', { name: '초기화' }).click();
		// The dialog's `close` event comes a moment after the click.
		await expect.poll(() => checkbox(page, 'apply').isChecked()).toBe(false);
		expect(JSON.parse((await stored(page))!).checked).toEqual({});
		expect(await status(page)).toBe('체크리스트를 초기화했습니다.');

		await page.getByRole('button', { name: '되돌리기' }).click();
		expect(await checkbox(page, 'apply').isChecked()).toBe(true);
		expect(await checkbox(page, 'documents').isChecked()).toBe(true);
		expect(Object.keys(JSON.parse((await stored(page))!).checked)).toEqual(['apply', 'documents']);
		expect(await page.getByRole('button', { name: '되돌리기' }).isVisible()).toBe(false);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('exports to a JSON file that another browser imports', async () => {
		const source = await openGuide(browser);
		await checkbox(source.page, 'apply').check();
		await typeBox(source.page, '일반결제').check();
		const [download] = await Promise.all([source.page.waitForEvent('download'), source.page.getByRole('button', { name: '내보내기' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^checklist-kg-inicis-contract-\d{4}-\d{2}-\d{2}\.json$/);
		const file = readFileSync((await download.path())!, 'utf-8');
		expect(JSON.parse(file)).toMatchObject({ format: 'pg-contract-guide/checklist', types: ['general'] });
		await source.close();

		const target = await openGuide(browser);
		const { page } = target;
		const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '가져오기' }).click()]);
		await chooser.setFiles({ name: 'checklist.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await expect.poll(() => checkbox(page, 'apply').isChecked()).toBe(true);
		expect(await typeBox(page, '일반결제').isChecked()).toBe(true);
		expect(await status(page)).toBe('checklist.json에서 체크리스트를 가져왔습니다.');
		expect(target.errors()).toEqual([]);
		await target.close();
	});

	test('a bad or foreign file is rejected with a message and changes nothing', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		await checkbox(page, 'apply').check();
		const before = await stored(page);
		const foreignGuide = JSON.stringify({ format: 'pg-contract-guide/checklist', ...JSON.parse(before!), guide: 'guides/toss-contract' });
		for (const [content, message] of [
			['this is not JSON', 'JSON 파일이 아닙니다.'],
			['{"name":"pg-contract-guide","version":"0.1.0"}', '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.'],
			[foreignGuide, '다른 가이드의 체크리스트 파일입니다.'],
		] as const) {
			await page.locator('pg-checklist input[type="file"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(content) });
			await expect.poll(() => status(page)).toBe(`가져오지 못했습니다. ${message} 체크리스트는 그대로입니다.`);
			expect(await stored(page)).toBe(before);
			expect(await checkbox(page, 'apply').isChecked()).toBe(true);
			expect(await page.getByRole('button', { name: '되돌리기' }).isVisible()).toBe(false);
		}
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('works with the keyboard alone, announcing progress', async () => {
		// Arriving from the table of contents: Tab goes on from the checklist's heading.
		const guide = await openPage(browser, `${GUIDE}#내-체크리스트`);
		const { page } = guide;
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
		const tabTo = async (name: string) => {
			for (let presses = 0; presses < 40 && (await focused()) !== name; presses++) await page.keyboard.press('Tab');
			expect(await focused()).toBe(name);
		};
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		expect(await typeBox(page, '일반결제').isChecked()).toBe(true);
		await tabTo('checklist-prepare');
		await page.keyboard.press('Space');
		expect(await checkbox(page, 'prepare').isChecked()).toBe(true);
		expect(await page.locator('#checklist-progress').getAttribute('aria-live')).toBe('polite');
		expect(await progressText(page)).toBe(`1/${PLAN_ITEMS} 완료`);
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('신청 전 준비');
		// A ticked item's date can be corrected.
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('날짜 고치기');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('checklist-apply');
		await page.keyboard.press('Space');
		expect(await progressText(page)).toBe(`2/${PLAN_ITEMS} 완료`);

		// Reset, confirmed with the keyboard, then undone.
		await tabTo('초기화');
		await page.keyboard.press('Enter');
		expect(await focused()).toBe('취소');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => progressText(page)).toBe(`0/${ITEMS} 완료`);
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('되돌리기');
		await page.keyboard.press('Enter');
		expect(await progressText(page)).toBe(`2/${PLAN_ITEMS} 완료`);
		expect(await focused()).toBe('초기화');
		// Escape closes the confirmation without resetting.
		await page.keyboard.press('Enter');
		await page.keyboard.press('Escape');
		expect(await page.locator('pg-checklist dialog').isVisible()).toBe(false);
		expect(await focused()).toBe('초기화');
		expect(await progressText(page)).toBe(`2/${PLAN_ITEMS} 완료`);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('without JavaScript the items are a plain list', async () => {
		const guide = await openPage(browser, GUIDE, { context: { javaScriptEnabled: false } });
		const { page } = guide;
		expect(await page.locator('pg-checklist ol > li').count()).toBe(ITEMS);
		expect(await page.locator('pg-checklist li label').first().isVisible()).toBe(true);
		expect(await page.locator('pg-checklist li a').first().isVisible()).toBe(true);
		for (const hidden of ['input[type="checkbox"]', 'fieldset', 'progress', '.checklist__tools']) {
			expect(await page.locator(`pg-checklist ${hidden}`).first().isVisible(), hidden).toBe(false);
		}
		await guide.close();
	});

	test('인쇄 prints the checklist alone, ticks and dates included', async () => {
		const guide = await openGuide(browser);
		const { page } = guide;
		await checkbox(page, 'apply').check();
		await page.evaluate(() => {
			window.print = () => {
				(window as unknown as { printed: string }).printed = document.documentElement.dataset.print!;
			};
		});
		await page.getByRole('button', { name: '인쇄' }).click();
		// Printing loads with the other actions on demand.
		await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed)).toBe('checklist');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('pg-checklist').isVisible()).toBe(true);
		expect(await checkbox(page, 'apply').isVisible()).toBe(true);
		expect(await page.locator('#가입신청서-제출').isVisible()).toBe(false);
		expect(await page.locator('pg-checklist .checklist__tools').isVisible()).toBe(false);
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		expect(await page.locator('html').getAttribute('data-print')).toBeNull();
		expect(await page.locator('#가입신청서-제출').isVisible()).toBe(true);
		await guide.close();
	});

	test('the 내 체크리스트 page lists every checklist, the started one first, its title a summary row that opens in full, kept current', async () => {
		const guide = await openGuide(browser);
		await checkbox(guide.page, 'apply').check();
		await checkbox(guide.page, 'documents').check();
		const list = await guide.context.newPage();
		await list.goto('/checklist/');
		await list.waitForFunction(() => customElements.get('pg-checklist'));
		expect(await list.locator('pg-checklist').count()).toBe(readProcedures().length);
		const entry = list.locator('pg-checklist[data-guide="guides/kg-inicis-contract"]');
		await expect.poll(() => list.locator('.checklists > li').evaluateAll((items) => items.filter((item) => getComputedStyle(item).order === '-1').length)).toBe(1);
		expect(await entry.getAttribute('data-started')).toBe('');
		// Started, it stays folded under a summary row; a tap opens it in full.
		expect(await list.locator('pg-checklist details[open]').count()).toBe(0);
		await expect.poll(() => entry.locator('[data-fold-summary]').textContent()).toMatch(new RegExp(`^2/${ITEMS} 완료 · 다음: `));
		await entry.locator('summary').click();
		expect(await entry.locator('details').getAttribute('open')).toBe('');
		expect(await entry.getByRole('link', { name: '가이드 보기' }).getAttribute('href')).toBe(GUIDE);
		expect(await entry.getByRole('heading').textContent()).toBe('KG이니시스 상세 계약절차');
		expect(await entry.locator('li[data-item]').count()).toBe(ITEMS);
		expect(await entry.locator('a.checklist__section').first().getAttribute('href')).toBe(`${GUIDE}#신청-전-준비`);
		const box = (id: string) => entry.locator(`[data-item="${id}"] input[type="checkbox"]`);
		expect(await box('apply').isChecked()).toBe(true);
		expect(await entry.locator('[data-progress]').textContent()).toBe(`2/${ITEMS} 완료`);
		await checkbox(guide.page, 'key-file').check();
		await expect.poll(() => entry.locator('[data-progress]').textContent(), { timeout: 1000 }).toBe(`3/${ITEMS} 완료`);
		// Ticked here, it shows on the guide.
		await box('channel').check();
		await expect.poll(() => checkbox(guide.page, 'channel').isChecked(), { timeout: 1000 }).toBe(true);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	test('the home page shows where to continue: the next step and the nearest deadline', async () => {
		const guide = await openGuide(browser, { beforeGoto: (page) => page.clock.setFixedTime(new Date('2024-01-25T03:00:00Z')) });
		const { page } = guide;
		await page.goto('/');
		expect(await page.locator('pg-continue').isVisible()).toBe(false);
		await page.goto(GUIDE);
		await typeBox(page, '일반결제').check();
		for (const id of ['prepare', 'apply', 'contract-mail', 'documents', 'contract-done']) await checkbox(page, id).check();
		await page.goto('/');
		const entry = page.locator('pg-continue');
		await expect.poll(() => entry.isVisible()).toBe(true);
		expect(await entry.getByRole('heading').textContent()).toBe('이어서 하기');
		expect(await entry.getByRole('link', { name: `KG이니시스 · 5/${PLAN_ITEMS} 완료` }).getAttribute('href')).toBe(`${GUIDE}#내-체크리스트`);
		const next = entry.getByRole('link', { name: '키파일(zip)을 압축된 그대로 cs@portone.io로 보내기 (V1 채널)' });
		expect(await next.getAttribute('href')).toBe(`${GUIDE}#계약완료`);
		expect(await entry.textContent()).toContain('바로오픈 MID 사용 기한 2/25');
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});

	describe.each(['light', 'dark'] as const)('has no axe violations (%s theme)', (colorScheme) => {
		test.each([GUIDE, '/checklist/'])('%s', async (path) => {
			const tracked = await openPage(browser, path, { context: { colorScheme } });
			const { page } = tracked;
			expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
			if (path === GUIDE) {
				await seed(page, JSON.stringify(record({ apply: '2024-01-25T15:00:00.000Z', 'contract-done': '2024-01-25T15:00:00.000Z' }, ['general'])));
				await page.locator('pg-checklist [data-status]').evaluate((element) => (element.textContent = '체크리스트를 초기화했습니다.'));
				await page.locator('pg-checklist [data-action="undo"]').evaluate((button: HTMLElement) => (button.hidden = false));
			}
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
			expect(tracked.errors()).toEqual([]);
			await tracked.close();
		});
	});
});

describe('content changes keep progress (ids, never positions)', () => {
	let variant: string;

	beforeAll(async () => {
		// The same site with "documents" removed from the procedure and two steps swapped.
		variant = (await buildProcedureVariant('item-removed')).outDir;
	}, 120_000);
	afterAll(() => variant && rmSync(variant, { recursive: true, force: true }));

	test('an item removed and others reordered: every other tick stays, and the removed one comes back with its item', async () => {
		const guide = await openGuide(browser, { context: { serviceWorkers: 'block' } });
		const { page, context } = guide;
		for (const id of ['apply', 'documents', 'card-review', 'development']) await checkbox(page, id).check();

		// The new deploy's guide page and assets, served in place of the current ones.
		await routeToDeploy(context, variant, GUIDE);
		await page.reload();
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		// The variant's steps: documents gone, development and card-review swapped.
		const expected = stepsFor(null).filter((id) => id !== 'documents');
		const [development, review] = [expected.indexOf('development'), expected.indexOf('card-review')];
		[expected[development], expected[review]] = [expected[review]!, expected[development]!];
		expect(await page.locator('[data-item]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.item))).toEqual(expected);
		for (const id of ['apply', 'card-review', 'development']) expect(await checkbox(page, id).isChecked(), id).toBe(true);
		expect(await progressText(page)).toBe(`3/${ITEMS - 1} 완료`);
		await checkbox(page, 'channel').check();
		expect(Object.keys(JSON.parse((await stored(page))!).checked).sort()).toEqual(['apply', 'card-review', 'channel', 'development', 'documents']);

		await context.unrouteAll();
		await page.reload();
		expect(await checkbox(page, 'documents').isChecked()).toBe(true);
		expect(await progressText(page)).toBe(`5/${ITEMS} 완료`);
		expect(guide.errors()).toEqual([]);
		await guide.close();
	});
});

test('the island adds at most 6 KB gzip of JS to the guide page at first paint, the rest on demand (measured)', async () => {
	const weight = await checklistWeight(siteURL(GUIDE));
	expect(weight.islandScripts).toBe(1);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const name = (url: string) => url.split('/').pop();
	const report = `island at first paint: ${kb(weight.islandBytes)} gzip in ${weight.islandFiles.length} files (${weight.islandFiles.map(name).join(', ')}); on demand: ${weight.onDemand.map((chunk) => `${name(chunk.file)} ${kb(chunk.bytes)}`).join(', ')}; the guide page's other JS: ${kb(weight.otherBytes)} gzip in ${weight.otherFiles} scripts and modules`;
	console.log(`[checklist weight] ${report}`);
	mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
	writeFileSync(join(PROJECT_ROOT, 'test-results', 'checklist-weight.txt'), `${report}\n`);
	expect(weight.islandBytes).toBeGreaterThan(0);
	expect(weight.islandBytes).toBeLessThanOrEqual(6 * 1024);
	// Files, the restore link and the calendar are loaded only when asked for, the QR code library only for a QR code.
	expect(weight.onDemand.map((chunk) => name(chunk.file))).toContainEqual(expect.stringMatching(/^checklist-actions\./));
	expect(weight.onDemand.length).toBeGreaterThanOrEqual(2);
});
