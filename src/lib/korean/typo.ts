import { disassemble } from 'es-hangul';

/**
 * One syllable mistyped on a phone keyboard (토스페이먼추, 빌링기, 정기결재) is one or two jamo off the
 * word meant. Words are compared jamo by jamo, a compound vowel or final as its parts (좌 = ㅈㅗㅏ), so
 * that 가상계자 is as close to 가상계좌 as it looks.
 */

/** Each word's jamo, kept: a vocabulary is compared with every word that finds nothing. */
const jamoCache = new Map<string, string[]>();
function jamo(word: string): string[] {
	let letters = jamoCache.get(word);
	if (!letters) jamoCache.set(word, (letters = [...disassemble(word)]));
	return letters;
}

/** Edit distance (insert, delete, substitute) between the jamo of two words. */
export function jamoDistance(a: string, b: string): number {
	const left = jamo(a);
	const right = jamo(b);
	// More letters apart than the limit of any typo: not worth the table.
	if (Math.abs(left.length - right.length) > 2) return Math.abs(left.length - right.length);
	let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
	for (let i = 1; i <= left.length; i++) {
		const current = [i];
		for (let j = 1; j <= right.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[right.length]!;
}

/** How far a word may be from the word meant: 1 jamo for words up to three syllables, 2 for longer ones. */
export const maxTypoDistance = (word: string) => ([...word].length <= 3 ? 1 : 2);

/**
 * The vocabulary word nearest to `word` within `maxTypoDistance`, the first of the vocabulary's order on
 * a tie (the vocabulary lists frequent words first); undefined when none is near enough. Only words of
 * about the same length are compared: a distance of 2 needs a length within 1 syllable.
 * @example nearestWord('토스페이먼추', ['토스페이먼츠', '토스페이']) // '토스페이먼츠'
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
	const limit = maxTypoDistance(word);
	const length = [...word].length;
	let best: { word: string; distance: number } | undefined;
	for (const candidate of vocabulary) {
		if (candidate === word || Math.abs([...candidate].length - length) > 1) continue;
		const distance = jamoDistance(word, candidate);
		if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
		if (best?.distance === 1) break;
	}
	return best?.word;
}
