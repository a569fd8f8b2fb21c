/**
 * Questions that name no PG, through the real dialog at 390 px: every PG's guide answers them in its own way, and
 * a page about no single PG answers them first (issue 24); a PG guide among the results says whose it is in its
 * title line; a query naming a PG still gets that PG's pages first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { launchBrowser, openPage, type TrackedPage } from '../setup/browser';
import { GENERAL_PAGES as GENERAL, search } from './search-helpers';

/** The PGs a guide's frontmatter says it is about. */
function pgCompanies(path: string): string[] {
	const source = readFileSync(join(PROJECT_ROOT, 'content', 'docs', `${path.replace(/^\/|\/$/g, '')}.mdx`), 'utf-8');
	const frontmatter = load(source.split(/^---$/m)[1]!) as { pgCompanies?: string[] };
	return frontmatter.pgCompanies ?? [];
}

describe('questions that name no PG', () => {
	let browser: Browser;
	let tracked: TrackedPage;

	beforeAll(async () => {
		browser = await launchBrowser();
		tracked = await openPage(browser, '/guides/kg-inicis-contract/', { context: { viewport: { width: 390, height: 844 } } });
	});
	afterAll(async () => {
		await tracked?.close();
		await browser?.close();
	});

	test.each([
		['홈페이지 하단에 뭐 넣어야 돼요', '/guides/service-requirements/#2-사업자-정보-표시'],
		['테스트 도메인으로 신청해도 돼요', '/guides/service-requirements/'],
		['법인 인감증명서 유효기간', '/guides/contract-documents/#법인사업자-기본-서류'],
		['정기결제 되는 PG', '/compare/'],
		['바로오픈', GENERAL],
		['계약 절차', GENERAL],
		// The twelfth blind site set's two questions that a PG's guide answers first without the rule.
		['포트원이 신청서를 먼저 훑어보고 pg사로 넘기는 단계 이름이 뭐예요', '/glossary/#portone-check'],
		['사이트 하단 주소가 사업자등록증이랑 달라도 돼요?', '/guides/service-requirements/#2-사업자-정보-표시'],
	] as const)('%s → a page about no single PG first', async (query, expected) => {
		const { results } = await search(tracked.page, query);
		const first = `${results[0]?.path}${results[0]?.hash ? `#${results[0].hash}` : ''}`;
		if (typeof expected === 'string') expect(expected.includes('#') ? first : results[0]?.path).toBe(expected);
		else expect(expected).toContain(results[0]?.path);
		// Every PG's guide holds these words too: they come after, each saying whose it is.
		const guides = results.filter((result) => !GENERAL.includes(result.path));
		for (const result of guides) {
			const line = await tracked.page.locator('.search-results > li a.search-result__link').nth(results.indexOf(result)).textContent();
			expect(pgCompanies(result.path).some((pg) => line!.includes(pg)), `${query}: ${line}`).toBe(true);
		}
	});

	test("a query naming a PG gets that PG's pages first", async () => {
		const { results } = await search(tracked.page, '페이코 하단 사업자 정보');
		expect(results[0]?.path).toBe('/guides/payco-contract/');
	});

	// Issue 21/24: a term asked about finds its glossary entry first, with its definition (read from the glossary here).
	test.each([
		['MID가 뭐예요', 'mid'],
		['바로오픈이 뭔가요', 'instant-open'],
		['영중소', 'small-business-rate'],
		['사이트코드', 'mid'],
		['키 파일 뜻', 'key-file'],
		// More asked of the term than what it is: the entry still answers (이란 게; every word in the entry).
		['관리자콘솔이란 게 포트원 화면이에요 pg사 화면이에요?', 'admin-console'],
		['MID를 결제대행사마다 다른 이름으로 부르나요', 'mid'],
	] as const)('%s → the glossary entry %s first, its definition as the excerpt', async (query, id) => {
		const { results } = await search(tracked.page, query);
		expect([results[0]?.path, results[0]?.hash]).toEqual(['/glossary/', id]);
		const { terms } = load(readFileSync(join(PROJECT_ROOT, 'content', 'glossary.yaml'), 'utf-8')) as { terms: { id: string; definition: string }[] };
		const definition = terms.find((term) => term.id === id)!.definition.replace(/\s+/g, ' ');
		expect(definition.startsWith(results[0]!.excerpt.replace(/…$/, '').slice(0, 40))).toBe(true);
	});

	test('a question that asks what a thing is called finds the glossary entry that describes it', async () => {
		const { results } = await search(tracked.page, '결제할때마다 인증 안하는 결재를 뭐라고 불러요');
		expect([results[0]?.path, results[0]?.hash]).toEqual(['/glossary/', 'billing-keyin']);
	});

	test('a word the parser understood is searched as typed, not corrected (서류 뭐 내요)', async () => {
		const { results } = await search(tracked.page, '서류 뭐 내요');
		expect(await tracked.page.locator('.search-correction').textContent()).not.toContain('내용');
		expect(results[0]?.path).toBe('/guides/contract-documents/');
	});

	test('no sideways scrolling at 390 px, and no console or page errors', async () => {
		await search(tracked.page, '홈페이지 하단에 뭐 넣어야 돼요');
		expect(await tracked.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(tracked.errors()).toEqual([]);
	});
});
