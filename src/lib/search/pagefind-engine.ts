import type { PageFragment } from './contract';
import type { SearchEngine } from './run';

/**
 * Pagefind as a query run's engine (./run.ts): the search box uses it in the browser, and the quick
 * search benchmark in Node, so both rank with the same code.
 */

/** The part of Pagefind's JS API a run uses. */
export interface Pagefind {
	search(query: string): Promise<{ results: { id: string; score: number; data(): Promise<PageFragment> }[] } | null>;
}

/** Searches already answered, kept while the reader types on: each keystroke's run repeats most of them. */
const ANSWERS_KEPT = 200;

export function pagefindEngine(pagefind: () => Promise<Pagefind>, vocabulary: () => Promise<readonly string[]>): SearchEngine {
	const answered = new Map<string, ReturnType<SearchEngine['search']>>();
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
	};
}
