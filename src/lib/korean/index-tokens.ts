import { getChoseong } from 'es-hangul';
import { koreanPgNames } from './aliases';
import { dateTokens } from './date-tokens';
import { hasHangul, HANGUL_SYLLABLE, splitWords } from './text';

/**
 * Extra words for the search index. Pagefind splits Korean on spaces only and matches each query word
 * as the prefix of an indexed word, so `절차` would never find `계약절차`, nor `이니시스` find `KG이니시스`.
 * Indexing every Hangul suffix of a word (`계약절차` → `약절차`, `절차`) lets a query find any part of a
 * compound, and the query side stays a plain prefix search.
 */

/**
 * Opens and closes each run of added tokens (U+2063 INVISIBLE SEPARATOR): Pagefind ignores it when it
 * indexes a word but keeps it in the text excerpts are cut from, so excerpts can drop the tokens. One
 * mark per run, not per token: every character Pagefind has to strip costs index time on a large site.
 */
export const TOKEN_MARK = '\u2063';

/** Suffixes of a word that start on a Hangul syllable and are at least two characters long. */
export function suffixTokens(word: string): string[] {
	const chars = [...word];
	const tokens: string[] = [];
	for (let start = 1; start <= chars.length - 2; start++) {
		if (HANGUL_SYLLABLE.test(chars[start]!)) tokens.push(chars.slice(start).join(''));
	}
	return tokens;
}

/** The initial sounds of a word's Hangul (`KG이니시스` → `ㅇㄴㅅㅅ`), for queries typed as 초성. */
export function choseongToken(word: string): string | undefined {
	const choseong = getChoseong(word).replace(/\s/g, '');
	return choseong.length >= 2 ? choseong : undefined;
}

/**
 * Tokens for running text: the suffixes of its Hangul words, its dates as readers type them (02/13 →
 * 2월13일), and the Korean names of PGs it writes in Latin letters (TOSS PAYMENTS → 토스페이먼츠).
 */
export function textTokens(text: string): string[] {
	return unique([...splitWords(text).filter(hasHangul).flatMap(suffixTokens), ...dateTokens(text), ...koreanPgNames(text)]);
}

/**
 * Tokens for a short phrase that readers type from memory (a title, a heading, a search tag): also its
 * words joined without spaces (`이니시스 계약절차` → `이니시스계약절차`), the 초성 of each word, its dates and PG names.
 */
export function phraseTokens(phrase: string): string[] {
	const words = splitWords(phrase);
	const joined = words.length > 1 ? [words.join(''), ...words.slice(1).map((word, index) => words[index] + word)] : [];
	return unique([
		...joined,
		...words.filter(hasHangul).flatMap(suffixTokens),
		...words.filter(hasHangul).map(choseongToken).filter((token): token is string => Boolean(token)),
		...dateTokens(phrase),
		...koreanPgNames(phrase),
	]);
}

/** Tokens as one marked run, ready to be indexed next to the text they come from. */
export function markTokens(tokens: string[]): string {
	return `${TOKEN_MARK}${tokens.join(' ')}${TOKEN_MARK}`;
}

/**
 * Indexed text without the added tokens (and the full stop Pagefind puts after an attribute's text). A run
 * cut off by the end of the text is dropped too.
 */
export function stripMarkedTokens(text: string): string {
	return text
		.replace(new RegExp(`\\s*${TOKEN_MARK}[^${TOKEN_MARK}]*(${TOKEN_MARK}\\S*|$)`, 'g'), '')
		.replace(/\s{2,}/g, ' ')
		.trim();
}

const unique = (tokens: string[]) => [...new Set(tokens)];
