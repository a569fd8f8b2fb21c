import { HANGUL_SYLLABLE } from '../korean/text';

/**
 * A second, generic signal beside the word rules: Hangul syllable bigrams. A reader's word and the article's often
 * share most of their syllables without being one word (정산금액 / 정산 금액, 인감증명서 / 법인인감증명서), and a page
 * holding many of the query's bigrams, the rare ones above all, is likely the answer whatever the grammar.
 *
 * No field of its own is needed: the index already holds every Hangul suffix of every word (../korean/index-tokens.ts),
 * so a bigram searched as a prefix finds every page with it anywhere in a word, and the engine scores it BM25-style
 * (a rare bigram weighs more, a page holding it often more, a long page less).
 */

/** The Hangul syllable bigrams of words, each once (정산금액 → 정산, 산금, 금액); a word without two syllables in a row adds none. */
export function queryBigrams(terms: string[]): string[] {
	const bigrams = new Set<string>();
	for (const term of terms) {
		const chars = [...term];
		for (let at = 0; at + 1 < chars.length; at++) {
			if (HANGUL_SYLLABLE.test(chars[at]!) && HANGUL_SYLLABLE.test(chars[at + 1]!)) bigrams.add(chars[at]! + chars[at + 1]!);
		}
	}
	return [...bigrams];
}

interface Scored {
	id: string;
	score: number;
}

/** Each page's bigram score, best first: the sum of the engine's scores for the bigrams it holds. */
export function rankByBigrams(lists: Scored[][]): Scored[] {
	const scores = new Map<string, number>();
	for (const list of lists) for (const { id, score } of list) scores.set(id, (scores.get(id) ?? 0) + score);
	return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
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
