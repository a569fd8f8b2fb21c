import { BIGRAM_PAGES_FILE, bigramShardFile, parseBigramPages, parseBigramShard, scoreBigrams, shardOf, type BigramShard } from './bigram-index';
import { PG_FILTER, TERM_FILTER, WHICH_PG_FILTER, type PageFragment } from './contract';
import { glossaryMatcher } from './term-question';
import type { SearchEngine } from './run';

/**
 * Pagefind as a query run's engine (./run.ts): the search box uses it in the browser, and the quick
 * search benchmark in Node, so both rank with the same code.
 */

type Results = { results: { id: string; score: number; data(): Promise<PageFragment> }[] } | null;

/** The part of Pagefind's JS API a run uses. */
export interface Pagefind {
	search(query: string): Promise<Results>;
	/** With no query, the pages the filters select. */
	search(query: null, options: { filters: Record<string, { any: string[] }> }): Promise<Results>;
	/** Each filter's values, with how many pages have each. */
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** Searches already answered, kept while the reader types on: each keystroke's run repeats most of them. */
const ANSWERS_KEPT = 200;

/**
 * `bigramFile`: a file of the bigram index (./bigram-index.ts) by its name in `BIGRAM_DIR`, as parsed JSON: fetched in the
 * browser, read from disk by the quick benchmark.
 */
export function pagefindEngine(
	pagefind: () => Promise<Pagefind>,
	vocabulary: () => Promise<readonly string[]>,
	bigramFile: (name: string) => Promise<unknown>,
): SearchEngine {
	const answered = new Map<string, ReturnType<SearchEngine['search']>>();
	let onePgPages: Promise<ReadonlySet<string>> | undefined;
	let glossary: ReturnType<SearchEngine['glossary']> | undefined;
	let whichPgPages: ReturnType<SearchEngine['whichPgPages']> | undefined;
	const loadBigramPages = async () => parseBigramPages(await bigramFile(BIGRAM_PAGES_FILE), BIGRAM_PAGES_FILE);
	let bigramPages: ReturnType<typeof loadBigramPages> | undefined;
	const shards = new Map<number, Promise<BigramShard>>();
	const shard = (number: number) => {
		let loaded = shards.get(number);
		if (!loaded) {
			const name = bigramShardFile(number);
			loaded = bigramFile(name).then((json) => parseBigramShard(json, name));
			// A shard that failed (offline, not saved) is asked again next time.
			loaded.catch(() => shards.delete(number));
			shards.set(number, loaded);
		}
		return loaded;
	};
	// Every filter's values: one small request, shared by the PG filter, the glossary's names and the pages that pick PGs.
	let filters: Promise<Record<string, Record<string, number>>> | undefined;
	const filterValues = (name: string) => (filters ??= pagefind().then((loaded) => loaded.filters())).then((all) => Object.keys(all[name] ?? {}));
	// The pages a filter is set on, with any of `values`.
	const pagesWith = async (name: string, values: string[]) =>
		values.length ? ((await (await pagefind()).search(null, { filters: { [name]: { any: values } } }))?.results ?? []) : [];
	return {
		search: (query) => {
			let answer = answered.get(query);
			if (!answer) {
				answer = pagefind().then(async (loaded) => (await loaded.search(query))?.results ?? []);
				if (answered.size >= ANSWERS_KEPT) answered.delete(answered.keys().next().value!);
				answered.set(query, answer);
			}
			return answer;
		},
		vocabulary,
		// The pages file, then each bigram's shard: the shards of a query's bigrams load at once.
		bigrams: async (bigrams) => {
			if (!bigrams.length) return [];
			const pages = await (bigramPages ??= loadBigramPages().catch((error) => {
				bigramPages = undefined;
				throw error;
			}));
			const postings = await Promise.all(bigrams.map(async (bigram) => (await shard(shardOf(bigram, pages.shards)))[bigram]));
			return scoreBigrams(pages, postings);
		},
		// Every PG the filter names, then the pages with any of them: two small requests, once. Without them
		// (offline, the filter not saved), no page is taken for one PG's.
		onePgPages: () =>
			(onePgPages ??= pagefind().then(async (loaded) => {
				const pgs = await filterValues(PG_FILTER);
				if (!pgs.length) return new Set<string>();
				const found = await loaded.search(null, { filters: { [PG_FILTER]: { any: pgs } } });
				return new Set((found?.results ?? []).map(({ id }) => id));
			}).catch(() => new Set<string>())),
		// The glossary's names from its filter, and its page (the one page with the filter).
		glossary: () =>
			(glossary ??= filterValues(TERM_FILTER).then(async (values) => {
				// The glossary is the one page with the filter: its first value finds it.
				const [page] = await pagesWith(TERM_FILTER, values.slice(0, 1));
				return page && { matcher: glossaryMatcher(values), page };
			}).catch(() => undefined)),
		whichPgPages: () => (whichPgPages ??= filterValues(WHICH_PG_FILTER).then((values) => pagesWith(WHICH_PG_FILTER, values)).catch(() => [])),
	};
}
