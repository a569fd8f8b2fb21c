import { describe, expect, it } from 'vitest';
import { fuseWithBigrams, queryBigrams } from '../../../src/lib/search/bigrams';

describe('syllable bigrams', () => {
	it('takes the Hangul bigrams of each word once, none across words or from Latin letters', () => {
		expect(queryBigrams(['정산금액', '정산'])).toEqual(['정산', '산금', '금액']);
		expect(queryBigrams(['키', 'mid', 'kg이니시스'])).toEqual(['이니', '니시', '시스']);
	});

	it('fuses by a weighted sum of each ranking’s share of its best, keeping the word ranking’s fields', () => {
		const words = [
			{ id: 'words', score: 10, words: 2 },
			{ id: 'both', score: 8, words: 2 },
		];
		const bigrams = [
			{ id: 'both', score: 6 },
			{ id: 'bigrams', score: 5 },
		];
		const fused = fuseWithBigrams(words, bigrams, 0.5);
		expect(fused.map(({ id }) => id)).toEqual(['both', 'words', 'bigrams']);
		expect(fused[0]).toEqual({ id: 'both', score: 0.5 * 0.8 + 0.5, words: 2 });
		// Weight 0: the word ranking as it was.
		expect(fuseWithBigrams(words, bigrams, 0).map(({ id }) => id)).toEqual(['words', 'both', 'bigrams']);
	});
});
