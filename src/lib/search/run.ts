import { isDateToken, withDateTokens } from '../korean/date-tokens';
import { isPgName } from '../korean/aliases';
import { asksDuration, DURATION } from '../korean/function-words';
import type { ParsedQuery } from '../korean/query';
import { compact, hasHangul, isJamoOnly, normalizeText } from '../korean/text';
import { nearestWord } from '../korean/typo';
import { exactPhrases, givesGeneralAnswer, isGlossary, pageAboutPg, SEARCH_TAGS_META, type PageFragment } from './contract';
import {
	ANSWER_BOOST,
	BATCH_SIZE,
	BIGRAM_WEIGHT,
	DATE_WEIGHT,
	EVERY_PG_MIN,
	EXACT_PHRASE_BOOST,
	FALLBACK_BELOW,
	PAIR_BOOST,
	PG_LIST_MIN,
	QUESTION_TITLE_BOOST,
	SECTION_SHARE_BOOST,
	VERB_WEIGHT,
} from './ranking';
import { fuseWithBigrams, queryBigrams } from './bigrams';
import { excerptAround, hasTerm, pgsNamedWhereItAnswers, rankSections, sectionAt, sectionShare, sectionShares, titleCoverage } from './results';
import { askedTerm } from './term-question';
import type { MatchableTerm, TermMatcher } from '../glossary/match';

/**
 * Running one query against a search engine, as pure logic: which searches to run, how their answers
 * merge into one ranked list, when to fall back and when to correct a typo. The engine is passed in —
 * Pagefind in the browser, a fake in unit tests — and the search box only renders what a run found.
 */

/** One result of the engine: a page id, its score for that search, and the page's data on demand. */
export interface EngineResult {
	id: string;
	score: number;
	data(): Promise<PageFragment>;
}

/** What a run needs of a search engine (Pagefind's `search`, and the vocabulary written beside its index). */
export interface SearchEngine {
	search(query: string): Promise<EngineResult[]>;
	/** Words a typo may be corrected to, the most used first. */
	vocabulary(): Promise<readonly string[]>;
	/** Each page's score for syllable bigrams (./bigram-index.ts), best first. */
	bigrams(bigrams: string[]): Promise<{ id: string; score: number }[]>;
	/** The ids of the pages about one PG (`PG_FILTER`): the others are about no single PG. */
	onePgPages(): Promise<ReadonlySet<string>>;
	/** The glossary's names and its page (`TERM_FILTER`); undefined when the index has no glossary (or offline, not saved). */
	glossary(): Promise<{ matcher: TermMatcher<MatchableTerm>; page: EngineResult } | undefined>;
	/** The pages that pick among PGs (`WHICH_PG_FILTER`: the chooser, the comparison); none offline when not saved. */
	whichPgPages(): Promise<EngineResult[]>;
}

export interface Hit {
	url: string;
	title: string;
	/** The PG the page is about, when its title does not say: shown in the title line. */
	pg?: string;
	section: string | undefined;
	excerpt: string;
	others: { title: string; url: string }[];
}

/** A query word that found nothing, and the indexed word searched instead. */
export interface Correction {
	from: string;
	to: string;
}

export interface RunOptions {
	/** Tells a run that the reader has typed on: it stops loading what nobody will see. */
	stale?: () => boolean;
	/** Correct query words that find nothing (not while a syllable is being composed, nor when the reader asked for the word as typed). */
	correct?: boolean;
}

interface Candidate {
	id: string;
	score: number;
	/** How many of the query's words the page holds, where known. */
	words?: number;
}

/**
 * How much a word tells pages apart: a word on few pages says more than one on most (2 for a word on
 * one page, falling slowly).
 */
export const wordWeight = (pagesWithWord: number) => 1 / Math.log2(1 + pagesWithWord);

/**
 * Ranks pages by the content words they hold: each word found adds its weight times the page's score for
 * that word (relative to the word's best page), and the sum is scaled by the square of the share of the
 * query's weight the page holds, and by the square of the share of its words: a question's rare side word
 * (돈 in "정산 완료면 파트너한테 돈 보낸 거예요") does not outweigh the page holding the others. The engine's
 * own ranking of the pages with every word (`all`) adds as much again as all words together: it knows where
 * the words stand. Pages holding the words written as one (`joined`: 키파일 for "키 파일") hold them all,
 * and add as much again. A page with every word ranks first unless its words are the common ones; a page
 * with some still ranks, so a query never comes back empty while one of its words is indexed.
 */
export function rankByContentWords(lists: { weight: number; results: Candidate[] }[], all: Candidate[] = [], joined: Candidate[] = []): Candidate[] {
	const total = lists.reduce((sum, { weight }) => sum + weight, 0);
	const pages = new Map<string, { held: number; words: number; score: number }>();
	const add = (results: Candidate[], weight: number, hold: (page: { held: number; words: number }) => void) => {
		const best = Math.max(...results.map(({ score }) => score), Number.MIN_VALUE);
		for (const { id, score } of results) {
			const page = pages.get(id) ?? { held: 0, words: 0, score: 0 };
			hold(page);
			page.score += (weight * score) / best;
			pages.set(id, page);
		}
	};
	for (const { weight, results } of lists)
		add(results, weight, (page) => {
			page.held += weight;
			page.words += 1;
		});
	if (lists.length > 1) {
		add(all, total, () => {});
		add(joined, total, (page) => {
			page.held = total;
			page.words = lists.length;
		});
	}
	return [...pages]
		.map(([id, { held, words, score }]) => {
			const weightShare = Math.min(held, total) / total;
			const wordShare = Math.min(words, lists.length) / lists.length;
			return { id, score: score * weightShare ** 2 * wordShare ** 2, words: Math.min(words, lists.length) };
		})
		.sort((a, b) => b.score - a.score);
}

/**
 * How far a title or search tag equals what the reader typed: 1 when one equals the query, else each
 * query word equal to one counts its share, halved. `수수료` finds the page tagged 수수료 before the pages
 * tagged 수수료율, 수수료 정산…. A question's function words are part of what was typed: a tag equal to
 * its content words alone (결제취소 for "결제취소 언제까지 되나요") counts their share of the question.
 */
export function exactShare(phrases: string[], terms: string[], functionWords: string[] = []): number {
	const keys = new Set(phrases.map(compact));
	if (terms.length === 0) return 0;
	const share = terms.length / (terms.length + functionWords.length);
	if (keys.has(compact(terms.join('')))) return share;
	return (share * terms.filter((term) => keys.has(compact(term))).length) / terms.length / 2;
}

/**
 * Pages about no single PG moved above the pages about one PG that answer no better (`answersAsWell`); the order
 * is otherwise kept. A reader who names no PG asks the general rule: one PG's rule, found by the same words, is
 * not it. A page about one PG that answers better stays above. A page about no single PG that holds none of the
 * words (`answersNothing`: 비교표 found by its other words) holds none back.
 */
export function neutralFirst<T>(
	ranked: readonly T[],
	aboutOnePg: (item: T) => boolean,
	answersAsWell: (general: T, onePg: T) => boolean,
	answersNothing: (item: T) => boolean = () => false,
): T[] {
	const order: T[] = [];
	for (const item of ranked) {
		let at = order.length;
		if (!aboutOnePg(item)) {
			while (at > 0 && (aboutOnePg(order[at - 1]!) ? answersAsWell(item, order[at - 1]!) : answersNothing(order[at - 1]!) && !answersNothing(item))) at--;
		}
		order.splice(at, 0, item);
	}
	return order;
}

/**
 * The PGs whose pages answer as well as the best page about none, by the share of the query's words their answering
 * section holds (`better`: better than it, and than nothing). What a page answers is what its answering section holds:
 * a PG guide's test card 유효기간 does not make it answer "법인 인감증명서 유효기간".
 */
function pgsAnswering(pages: { fragment: PageFragment; answers: { share: number } }[], { better }: { better: boolean }): Set<string | undefined> {
	const general = Math.max(...pages.filter(({ fragment }) => givesGeneralAnswer(fragment)).map(({ answers }) => answers.share));
	const answers = (share: number) => (better ? share > Math.max(general, 0) : share >= general);
	return new Set(pages.filter(({ fragment, answers: { share } }) => pageAboutPg(fragment) !== undefined && answers(share)).map(({ fragment }) => pageAboutPg(fragment)));
}

/**
 * True when the pages of `EVERY_PG_MIN` PGs or more answer better than the best page about none: the words are those of
 * a section every PG's guide has (가입신청서 제출, 수수료, 계약완료), and a question naming no PG asks the general procedure.
 */
const everyPgsWords = (pages: Parameters<typeof pgsAnswering>[0]) => pgsAnswering(pages, { better: true }).size >= EVERY_PG_MIN;

/**
 * True when the pages about one PG that answer as well as the best page about none are all about the same PG: the
 * words are that PG's own (키파일 is KG이니시스's), so its pages answer first even though the query does not name it.
 */
const ownWordsOfOnePg = (pages: Parameters<typeof pgsAnswering>[0]) => pgsAnswering(pages, { better: false }).size === 1;

export class QueryRun {
	readonly hits: Hit[] = [];
	/** The content words searched: the query's, with corrections applied. Excerpts highlight them. */
	terms: string[];
	readonly corrections: Correction[] = [];
	#engine: SearchEngine;
	#options: RunOptions;
	#searches = new Map<string, Promise<EngineResult[]>>();
	#results = new Map<string, EngineResult>();
	#ranked: Candidate[] = [];
	/** The ids of the pages about one PG, when the query names no PG. */
	#onePgPages: ReadonlySet<string> | undefined;
	#required: string[] = [];
	#checked = 0;
	/** The searchable text of each hit, compacted for `hasTerm`. */
	#texts: string[] = [];
	/**
	 * The words a title is compared with: the content words but single syllables (키 is in 키움페이), and
	 * the word they make written as one when the index knows it (키파일 for "키 파일").
	 */
	#titleTerms: string[];
	/** How telling each content word is (`wordWeight` of its pages): excerpts show where the telling ones are. */
	#termWeights: number[] = [];
	/** The kind of answer the question asks for (a duration for 얼마나 걸려요), as text that holds one. */
	#answer: RegExp | undefined;
	/** True when the query's words are one word of the index written apart (키 파일 → 키파일). */
	#oneWord = false;
	/**
	 * The pages the question asks for, first whatever the words score: the glossary at the term's heading (`MID가 뭐예요`),
	 * or the pages that pick among PGs (`정기결제 되는 PG`), in the order their words put them. `afterGeneral`: pages about
	 * no single PG that the words rank first keep their place (an article listing the PGs that do 해외결제 answers too).
	 */
	#pinned: { pages: string[]; section?: string; afterGeneral?: boolean } | undefined;
	/** The glossary's names, when the query names no PG and the index has a glossary (see `#answeringEntry`). */
	#glossaryTerms: TermMatcher<MatchableTerm> | undefined;
	/** For each content word, as corrected, whether the index knows it. */
	#known: boolean[] = [];

	constructor(
		engine: SearchEngine,
		readonly parsed: ParsedQuery,
		options: RunOptions = {},
	) {
		this.#engine = engine;
		this.#options = options;
		this.terms = [...parsed.terms];
		this.#titleTerms = this.#longTerms();
		this.#answer = asksDuration([...parsed.functionWords, ...parsed.terms]) ? DURATION : undefined;
	}

	/** True when no word of the query, as corrected, names a PG. */
	get #namesNoPg() {
		return !this.terms.some(isPgName);
	}

	get #stale() {
		return this.#options.stale?.() ?? false;
	}

	/** Searches each content word, corrects those that are not in the index, ranks the pages, and loads the first `count`. */
	async start(count: number) {
		// A query that names no PG asks the general rule: pages about no single PG come first.
		const onePgPages = this.parsed.required.length ? undefined : this.#engine.onePgPages();
		const glossary = this.parsed.required.length ? undefined : this.#engine.glossary();
		const pickers = this.parsed.asksWhichPg && !this.parsed.required.length ? this.#engine.whichPgPages() : undefined;
		// The second signal: the syllable bigrams of the content words (./bigrams.ts), scored beside them. Without
		// them (offline, a part of the index not saved), the words rank alone.
		const bigrams = this.#engine.bigrams(queryBigrams(this.parsed.terms)).catch(() => []);
		const lists = await Promise.all(this.parsed.terms.map((term, index) => this.#searchForms([term, ...(this.parsed.alternatives[index] ?? [])])));
		// Usually every word is known: the search for all of them starts while that is checked.
		if (this.terms.length > 1) void this.#search(this.terms.join(' '));
		// Spacing does not matter: "키 파일" is also the word 키파일.
		const joined = this.#joined();
		// The engine answers a word it does not know with words that start like it (Pagefind: 빌링기 → 빌링…).
		const known = await Promise.all(this.terms.map((term, index) => this.#holds(lists[index]!, [term, ...(this.parsed.alternatives[index] ?? [])])));
		// The reader typed on: nothing more of this run will be seen.
		if (this.#stale) return;
		if (this.#options.correct !== false) await this.#correct(lists, known);
		const required = this.parsed.required.map((term) => this.corrections.find(({ from }) => from === term)?.to ?? term);
		// A PG name the index does not know: other PGs' pages are not an answer.
		if (required.some((term) => !known[this.terms.indexOf(term)])) return;
		this.#required = required;
		this.#termWeights = lists.map((results) => wordWeight(results.length));
		this.#known = known;
		// Words the index does not know add nothing, unless no word is known: then the engine's near matches are all there is.
		const found = lists
			.map((results, index) => ({ results, weight: this.#termWeights[index]! * this.#emphasis(index) }))
			.filter(({ results }, index) => results.length > 0 && (known[index] || !known.some(Boolean)));
		if (this.#stale) return;
		const all = found.length > 1 ? await this.#search(this.terms.filter((_, index) => known[index]).join(' ')) : [];
		// Corrected words may make a word of the index written as one too (가상계자 환불 → 가상계좌환불).
		const together = await (this.corrections.length ? this.#joined() : joined);
		this.#titleTerms = [...(together.length ? [this.terms.join('')] : []), ...this.#longTerms()];
		this.#oneWord = together.length > 0;
		const byWords = rankByContentWords(found, all, together);
		// The bigrams speak for the Hangul words only: a query of Latin words and one Korean word is not that word's alone.
		const hangulShare = this.parsed.terms.filter((term) => queryBigrams([term]).length > 0).length / this.parsed.terms.length;
		// They re-rank the pages the words found: a page no word search found has no data to show.
		const byBigrams = (await bigrams).filter(({ id }) => this.#results.has(id));
		const ranked: Candidate[] = fuseWithBigrams(byWords, byBigrams, BIGRAM_WEIGHT * hangulShare);
		const aboutOnePg = this.#namesNoPg ? await onePgPages : undefined;
		this.#onePgPages = aboutOnePg;
		const terms = this.#namesNoPg ? await glossary : undefined;
		// Not the glossary yet: it holds most questions' words somewhere, and only its entries, loaded, say whether it answers.
		const noGeneralAnswer = (id: string) => aboutOnePg!.has(id) || id === terms?.page.id;
		this.#ranked = aboutOnePg ? neutralFirst(ranked, ({ id }) => noGeneralAnswer(id), (general, onePg) => (general.words ?? 0) >= (onePg.words ?? 0)) : ranked;
		this.#glossaryTerms = terms?.matcher;
		if (terms) this.#termFirst(terms);
		// What a thing is called (`…를 뭐라고 불러요`): the glossary, at the entry whose words the question holds.
		if (terms && !this.#pinned && this.parsed.asksName) this.#pin([terms.page]);
		// Which PG to use: the chooser and the comparison answer, unless the question named a PG after all (corrected to
		// one) or asks what a term is.
		const pickerPages = this.#namesNoPg && !this.#pinned ? await pickers : undefined;
		if (pickerPages?.length) this.#pin(pickerPages, { afterGeneral: true });
		await this.more(count);
		// Next to nothing: the reader may have left out a space (이니시스계약절차).
		if (this.hits.length < FALLBACK_BELOW && this.parsed.fallbacks.length && this.corrections.length === 0 && !this.#stale) {
			const answers = await Promise.all(this.parsed.fallbacks.map(async ({ query, weight }) => ({ weight, results: await this.#search(query) })));
			const seen = new Set(this.#ranked.map(({ id }) => id));
			const extra = answers.flatMap(({ weight, results }) => results.map(({ id, score }) => ({ id, score: score * weight }))).filter(({ id }) => !seen.has(id));
			this.#ranked.push(...dedupeById(extra.sort((a, b) => b.score - a.score)));
			await this.more(count - this.hits.length);
		}
	}

	/** The query words none of the found pages contains: the reader is told they were left out. */
	get ignored(): string[] {
		if (this.terms.length < 2 || this.hits.length === 0) return [];
		return this.terms.filter((term) => !this.#texts.some((text) => hasTerm(text, term)));
	}

	get exhausted() {
		return this.#checked >= this.#ranked.length;
	}

	/**
	 * Loads the data of further results until `count` more hits are found or none are left. Each batch is
	 * re-ranked with the title and search tags in view: the engine scores words, not whether the title
	 * says it all, nor whether a tag equals the query or merely starts with it.
	 */
	async more(count: number) {
		const target = this.hits.length + count;
		while (this.hits.length < target && !this.exhausted && !this.#stale) {
			const batch = this.#ranked.slice(this.#checked, this.#checked + Math.max(count, BATCH_SIZE));
			this.#checked += batch.length;
			const forms = this.#termForms();
			// What a page answers, for putting general pages first: words written apart that the index knows as one are that word (키 파일 is 키파일).
			const answerForms = this.#oneWord ? [[this.terms.join('')]] : forms;
			const found = await this.#load(batch, forms, answerForms);
			// The first batch is all PGs' pages and the words are every PG's procedure: the best page about no single PG below
			// it is loaded too, to go first, when it answers in one section as large a share as they do (`테스트 MID` is half
			// in a general guide, whole in each PG's channel setup).
			if (this.#onePgPages && this.#checked === batch.length && everyPgsWords(found) && found.every(({ fragment }) => pageAboutPg(fragment) !== undefined)) {
				const at = this.#ranked.findIndex(({ id }, index) => index >= this.#checked && !this.#onePgPages!.has(id));
				const [general] = at >= 0 ? await this.#load([this.#ranked[at]!], forms, answerForms) : [];
				if (general && general.answers.share >= Math.min(...found.map(({ answers }) => answers.share))) {
					this.#ranked.splice(this.#checked++, 0, ...this.#ranked.splice(at, 1));
					found.push(general);
					found.sort((a, b) => b.score - a.score);
				}
			}
			// A page answers as well when its answering section holds as many of the words, or the page as a whole does.
			const answersAsWell = ({ answers: first }: (typeof found)[number], { answers: other }: (typeof found)[number]) =>
				first.share >= other.share || first.words >= other.words;
			// Pages about no single PG, the glossary too, go before one PG's page that answers no better; then general pages before the glossary.
			// When many PGs' pages answer better, the words are every PG's procedure (가입신청서 제출, 수수료): a page about no single PG that
			// holds any of them goes first, the glossary too.
			const generalFirst = this.#namesNoPg && everyPgsWords(found);
			const neutral =
				this.#namesNoPg && !ownWordsOfOnePg(found)
					? neutralFirst(
							found,
							({ fragment }) => pageAboutPg(fragment) !== undefined,
							(general, onePg) => (generalFirst && general.answers.words > 0) || answersAsWell(general, onePg),
							({ answers }) => answers.words === 0,
						)
					: found;
			// A PG named: another PG's page that mentions it (나이스정보통신's 간편결제 추가계약 names 페이코) goes below the named PG's
			// pages, and pages about no single PG, that answer as well.
			const namedPgFirst = this.#required.length ? neutralFirst(neutral, ({ fragment }) => this.#aboutOtherPg(fragment), answersAsWell) : neutral;
			// The glossary says what a word means: a page that answers as well comes first (how long 카드사 심사 takes is in
			// the general guide), one PG's page only when the query names a PG; the entry a term question asks for, first of all.
			// As well is as many of the query's words: a guide whose one section holds 카드, 결제 and 가입 does not answer
			// `카드 결제만 받아도 에스크로 가입해야 돼요` as well as the glossary, which holds 에스크로 too.
			const ordered = neutralFirst(
				namedPgFirst,
				({ fragment }) => isGlossary(fragment),
				(page, entry) => (!this.#namesNoPg || givesGeneralAnswer(page.fragment)) && page.answers.words >= entry.answers.words && this.#titleHolds(page) >= this.#titleHolds(entry),
			);
			// The glossary entry that holds the whole question goes first, before the pages that pick among PGs too.
			const glossary = ordered.findIndex(({ fragment }) => isGlossary(fragment));
			const entry = glossary >= 0 && !this.#pinned?.pages.includes(ordered[glossary]!.id) ? this.#answeringEntry(ordered[glossary]!, ordered) : undefined;
			const entryFirst = entry !== undefined;
			if (entryFirst) ordered.unshift(...ordered.splice(glossary, 1));
			const first = this.#pinned;
			const isPinned = ({ id }: { id: string }) => first?.pages.includes(id) ?? false;
			// Pages about no single PG that the words rank first, above any one PG's page, keep their place (`afterGeneral`)
			// when they answer which PG themselves, or the question asks more than which PG (see `#keepsPlace`).
			const pickerWords = Math.max(0, ...ordered.filter(isPinned).map(({ answers }) => answers.words));
			let kept = entryFirst ? 1 : 0;
			while (
				first?.afterGeneral &&
				kept < ordered.length &&
				!isPinned(ordered[kept]!) &&
				givesGeneralAnswer(ordered[kept]!.fragment) &&
				this.#keepsPlace(ordered[kept]!, answerForms, pickerWords)
			)
				kept++;
			const pinned = [...ordered.slice(0, kept), ...ordered.filter(isPinned), ...ordered.slice(kept).filter((page) => !isPinned(page))];
			const shownAt = (id: string) => (isPinned({ id }) ? first?.section : entryFirst && id === ordered[0]!.id ? entry : undefined);
			const options = { required: this.#required, answer: this.#answer, weights: this.#termWeights };
			this.hits.push(...pinned.map(({ id, fragment }) => toHit(fragment, this.terms, { ...options, section: shownAt(id) })));
			this.#texts.push(...pinned.map(({ text }) => text));
		}
	}

	/** Loads a batch's data and scores each page with its title, search tags and answering section in view (see `more`). */
	async #load(batch: Candidate[], forms: string[][], answerForms: string[][]) {
		// Offline, a page not saved on this device has no data to load: that result is left out.
		const loaded = await Promise.all(batch.map(({ id, score }) => this.#results.get(id)!.data().then((fragment) => ({ id, fragment, score }), () => undefined)));
		return loaded
			.filter((entry) => entry !== undefined)
			.map(({ id, fragment, score }) => {
				const page = { ...fragment, title: fragment.meta.title ?? '' };
				const about = pageSubject(fragment);
				const { share, pairs } = sectionShares(page, forms, about);
				const text = searchableText(fragment);
				return {
					id,
					fragment,
					text,
					// How much of the query its answering section holds, and the page as a whole.
					answers: {
						share: answerForms === forms ? share : sectionShare(page, answerForms, about),
						words: answerForms.filter((word) => word.some((form) => hasTerm(text, form))).length,
					},
					score:
						score *
						(1 + titleCoverage(fragment.meta.title ?? '', this.#titleTerms)) *
						(1 + QUESTION_TITLE_BOOST * titleCoverage(fragment.meta.title ?? '', this.parsed.functionWords)) *
						(1 + EXACT_PHRASE_BOOST * exactShare(exactPhrases(fragment.meta), this.#titleTerms, this.parsed.functionWords)) *
						(this.#answer?.test(fragment.content) ? 1 + ANSWER_BOOST : 1) *
						(1 + SECTION_SHARE_BOOST * share ** 2) *
						(1 + PAIR_BOOST * pairs),
				};
			})
			.filter(({ text }) => this.#required.every((term) => hasTerm(text, term)))
			.sort((a, b) => b.score - a.score);
	}

	/**
	 * Whether a general page the words rank first stays above the pages that pick among PGs: when it names PGs where it
	 * answers (a help-center list of the PGs that do 해외결제), or when the pickers hold at most half the words it holds
	 * (`어느 PG랑 … 상담받을 수 있어요?` asks about consulting, not which PG). A guide that says how to apply for a way of
	 * paying, naming no PG, does not say which PG offers it: the chooser and the comparison do.
	 */
	#keepsPlace({ fragment, answers }: { fragment: PageFragment; answers: { words: number } }, forms: string[][], pickerWords: number) {
		const page = { ...fragment, title: fragment.meta.title ?? '' };
		return pgsNamedWhereItAnswers(page, forms, pageSubject(fragment)) >= PG_LIST_MIN || answers.words >= 2 * pickerWords;
	}

	/** True for a page about one PG that its title and search tags do not name as the PG the query names. */
	#aboutOtherPg(fragment: PageFragment) {
		const subject = compact(pageSubject(fragment));
		return pageAboutPg(fragment) !== undefined && !this.#required.some((term) => hasTerm(subject, term));
	}

	/**
	 * The entry that answers a question about a term that asks more than what it is (`MID를 결제대행사마다 다른 이름으로
	 * 부르나요`): the entry of a term the query names holds every word the index knows, and no other page about no single PG
	 * holds them all in one section. One PG's page that does is that PG's case; the entry is the rule.
	 */
	#answeringEntry({ fragment }: { fragment: PageFragment }, pages: { fragment: PageFragment; answers: { share: number } }[]) {
		if (!this.#glossaryTerms || pages.some((page) => givesGeneralAnswer(page.fragment) && page.answers.share >= 1)) return undefined;
		const page = { ...fragment, title: fragment.meta.title ?? '' };
		const forms = this.#termForms().filter((_, index) => this.#known[index]);
		return this.#glossaryTerms
			.findTerms(this.terms.join(' '))
			.map(({ term }) => term.id)
			.find((id) => {
				const entry = sectionAt(page, id);
				const text = entry && compact(`${entry.title} ${entry.text}`);
				return text !== undefined && forms.every((word) => word.some((form) => hasTerm(text, form)));
			});
	}

	/** How much of the query a page's title holds: a general page goes before the glossary only if its title says as much (`PG 계약 용어 정리`). */
	#titleHolds({ fragment }: { fragment: PageFragment }) {
		return titleCoverage(fragment.meta.title ?? '', this.#titleTerms);
	}

	/**
	 * A question that asks what a glossary term is (`MID가 뭐예요`, `사이트코드`): the glossary page goes first, shown at
	 * the term's entry. Without the glossary's names (an index without one; offline, not saved) nothing changes.
	 */
	#termFirst({ matcher, page }: NonNullable<Awaited<ReturnType<SearchEngine['glossary']>>>) {
		const term = askedTerm(this.terms, this.parsed.functionWords, matcher, this.parsed.defines);
		if (term) this.#pin([page], { section: term.id });
	}

	/** `pages` go first (see `#pinned`); shown at `section` if given. */
	#pin(pages: EngineResult[], { section, afterGeneral = false }: { section?: string; afterGeneral?: boolean } = {}) {
		for (const page of pages) if (!this.#results.has(page.id)) this.#results.set(page.id, page);
		const ids = pages.map(({ id }) => id);
		this.#pinned = { pages: ids, afterGeneral, ...(section === undefined ? {} : { section }) };
		// Ahead in the list so the first batch loads them, each with the score its words gave it (none: the engine's).
		const scored = ids.map((id) => this.#ranked.find((candidate) => candidate.id === id) ?? { id, score: pages.find((page) => page.id === id)!.score });
		this.#ranked = [...scored, ...this.#ranked.filter(({ id }) => !ids.includes(id))];
	}

	/** How much more or less a word counts than its pages alone say: a verb less, a date more. */
	#emphasis(index: number) {
		if (this.parsed.verbs[index]) return VERB_WEIGHT;
		return isDateToken(this.terms[index]!) ? DATE_WEIGHT : 1;
	}

	/** Each content word searched with its other forms (엑셀 and excel). */
	#termForms() {
		return this.terms.map((term, index) => [term, ...(this.parsed.alternatives[index] ?? [])]);
	}

	#longTerms() {
		const long = this.terms.filter((term) => [...term].length > 1);
		return long.length ? long : this.terms;
	}

	/** The pages of the content words written as one word, when a page writes them so. */
	async #joined(): Promise<EngineResult[]> {
		const word = this.terms.join('');
		if (this.terms.length < 2 || !this.terms.every((term) => /^\p{Script=Hangul}+$/u.test(term)) || [...word].length > MAX_JOINED) return [];
		const results = await this.#search(word);
		return (await this.#holds(results, [word], { asWritten: true })) ? results : [];
	}

	/**
	 * True when the engine's best page for a word holds one of its forms, spacing aside (`asWritten`: as written, spaces
	 * too: a page saying 추가 신청 does not make 추가신청 a word): the word is in the index, not only words like it. Offline,
	 * pages not saved on this device have no data: the best page that has decides, and when none has, the word stands.
	 */
	async #holds(results: EngineResult[], forms: string[], { asWritten = false } = {}): Promise<boolean> {
		if (!results.length) return false;
		if (forms.some(isJamoOnly)) return true;
		for (const result of results.slice(0, HOLDS_CHECKED)) {
			const fragment = await result.data().catch(() => undefined);
			if (fragment && asWritten) return forms.some((form) => normalizeText(`${pageSubject(fragment)} ${fragment.content}`).includes(normalizeText(form)));
			if (fragment) return forms.some((form) => hasTerm(searchableText(fragment), form));
		}
		return true;
	}

	/**
	 * Each Hangul word the index does not know, replaced by the nearest indexed word. A word the parser understood
	 * is never a typo: a PG no page is about (페이레터) is an answer of its own, not a near word (페이센터), and the
	 * articles' word for an English or everyday one (바꾸 → 변경) is what the reader meant.
	 */
	async #correct(lists: EngineResult[][], known: boolean[]) {
		const isTypo = (index: number) => hasHangul(this.terms[index]!) && !this.parsed.understood[index];
		const missing = this.terms.map((_, index) => index).filter((index) => !known[index] && isTypo(index));
		if (!missing.length) return;
		const vocabulary = await this.#engine.vocabulary();
		for (const index of missing) {
			const from = this.terms[index]!;
			const to = nearestWord(from, vocabulary);
			if (!to) continue;
			const results = await this.#search(to);
			if (!(await this.#holds(results, [to]))) continue;
			lists[index] = results;
			known[index] = true;
			this.terms[index] = to;
			this.corrections.push({ from, to });
		}
	}

	/** One word's results: those of each of its forms, a page keeping its best score. */
	async #searchForms(forms: string[]): Promise<EngineResult[]> {
		const answers = await Promise.all([...new Set(forms)].map((form) => this.#search(form)));
		const best = new Map<string, EngineResult>();
		for (const result of answers.flat()) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
		return [...best.values()].sort((a, b) => b.score - a.score);
	}

	#search(query: string): Promise<EngineResult[]> {
		let answer = this.#searches.get(query);
		if (!answer) {
			answer = this.#engine.search(query).then((results) => {
				for (const result of results) if (!this.#results.has(result.id)) this.#results.set(result.id, result);
				return results;
			});
			this.#searches.set(query, answer);
		}
		return answer;
	}
}

/** What a whole page is about: its title and search tags (index tokens included). */
const pageSubject = (fragment: PageFragment) => `${fragment.meta.title ?? ''} ${fragment.meta[SEARCH_TAGS_META] ?? ''}`;

/** A page's title, search tags (index tokens included), text and dates, compacted for `hasTerm`; once per page. */
const searchable = new WeakMap<PageFragment, string>();
function searchableText(fragment: PageFragment): string {
	let text = searchable.get(fragment);
	if (text === undefined) {
		text = compact(withDateTokens(`${pageSubject(fragment)} ${fragment.content}`));
		searchable.set(fragment, text);
	}
	return text;
}

/** Offline, how many of a word's pages are tried for one saved on this device. */
const HOLDS_CHECKED = 5;

/** Longer than this, words typed apart are not one word of the index. */
const MAX_JOINED = 10;

const dedupeById = (candidates: Candidate[]) => candidates.filter(({ id }, index) => candidates.findIndex((other) => other.id === id) === index);

/** `section`: the heading the hit must show (a glossary term's), with its opening as the excerpt (the definition). */
function toHit(
	fragment: PageFragment,
	terms: string[],
	options: { required: string[]; answer: RegExp | undefined; section?: string | undefined; weights: readonly number[] },
): Hit {
	const title = fragment.meta.title ?? fragment.url;
	const asked = options.section === undefined ? undefined : sectionAt({ ...fragment, title }, options.section);
	const [best, ...others] = asked ? [asked] : rankSections({ ...fragment, title }, terms, options);
	const text = best?.text ?? '';
	// The excerpt shows the answer to a question where the section has one (보통 2주 정도 걸립니다); a term's, its definition.
	const answer = options.answer?.exec(text)?.[0];
	const pg = pageAboutPg(fragment);
	return {
		url: best?.url ?? fragment.url,
		title,
		...(pg && !compact(title).includes(compact(pg)) ? { pg } : {}),
		section: best?.isHeading && best.title !== title ? best.title : undefined,
		// A term's entry opens with its heading (Pagefind ends it with a period), then the definition.
		excerpt: asked
			? excerptAround(text.startsWith(asked.title) ? text.slice(asked.title.length).replace(/^[.\s]+/, '') : text, [])
			: excerptAround(text, answer ? [answer] : terms, { weights: answer ? [] : options.weights }),
		others: others.filter((section) => section.isHeading).slice(0, 3),
	};
}

/** Runs a query: the first `count` hits are loaded when the promise resolves; `run.more()` loads more. */
export async function runQuery(engine: SearchEngine, parsed: ParsedQuery, count: number, options: RunOptions = {}): Promise<QueryRun> {
	const run = new QueryRun(engine, parsed, options);
	if (parsed.terms.length) await run.start(count);
	return run;
}
