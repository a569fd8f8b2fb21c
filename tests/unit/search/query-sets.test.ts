import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../setup/corpus';
import { PROJECT_ROOT } from '../../setup/astro-cli';
import * as sets from '../../search/queries';
import { SITE_QUESTION_CASES } from '../../search/site-questions';
import { SITE_QUESTION_CASES_2 } from '../../search/site-questions-2';
import { SITE_QUESTION_CASES_3 } from '../../search/site-questions-3';
import { TENTH_QUESTION_CASES } from '../../search/tenth-questions';
import { ELEVENTH_QUESTION_CASES } from '../../search/eleventh-questions';
import { SITE_QUESTION_CASES_4 } from '../../search/site-questions-4';
import { SITE_QUESTION_CASES_5 } from '../../search/site-questions-5';
import { SITE_QUESTION_CASES_6 } from '../../search/site-questions-6';
import { SITE_QUESTION_CASES_7 } from '../../search/site-questions-7';
import { SITE_QUESTION_CASES_8 } from '../../search/site-questions-8';
import { SITE_QUESTION_CASES_9 } from '../../search/site-questions-9';
import { SITE_QUESTION_CASES_10 } from '../../search/site-questions-10';
import { SITE_QUESTION_CASES_11 } from '../../search/site-questions-11';
import { SITE_QUESTION_CASES_12 } from '../../search/site-questions-12';
import { TWELFTH_QUESTION_CASES } from '../../search/twelfth-questions';

/**
 * The benchmark's query sets name the pages and sections that answer: a wrong path would score a right
 * answer as a miss. Each must exist — the corpus article, and the heading id Astro gives its heading.
 */

const { DEFAULT_CASES, ...earlierSets } = sets;
const corpusSets = { ...earlierSets, TENTH_QUESTION_CASES, ELEVENTH_QUESTION_CASES, TWELFTH_QUESTION_CASES };
const cases = (value: unknown): sets.SearchCase[] => (Array.isArray(value) ? value : []);

/**
 * A Markdown heading's text as Astro slugs it: emphasis, code marks and link targets out, escaped marks and character references as the
 * text they are, and a highlighted heading (`## <Highlight text="…" />`) as its text (src/markdown/heading-highlights.ts).
 */
const headingText = (line: string) =>
	line
		.replace(/^#+\s*/, '')
		.replace(/<Highlight\s+text="([^"]*)"\s*\/>/g, '$1')
		.replace(/(?<!\\)(?:\*\*|__|`)/g, '')
		.replace(/\\(.)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.trim()
		// A character reference is text after the heading is trimmed (&#x20;🍂 keeps its space).
		.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (_, code: string) => String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)));

function headingIds(file: string): string[] {
	const body = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');
	const slugger = new GithubSlugger();
	return body
		.split('\n')
		.filter((line) => /^#{1,6}\s/.test(line))
		.map((line) => slugger.slug(headingText(line)));
}

describe('query sets', () => {
	// A page of the default site is a guide (content/docs) or a page of its own (src/pages, as /compare/).
	const guide = (page: string) => join(PROJECT_ROOT, 'content', 'docs', `${page.replace(/^\/|\/$/g, '')}.mdx`);
	const sitePage = (page: string) => join(PROJECT_ROOT, 'src', 'pages', `${page.replace(/^\/|\/$/g, '')}.astro`);

	it('name pages of the default site', () => {
		for (const { query, pages } of DEFAULT_CASES)
			for (const page of pages) expect(existsSync(guide(page)) || existsSync(sitePage(page)), `${query}: ${page}`).toBe(true);
	});

	it('name pages of the default site in the site questions too', () => {
		for (const { query, pages } of [...SITE_QUESTION_CASES, ...SITE_QUESTION_CASES_2, ...SITE_QUESTION_CASES_3, ...SITE_QUESTION_CASES_4, ...SITE_QUESTION_CASES_5, ...SITE_QUESTION_CASES_6, ...SITE_QUESTION_CASES_7, ...SITE_QUESTION_CASES_8, ...SITE_QUESTION_CASES_9, ...SITE_QUESTION_CASES_10, ...SITE_QUESTION_CASES_11, ...SITE_QUESTION_CASES_12])
			for (const page of pages) expect(existsSync(guide(page)) || existsSync(sitePage(page)), `${query}: ${page}`).toBe(true);
	});

	it('name sections that are headings of their first guide on the default site', () => {
		for (const { query, pages, section } of DEFAULT_CASES) if (section) expect(headingIds(guide(pages[0]!)), query).toContain(section);
	});

	describe.skipIf(!existsSync(CORPUS))('over the corpus', () => {
		const all = Object.entries(corpusSets).flatMap(([name, value]) => cases(value).map((searchCase) => ({ name, ...searchCase })));
		const file = (page: string) => join(CORPUS, `${page.replace(/^\/|\/$/g, '')}.md`);

		it('name articles that exist', () => {
			expect(all.length).toBeGreaterThan(400);
			// Or a page of the site's own, in every build (the glossary answers a term asked about).
			for (const { name, query, pages } of all) for (const page of pages) expect(existsSync(file(page)) || existsSync(sitePage(page)), `${name} "${query}": ${page}`).toBe(true);
		});

		it('name sections that are headings of their first page', () => {
			for (const { name, query, pages, section } of all)
				if (section) expect(headingIds(file(pages[0]!)), `${name} "${query}"`).toContain(section);
		});
	});
});
