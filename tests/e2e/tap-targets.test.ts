/**
 * Phone first: on a 390 px screen every control — button, field, disclosure, and every link or glossary mark that is
 * not a few words inside a sentence — is at least 44 × 44 px (a checkbox or radio counts by the label that holds it),
 * and no page scrolls sideways.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RECORD_VERSION } from '../../src/lib/checklist/record';
import { storageKey } from '../../src/lib/checklist/store';
import { launchBrowser, openPage } from '../setup/browser';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PAGES = ['/', '/guides/nhn-kcp-contract/', '/guides/kg-inicis-contract/', '/guides/nice-contract/', '/guides/contract-documents/', '/compare/', '/choose/', '/glossary/', '/checklist/'];
/** Two PGs started, one with a wait long past due: every date, summary row and whom-to-call link is on screen. */
const STARTED = Object.fromEntries(
	['guides/kg-inicis-contract', 'guides/nhn-kcp-contract'].map((guide) => [
		storageKey(guide),
		JSON.stringify({ version: RECORD_VERSION, guide, checked: { prepare: '2024-11-19T03:00:00.000Z', apply: '2024-11-20T03:00:00.000Z' }, types: ['general'], fingerprints: {} }),
	]),
);

describe('every control is a 44 px tap target at 390 px', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	test.each(PAGES)('%s', async (path) => {
		const { page, close } = await openPage(browser, path, {
			context: PHONE,
			beforeGoto: async (page) => {
				await page.addInitScript((records) => Object.entries(records).forEach(([key, value]) => localStorage.setItem(key, value)), STARTED);
			},
		});
		// The checklists have drawn what a returning reader sees (summary rows, dates, overdue advice).
		await page.waitForFunction(() => !document.querySelector('pg-checklist') || customElements.get('pg-checklist'));
		await page.waitForTimeout(500);
		const small = await page.evaluate(() => {
			const blocks = 'p, li, td, th, dd, blockquote, figcaption';
			/**
			 * A link, or a glossary term's mark (a button on a word), inside running text: in a block whose text is more
			 * than its own (WCAG 2.5.8's inline exception; a line of text cannot be 44 px tall).
			 */
			const inSentence = (element: Element) => {
				const inline = element.tagName === 'A' ? getComputedStyle(element).display === 'inline' : element.matches('button.term--inline');
				if (!inline) return false;
				const block = element.parentElement?.closest(blocks);
				return !!block && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 2;
			};
			const controls = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, summary, textarea');
			return [...controls].flatMap((element) => {
				if (inSentence(element)) return [];
				const target = element.matches('input[type="checkbox"], input[type="radio"]') ? (element.closest('label') ?? element) : element;
				const box = target.getBoundingClientRect();
				const style = getComputedStyle(target);
				// Not shown, or shown only to screen readers (1 px clipped).
				if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || target.closest('[hidden], [inert]')) return [];
				if (box.width >= 43.5 && box.height >= 43.5) return [];
				return [`${target.tagName.toLowerCase()} "${(target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`];
			});
		});
		expect(small).toEqual([]);
		// And nothing scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await close();
	});
});
