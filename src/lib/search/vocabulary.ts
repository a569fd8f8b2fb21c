import { stripParticle } from '../korean/particles';
import { HANGUL_SYLLABLE, splitWords } from '../korean/text';

/**
 * The words a typo is corrected to: the Hangul words of the indexed pages, particles off, most widely
 * used first. Built with the index and written next to it (`VOCABULARY_FILE`); the search box loads it
 * only when a query word finds nothing.
 */

export interface Vocabulary {
	/** Words, the ones on most pages first. */
	words: string[];
}

/** Words shorter than this are not corrected (one syllable off in two is another word), nor longer ones. */
const MIN_SYLLABLES = 2;
const MAX_SYLLABLES = 12;
/** Enough for every word of a help center; the rarest beyond it are left out to keep the file small. */
export const MAX_WORDS = 8000;

const isHangulWord = (word: string) => [...word].every((char) => HANGUL_SYLLABLE.test(char));

/** The vocabulary of pages, each given as the texts it was indexed from. */
export function buildVocabulary(pages: string[][]): Vocabulary {
	const pagesWith = new Map<string, number>();
	for (const texts of pages) {
		const words = new Set(
			texts
				.flatMap(splitWords)
				.filter(isHangulWord)
				.map(stripParticle)
				.filter((word) => [...word].length >= MIN_SYLLABLES && [...word].length <= MAX_SYLLABLES),
		);
		for (const word of words) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
	}
	const words = [...pagesWith]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, MAX_WORDS)
		.map(([word]) => word);
	return { words };
}

/** The vocabulary file as loaded, or an error naming what is wrong with it. */
export function parseVocabulary(json: unknown, source: string): Vocabulary {
	const words = (json as Partial<Vocabulary> | null)?.words;
	if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) {
		throw new Error(`${source}: "words" must be a list of strings`);
	}
	return { words };
}
