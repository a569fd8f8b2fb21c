/** Drives the search dialog as a reader does, and reads its results. */
import type { Page } from 'playwright-core';

export interface ShownResult {
	href: string;
	path: string;
	hash: string;
	title: string;
	excerpt: string;
	excerptHtml: string;
}

export const searchInput = 'site-search input[type="search"]';

/** This site's pages about no single PG: a query that names no PG finds one of them first (issue 24). */
export const GENERAL_PAGES = ['/guides/pg-application/', '/guides/contract-documents/', '/guides/service-requirements/', '/compare/', '/choose/', '/glossary/'];

export async function openSearch(page: Page) {
	// The button is enabled once the search element is ready for the keyboard.
	await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
	if (!(await page.locator('site-search dialog[open]').count())) await page.keyboard.press('Control+k');
	await page.locator(searchInput).waitFor();
}

/** Types a query and waits until the dialog shows the results for exactly that query. */
export async function search(page: Page, query: string): Promise<{ status: string; results: ShownResult[] }> {
	await openSearch(page);
	await page.fill(searchInput, query);
	await page.waitForFunction((q) => document.querySelector<HTMLElement>('site-search')?.dataset.resultsFor === q, query);
	return readResults(page);
}

export function readResults(page: Page) {
	return page.evaluate(() => ({
		status: document.querySelector('.search-status')?.textContent ?? '',
		results: [...document.querySelectorAll('.search-results > li')].map((item) => {
			const link = item.querySelector<HTMLAnchorElement>('a.search-result__link')!;
			const url = new URL(link.href);
			const excerpt = item.querySelector('.search-result__excerpt')!;
			return {
				href: link.getAttribute('href')!,
				path: decodeURI(url.pathname),
				hash: decodeURIComponent(url.hash.slice(1)),
				title: link.firstChild?.textContent ?? '',
				excerpt: excerpt.textContent ?? '',
				excerptHtml: excerpt.innerHTML,
			};
		}),
	}));
}
