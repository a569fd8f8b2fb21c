/**
 * Words explained: every glossary term is marked on some page of the built site; the glossary page holds each entry
 * under its anchor; a mark opens its explanation by tap and by keyboard (and without JavaScript), with axe finding
 * nothing at 390 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseGlossary } from '../../src/lib/glossary/schema';
import { launchBrowser, openPage, siteURL } from '../setup/browser';
import { PROJECT_ROOT } from '../setup/astro-cli';

const GLOSSARY = parseGlossary(readFileSync(join(PROJECT_ROOT, 'content', 'glossary.yaml'), 'utf-8'), 'content/glossary.yaml');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const GUIDE = '/guides/nhn-kcp-contract/';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Every page of the built site (the sitemap's list), with its HTML. */
async function builtPages(): Promise<[string, string][]> {
	const sitemap = await fetch(siteURL('/sitemap-0.xml')).then((response) => response.text());
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
	expect(paths.length).toBeGreaterThan(20);
	return Promise.all(paths.map(async (path): Promise<[string, string]> => [path, await fetch(siteURL(path)).then((response) => response.text())]));
}

describe('glossary terms on the built site', () => {
	test('every term is marked on at least one page, and no page writes "(2→2)"', async () => {
		const pages = await builtPages();
		const marked = new Set(pages.flatMap(([, html]) => [...html.matchAll(/<button[^>]*class="term[^"]*"[^>]*data-term="([a-z0-9-]+)"/g)].map(([, id]) => id)));
		expect(GLOSSARY.terms.map((term) => term.id).filter((id) => !marked.has(id))).toEqual([]);
		// A notation the site once used without saying what it meant.
		expect(pages.filter(([, html]) => /\(\s*\d\s*→\s*\d\s*\)/.test(html)).map(([path]) => path)).toEqual([]);
	});

	test('the glossary page has every entry under its own anchor, with its definition and source', async () => {
		const tracked = await openPage(browser, '/glossary/');
		const { page } = tracked;
		expect(await page.title()).toContain('용어');
		for (const term of GLOSSARY.terms) {
			const heading = page.locator(`h2#${term.id}`);
			expect(await heading.textContent(), term.id).toBe(term.term);
			const section = page.locator('section', { has: heading });
			expect(await section.textContent()).toContain(term.definition);
			expect(await section.textContent()).toContain(term.source.title);
		}
		// What each PG calls MID, by the PG's display name.
		expect(await page.locator('section', { has: page.locator('h2#mid') }).textContent()).toMatch(/사이트코드: NHN KCP/);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});
});

describe('a term\'s explanation at 390 px', () => {
	test('opens by tap, says what this PG calls it, links the glossary entry, and closes', async () => {
		const tracked = await openPage(browser, GUIDE, { context: PHONE });
		const { page } = tracked;
		const mark = page.locator('.sl-markdown-content button.term', { hasText: '사이트코드' }).first();
		const card = page.locator(`#${await mark.getAttribute('popovertarget')}`);
		expect(await card.isVisible()).toBe(false);
		await mark.tap();
		expect(await card.isVisible()).toBe(true);
		expect(await card.textContent()).toContain('NHN KCP에서 부르는 이름');
		expect(await card.textContent()).toContain(GLOSSARY.terms.find((term) => term.id === 'mid')!.definition);
		const box = (await card.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		expect(await card.getByRole('link', { name: '용어 풀이에서 보기' }).getAttribute('href')).toBe('/glossary/#mid');
		expect(await new AxeBuilder({ page }).analyze().then(({ violations }) => violations.map((violation) => violation.id))).toEqual([]);
		await card.getByRole('button', { name: '닫기' }).tap();
		expect(await card.isVisible()).toBe(false);
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});

	test('opens and closes from the keyboard, focus back on the word', async () => {
		const tracked = await openPage(browser, GUIDE, { context: PHONE });
		const { page } = tracked;
		const mark = page.locator('.sl-markdown-content button.term').first();
		expect(await mark.getAttribute('type')).toBe('button');
		// A real button, named by its word alone, that invokes the explanation (the browser announces it as expandable).
		expect(await mark.ariaSnapshot()).toBe(`- button "${(await mark.textContent())!.trim()}"`);
		const card = page.locator(`#${await mark.getAttribute('popovertarget')}`);
		await mark.focus();
		await page.keyboard.press('Enter');
		expect(await card.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await card.isVisible()).toBe(false);
		expect(await mark.evaluate((button) => button === document.activeElement)).toBe(true);
		await tracked.close();
	});

	test('works without JavaScript: the explanation opens, and its link leads to the entry', async () => {
		const tracked = await openPage(browser, '/compare/', { context: { ...PHONE, javaScriptEnabled: false } });
		const { page } = tracked;
		const mark = page.locator('.compare-terms button.term', { hasText: '바로오픈' });
		const card = page.locator(`#${await mark.getAttribute('popovertarget')}`);
		await mark.tap();
		expect(await card.isVisible()).toBe(true);
		await card.getByRole('link', { name: '용어 풀이에서 보기' }).tap();
		await page.waitForURL(/\/glossary\/#instant-open$/);
		expect(await page.locator('h2#instant-open').isVisible()).toBe(true);
		await tracked.close();
	});

	test('the step overview explains the terms of its steps\' names', async () => {
		const tracked = await openPage(browser, GUIDE, { context: PHONE });
		const { page } = tracked;
		const terms = await page.locator('.step-overview button.term').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-term')));
		expect(terms).toContain('guarantee-insurance');
		// Each term once in the overview.
		expect(new Set(terms).size).toBe(terms.length);
		await tracked.close();
	});
});
