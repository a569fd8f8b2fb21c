/**
 * Which query sets each content set is measured with, in the order the benchmarks report them: one list
 * for bench:search (the real dialog in Chromium) and bench:search:quick (the same ranking code in Node).
 */
import {
	CORPUS_CASES,
	DEFAULT_CASES,
	EIGHTH_QUESTION_CASES,
	FIFTH_QUESTION_CASES,
	FOURTH_QUESTION_CASES,
	FRESH_QUESTION_CASES,
	NINTH_QUESTION_CASES,
	QUESTION_CASES,
	SEVENTH_QUESTION_CASES,
	SIXTH_QUESTION_CASES,
	THIRD_QUESTION_CASES,
	type SearchCase,
} from './queries.ts';
import { SITE_QUESTION_CASES } from './site-questions.ts';
import { SITE_QUESTION_CASES_2 } from './site-questions-2.ts';
import { SITE_QUESTION_CASES_3 } from './site-questions-3.ts';
import { SITE_QUESTION_CASES_4 } from './site-questions-4.ts';
import { SITE_QUESTION_CASES_5 } from './site-questions-5.ts';
import { SITE_QUESTION_CASES_6 } from './site-questions-6.ts';
import { SITE_QUESTION_CASES_7 } from './site-questions-7.ts';
import { SITE_QUESTION_CASES_8 } from './site-questions-8.ts';
import { SITE_QUESTION_CASES_9 } from './site-questions-9.ts';
import { SITE_QUESTION_CASES_10 } from './site-questions-10.ts';
import { SITE_QUESTION_CASES_11 } from './site-questions-11.ts';
import { SITE_QUESTION_CASES_12 } from './site-questions-12.ts';
import { TENTH_QUESTION_CASES } from './tenth-questions.ts';
import { ELEVENTH_QUESTION_CASES } from './eleventh-questions.ts';
import { TWELFTH_QUESTION_CASES } from './twelfth-questions.ts';

export interface QuerySet {
	/** As results.ts saves it and goals.ts reads it: `dev`, `questions`, `fresh questions`… */
	label: string;
	cases: SearchCase[];
}

export function querySets(contentSet: string): QuerySet[] {
	if (contentSet === 'default')
		return [
			{ label: 'dev', cases: DEFAULT_CASES },
			{ label: 'site questions', cases: SITE_QUESTION_CASES },
			{ label: 'second site questions', cases: SITE_QUESTION_CASES_2 },
			{ label: 'third site questions', cases: SITE_QUESTION_CASES_3 },
			{ label: 'fourth site questions', cases: SITE_QUESTION_CASES_4 },
			{ label: 'fifth site questions', cases: SITE_QUESTION_CASES_5 },
			{ label: 'sixth site questions', cases: SITE_QUESTION_CASES_6 },
			{ label: 'seventh site questions', cases: SITE_QUESTION_CASES_7 },
			{ label: 'eighth site questions', cases: SITE_QUESTION_CASES_8 },
			{ label: 'ninth site questions', cases: SITE_QUESTION_CASES_9 },
			{ label: 'tenth site questions', cases: SITE_QUESTION_CASES_10 },
			{ label: 'eleventh site questions', cases: SITE_QUESTION_CASES_11 },
			{ label: 'twelfth site questions', cases: SITE_QUESTION_CASES_12 },
		];
	return [
		{ label: 'dev', cases: CORPUS_CASES },
		{ label: 'questions', cases: QUESTION_CASES },
		{ label: 'fresh questions', cases: FRESH_QUESTION_CASES },
		{ label: 'third questions', cases: THIRD_QUESTION_CASES },
		{ label: 'fourth questions', cases: FOURTH_QUESTION_CASES },
		{ label: 'fifth questions', cases: FIFTH_QUESTION_CASES },
		{ label: 'sixth questions', cases: SIXTH_QUESTION_CASES },
		{ label: 'seventh questions', cases: SEVENTH_QUESTION_CASES },
		{ label: 'eighth questions', cases: EIGHTH_QUESTION_CASES },
		{ label: 'ninth questions', cases: NINTH_QUESTION_CASES },
		{ label: 'tenth questions', cases: TENTH_QUESTION_CASES },
		{ label: 'eleventh questions', cases: ELEVENTH_QUESTION_CASES },
		{ label: 'twelfth questions', cases: TWELFTH_QUESTION_CASES },
	];
}

/**
 * 1-based rank of the first result that answers the case, or 0. Each result is the links it shows, its
 * own first: its page is right and, where the case names a section, one of its links goes there.
 */
export function rankOf(results: string[][], expected: SearchCase): number {
	const index = results.findIndex((links) => {
		const urls = links.map((link) => new URL(link, 'http://x'));
		const path = decodeURI(urls[0]!.pathname);
		if (!expected.pages.includes(path)) return false;
		if (!expected.section || path !== expected.pages[0]) return true;
		return urls.some((url) => decodeURI(url.pathname) === path && decodeURIComponent(url.hash.slice(1)) === expected.section);
	});
	return index + 1;
}
