/**
 * Where the browser blocks site storage, merely reading `localStorage` throws a `SecurityError`. Every page type
 * still loads without an uncaught error (Starlight's own theme scripts used to throw), the theme picker still
 * switches the theme, and the checklist works in memory and says so.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../setup/browser';
import { PAGE_TYPE_ENTRIES, PAGE_TYPES } from './page-types';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** As Chromium behaves with "Block third-party cookies and site data" applied to the site. */
const blockStorage = async (page: Page) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
			},
		});
	});
};

test.each(PAGE_TYPE_ENTRIES)('%s page: no uncaught error with localStorage blocked', async (_, path) => {
	const tracked = await openPage(browser, path, { beforeGoto: blockStorage, context: { colorScheme: 'dark' } });
	const { page } = tracked;
	// The init script really blocks storage in the page.
	expect(await page.evaluate(() => {
		try {
			return typeof localStorage;
		} catch (error) {
			return (error as DOMException).name;
		}
	})).toBe('SecurityError');
	expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
	expect(tracked.pageErrors).toEqual([]);
	// The 404 page's own status is the only console error allowed (Chromium logs it for the document itself).
	const ownStatus = (error: string) => path === PAGE_TYPES.notFound && error.startsWith('Failed to load resource: the server responded with a status of 404');
	expect(tracked.consoleErrors.filter((error) => !ownStatus(error))).toEqual([]);
	await tracked.close();
});

test('with localStorage blocked the theme picker still switches the theme and the checklist ticks in memory', async () => {
	const tracked = await openPage(browser, PAGE_TYPES.guide, { beforeGoto: blockStorage, context: { colorScheme: 'dark' } });
	const { page } = tracked;
	await page.locator('starlight-theme-select select').first().selectOption('light');
	expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
	await page.waitForFunction(() => customElements.get('pg-checklist'));
	await page.locator('pg-checklist li input[type="checkbox"]').first().check();
	expect(await page.locator('#checklist-progress').textContent()).toMatch(/^1\/\d+ 완료$/);
	expect(await page.locator('pg-checklist [data-notice]').textContent()).toContain('진행 상황이 저장되지 않습니다');
	expect(tracked.errors()).toEqual([]);
	await tracked.close();
});
