/**
 * Accessibility: axe finds nothing on any kind of page, in the light and the dark theme, nor in the search
 * dialog showing results; and a keyboard alone reaches everything, with focus always visible.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../setup/browser';
import { PAGE_TYPE_ENTRIES, PAGE_TYPES } from './page-types';
import { search } from './search-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function axeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('no axe violations (%s theme)', (colorScheme) => {
	test.each(PAGE_TYPE_ENTRIES)('%s (%s)', async (_kind, path) => {
		const tracked = await openPage(browser, path, { context: { colorScheme } });
		const { page } = tracked;
		// Starlight follows prefers-color-scheme when no theme is stored.
		expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
		expect(await axeViolations(page)).toEqual([]);
		await tracked.close();
	});

	test('the search dialog showing results', async () => {
		const tracked = await openPage(browser, PAGE_TYPES.guide, { context: { colorScheme } });
		const { page } = tracked;
		const { results } = await search(page, '키파일');
		expect(results.length).toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
		await tracked.close();
	});
});

describe('with the keyboard alone', () => {
	/** Where focus is, and whether it shows (Chromium's own ring is `outline-style: auto`). */
	const focused = (page: Page) =>
		page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const style = getComputedStyle(element);
			return {
				what: `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''} “${(element.textContent ?? '').trim().slice(0, 30) || element.id}”`,
				type: element.getAttribute('type'),
				href: element.getAttribute('href'),
				region: element.closest('main') ? 'main' : element.closest('.pg-sidebar-nav') ? 'sidebar' : 'other',
				outlineVisible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
			};
		});
	type Focused = NonNullable<Awaited<ReturnType<typeof focused>>>;

	/** Presses Tab until `wanted` holds for the focused element; every element passed on the way must show its focus. */
	async function tabUntil(page: Page, wanted: (element: Focused) => boolean, limit = 200) {
		for (let presses = 0; presses < limit; presses++) {
			await page.keyboard.press('Tab');
			const element = await focused(page);
			expect(element, 'focus left the page').not.toBeNull();
			expect(element!.outlineVisible, `no visible focus on ${element!.what}`).toBe(true);
			if (wanted(element!)) return element!;
		}
		throw new Error(`not reached in ${limit} presses of Tab`);
	}

	test('the first Tab reaches the skip link, which moves on to the content', async () => {
		const tracked = await openPage(browser, PAGE_TYPES.guide);
		const { page } = tracked;
		await page.keyboard.press('Tab');
		const skip = await focused(page);
		expect(skip).toMatchObject({ href: '#_top', outlineVisible: true });
		expect(skip!.what).toContain('콘텐츠로 이동');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ region: 'main', outlineVisible: true });
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('sidebar links are reached with Tab, each with visible focus', async () => {
		const tracked = await openPage(browser, PAGE_TYPES.guide);
		const { page } = tracked;
		const link = await tabUntil(page, (element) => element.region === 'sidebar', 30);
		expect(link.href).toMatch(/^\//);
		await tabUntil(page, (element) => element.region === 'sidebar' && element.href === PAGE_TYPES.guide);
		await tracked.close();
	});

	test.each(['/', 'Control+k'])('%s opens search; a typed query, ArrowDown and Enter open a result', async (shortcut) => {
		const tracked = await openPage(browser, PAGE_TYPES.home);
		const { page } = tracked;
		await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
		await page.keyboard.press(shortcut);
		expect(await focused(page)).toMatchObject({ type: 'search' });
		await page.keyboard.type('키파일');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('site-search')?.dataset.resultsFor === '키파일');
		await page.keyboard.press('ArrowDown');
		const result = await focused(page);
		expect(result).toMatchObject({ outlineVisible: true });
		// A term typed alone: its glossary entry first (issue 24).
		expect(result!.href).toBe('/glossary/#key-file');
		await Promise.all([page.waitForURL((url) => url.pathname !== '/'), page.keyboard.press('Enter')]);
		expect(decodeURI(new URL(page.url()).pathname + new URL(page.url()).hash)).toBe(decodeURI(result!.href!));
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('the checklist is reached with Tab and ticked with Space', async () => {
		const tracked = await openPage(browser, PAGE_TYPES.guide);
		const { page } = tracked;
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		await tabUntil(page, (element) => element.type === 'checkbox');
		await page.keyboard.press('Space');
		expect(await page.locator('pg-checklist input[type="checkbox"]:checked').count()).toBe(1);
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});
});
