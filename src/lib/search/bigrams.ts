import { wordBigrams } from './bigram-index';

/**
 * A second, generic signal beside the word rules: Hangul syllable bigrams. A reader's word and the article's often
 * share most of their syllables without being one word (정산금액 / 정산 금액, 인감증명서 / 법인인감증명서), and a page
 * holding many of the query's bigrams, the rare ones above all, is likely the answer whatever the grammar.
 *
 * The bigrams have an index of their own, built beside Pagefind's and scored BM25-style (./bigram-index.ts).
 */

/** The Hangul syllable bigrams of words, each once (정산금액 → 정산, 산금, 금액); a word without two syllables in a row adds none. */
export function queryBigrams(terms: string[]): string[] {
	return [...new Set(terms.flatMap(wordBigrams))];
}

interface Scored {
	id: string;
	score: number;
}

/**
 * The word ranking and the bigram ranking fused by a weighted sum: each score as a share of its ranking's best, the
 * bigrams' weighing `weight` and the words' the rest. Pages only the bigrams find join the ranking; the word
 * ranking's other fields (how many words a page holds) are kept.
 */
export function fuseWithBigrams<T extends Scored>(byWords: T[], byBigrams: Scored[], weight: number): (T | Scored)[] {
	const best = (list: Scored[]) => Math.max(...list.map(({ score }) => score), Number.MIN_VALUE);
	const words = best(byWords);
	const bigrams = best(byBigrams);
	const fused = new Map<string, T | Scored>(byWords.map((item) => [item.id, { ...item, score: ((1 - weight) * item.score) / words }]));
	for (const { id, score } of byBigrams) {
		const item = fused.get(id) ?? { id, score: 0 };
		fused.set(id, { ...item, score: item.score + (weight * score) / bigrams });
	}
	return [...fused.values()].sort((a, b) => b.score - a.score);
}
