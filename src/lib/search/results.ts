import { pgNamesIn } from '../korean/aliases';
import { withDateTokens } from '../korean/date-tokens';
import { stripMarkedTokens } from '../korean/index-tokens';
import { compact, isJamoOnly, normalizeText } from '../korean/text';
import type { PageFragment } from './contract';

/**
 * What the search box shows of a page Pagefind found: whether it has the words that must be there, how
 * much its title says, the section that answers, and excerpts of real text.
 */

/** A term as compared with compacted text: spaces and punctuation out; a 초성 term as it is. */
const termKey = (term: string) => (isJamoOnly(term) ? term : compact(term));

/**
 * True when text, compacted once with `compact`, has the term regardless of spacing (`키 파일` has `키파일`).
 * Pagefind drops a query word that matches nothing and answers for the rest; a reader who typed a PG name
 * means that PG, so the search box keeps only pages that have it.
 */
export function hasTerm(compactText: string, term: string): boolean {
	return compactText.includes(termKey(term));
}

/** Share of the terms a title contains (its dates as typed: [2024년04월] holds 2024년4월): a page titled with the query answers it before one that mentions it. */
export function titleCoverage(title: string, terms: string[]): number {
	if (terms.length === 0) return 0;
	const haystack = compact(withDateTokens(title));
	return terms.filter((term) => hasTerm(haystack, term)).length / terms.length;
}

export interface Anchor {
	element: string;
	location: number;
}

/**
 * The words of a page's content from one heading to the next: Pagefind's `content` split on whitespace,
 * as its anchor `location`s count them. `start` is the section's heading location, 0 for the intro.
 */
export function sectionText(content: string | string[], anchors: Anchor[], start: number): string {
	const words = typeof content === 'string' ? content.split(/\s+/) : content;
	const next = anchors
		.filter((anchor) => /^h[2-6]$/.test(anchor.element) && anchor.location > start)
		.reduce((end, anchor) => Math.min(end, anchor.location), words.length);
	return stripMarkedTokens(words.slice(start, next).join(' '));
}

interface WeightedLocation {
	balanced_score: number;
}
export interface SubResult {
	url: string;
	weighted_locations: WeightedLocation[];
}
export interface HeadingAnchor extends Anchor {
	id: string;
	text?: string;
}
export interface Section {
	title: string;
	url: string;
	/** The section's text, index tokens removed. */
	text: string;
	/** False for the part of the page before its first heading. */
	isHeading: boolean;
}

type PageSections = Pick<PageFragment, 'url' | 'content' | 'anchors'> & { title: string };

/** A section, and its text compacted with its dates for `hasTerm`. */
interface SplitSection {
	section: Section;
	haystack: string;
}

/**
 * Pages already split, by their anchors: the copies of a page the search box makes share Pagefind's
 * anchors array, and a page is split once to rank it (`sectionShare`) and again to pick its section.
 */
const splitPages = new WeakMap<PageSections['anchors'], SplitSection[]>();

/** The page's sections: the part before its first heading (titled as the page), then one per heading. */
function sectionsOf(page: PageSections): SplitSection[] {
	let split = splitPages.get(page.anchors);
	if (!split) {
		const words = page.content.split(/\s+/);
		const headings = page.anchors.filter((anchor) => /^h[2-6]$/.test(anchor.element) && anchor.id);
		const sections: Section[] = [
			{ title: page.title, url: page.url, text: sectionText(words, page.anchors, 0), isHeading: false },
			...headings.map((anchor) => ({
				title: anchor.text ?? anchor.id,
				url: `${page.url}#${anchor.id}`,
				text: sectionText(words, page.anchors, anchor.location),
				isHeading: true,
			})),
		];
		split = sections.map((section) => ({ section, haystack: compact(withDateTokens(section.text)) }));
		splitPages.set(page.anchors, split);
	}
	return split.map((entry) => (entry.section.isHeading ? entry : { ...entry, section: { ...entry.section, title: page.title } }));
}

/** The section under the heading `id`, if the page has one. */
export function sectionAt(page: PageSections, id: string): Section | undefined {
	return sectionsOf(page).find(({ section }) => section.isHeading && section.url.endsWith(`#${id}`))?.section;
}

/**
 * The largest share of the query's words one section holds, in its heading, its text or what the whole
 * page is about (`about`: its title and search tags); each word is given with its other forms. A page that
 * answers in one place, not one that mentions each word somewhere.
 */
export function sectionShare(page: PageSections, words: string[][], about: string): number {
	return answeringSections(page, words, about).share;
}

/** The sections that hold the largest share of the query's words (see `sectionShare`), with that share. */
function answeringSections(page: PageSections, words: string[][], about: string): { share: number; haystacks: string[] } {
	if (words.length === 0) return { share: 0, haystacks: [] };
	const context = compact(about);
	const held = sectionsOf(page).map(({ section, haystack }) => {
		const text = `${context} ${section.isHeading ? compact(section.title) : ''} ${haystack}`;
		return { haystack: text, count: words.filter((forms) => forms.some((form) => hasTerm(text, form))).length };
	});
	const most = Math.max(...held.map(({ count }) => count));
	return { share: most / words.length, haystacks: held.filter(({ count }) => count === most).map(({ haystack }) => haystack) };
}

/**
 * `sectionShare`, and the largest share of the query's neighbouring words (each given with its other forms) that one of
 * those answering sections writes side by side, spacing aside (`pairs`): `kpn card direct` is answered where 카드
 * 다이렉트 is one phrase, not where 카드 and 다이렉트 stand apart. One pass over the sections for both.
 */
export function sectionShares(page: PageSections, words: string[][], about: string): { share: number; pairs: number } {
	const { share, haystacks } = answeringSections(page, words, about);
	if (words.length < 2) return { share, pairs: 0 };
	const pairs = words.slice(1).map((forms, index) => words[index]!.flatMap((first) => forms.map((second) => first + second)));
	const held = (haystack: string) => pairs.filter((joined) => joined.some((pair) => hasTerm(haystack, pair))).length / pairs.length;
	return { share, pairs: Math.max(0, ...haystacks.map(held)) };
}

/** How many PGs the page names where it answers the words: a section listing the PGs that do a thing answers which PG does it. */
export function pgsNamedWhereItAnswers(page: PageSections, words: string[][], about: string): number {
	return Math.max(0, ...answeringSections(page, words, about).haystacks.map((haystack) => pgNamesIn(haystack).length));
}

/**
 * The page's sections ranked by whether their heading names the PG the query names (`required`: the
 * 토스페이먼츠 section of a page of all PGs' limits), then by how many of the query's words they hold, a word in the
 * heading twice (a section with 카드사, 심사 and 2주 before one with 카드사 and 심사 many times), then how often, spacing aside (`바로 오픈` counts for
 * `바로오픈`; a section with the kind of `answer` the question asks for, a duration say, counts as holding
 * one word more, weighed as the commonest word asked: `KSNET apiKey는 언제 받아요` is answered where apiKey is, not
 * where some other step's 2~3영업일 is), then by Pagefind's own weights: the first is where the answer is. Every heading of the
 * page is a candidate, not only those Pagefind matched: its matches ignore spacing variants.
 */
export function rankSections(
	page: { url: string; title: string; content: string; anchors: HeadingAnchor[]; sub_results: SubResult[] },
	terms: string[],
	{ required = [], answer }: { required?: string[]; answer?: RegExp } = {},
): Section[] {
	const keys = terms.map(termKey).filter(Boolean);
	// A page about one PG names it in every section; a page of all PGs names it in the section on it.
	const requiredKeys = required.map(termKey).filter((key) => !compact(page.title).includes(key));
	const candidates = sectionsOf(page);
	// Pagefind's section URLs are percent-encoded, and its intro section is the page title's anchor.
	const sectionKey = (url: string) => decodeURI(url).replace(/#_top$/, '');
	const pagefindWeight = new Map(
		page.sub_results.map((sub) => [sectionKey(sub.url), sub.weighted_locations.reduce((sum, { balanced_score }) => sum + balanced_score, 0)]),
	);
	const headings = candidates.map(({ section }) => (section.isHeading ? compact(section.title) : ''));
	// A word in every section of the page says little about which one answers: each counts by how few hold it.
	const holding = keys.map((key) => candidates.filter(({ haystack }, index) => haystack.includes(key) || headings[index]!.includes(key)).length);
	const keyWeight = holding.map((sections) => 1 / Math.log2(1 + Math.max(sections, 1)));
	const ranked = candidates
		.map(({ section, haystack }, index) => {
			const counts = keys.map((key) => haystack.split(key).length - 1);
			const occurrences = counts.reduce((sum, count) => sum + count, 0);
			const heading = headings[index]!;
			const named = requiredKeys.filter((key) => heading.includes(key)).length;
			// A word in the heading counts twice: the section is about it, not only mentioning it.
			const held =
				keys.reduce((sum, key, index) => sum + keyWeight[index]! * ((counts[index]! > 0 ? 1 : 0) + (heading.includes(key) ? 1 : 0)), 0) +
				(answer?.test(section.text) ? Math.min(1, ...keyWeight) : 0);
			return { section, named, held, occurrences, weight: pagefindWeight.get(sectionKey(section.url)) ?? 0 };
		})
		.filter(({ occurrences, weight }) => occurrences > 0 || weight > 0)
		.sort((a, b) => b.named - a.named || b.held - a.held || b.occurrences - a.occurrences || b.weight - a.weight)
		.map(({ section }) => section);
	// Matched only through its search tags (이니시스계약절차): the page's opening answers.
	return ranked.length ? ranked : [candidates[0]!.section];
}

/**
 * An excerpt of real text where the query's words are: Pagefind's own excerpt is cut around the matched word, which may
 * be one of the index tokens (`영업일` for `2~3영업일`) rather than the text. Of the places a word stands, the excerpt
 * shows the one whose stretch of text holds the most telling words: each word counts its `weights` (how few pages have
 * it; 1 if not given) divided by how often the text has it, so `미술품 판매 pg` shows the line that names 미술품, not
 * the first PG. Between places worth as much, the first.
 */
export function excerptAround(text: string, terms: string[], { length = 110, weights = [] }: { length?: number; weights?: readonly number[] } = {}): string {
	if (text.length <= length) return text;
	const lower = normalizeText(text);
	const places = terms.map((term) => occurrences(lower, normalizeText(term)));
	const lead = Math.floor(length / 3);
	// The stretch that starts a third of the excerpt before a place, and each word in it once.
	const worth = (start: number) =>
		places.reduce((sum, at, index) => sum + (at.some((place) => place >= start && place < start + length) ? (weights[index] ?? 1) / at.length : 0), 0);
	let best: { start: number; worth: number } | undefined;
	for (const start of places.flat().map((place) => Math.max(0, Math.min(place - lead, text.length - length)))) {
		const value = worth(start);
		if (!best || value > best.worth || (value === best.worth && start < best.start)) best = { start, worth: value };
	}
	if (best === undefined) return `${text.slice(0, length)}…`;
	const { start } = best;
	const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
	return `${from > 0 ? '…' : ''}${text.slice(from, start + length)}${start + length < text.length ? '…' : ''}`;
}

/** Where `needle` starts in `text`, each occurrence after the last one's end; none for an empty needle. */
function occurrences(text: string, needle: string): number[] {
	const at: number[] = [];
	for (let index = needle ? text.indexOf(needle) : -1; index !== -1; index = text.indexOf(needle, index + needle.length)) at.push(index);
	return at;
}

export interface Segment {
	text: string;
	mark: boolean;
}

/** Splits text into plain and highlighted parts: every occurrence of a term, wherever it sits in a word. */
export function highlight(text: string, terms: string[]): Segment[] {
	const needles = terms.filter((term) => term && !isJamoOnly(term)).map(normalizeText);
	const lower = normalizeText(text);
	const marked = new Array<boolean>(text.length).fill(false);
	for (const needle of needles) for (const at of occurrences(lower, needle)) marked.fill(true, at, at + needle.length);
	const segments: Segment[] = [];
	for (let index = 0; index < text.length; index++) {
		const last = segments.at(-1);
		if (last && last.mark === marked[index]) last.text += text[index];
		else segments.push({ text: text[index]!, mark: marked[index]! });
	}
	return segments;
}
