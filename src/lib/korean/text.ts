/**
 * Korean text as both the search index and the search box see it. Index tokens and query terms are
 * made by the same functions, so the two can never drift apart.
 */

/** A complete Hangul syllable (가–힣). */
export const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
/** A compatibility jamo typed on its own (ㄱ–ㅎ, ㅏ–ㅣ): an initial-sound query or an unfinished syllable. */
export const HANGUL_JAMO = /[\u3131-\u318E]/;

/**
 * NFC (text pasted from macOS arrives decomposed), lowercase, full-width Latin and digits folded.
 * Not NFKC: it would turn the jamo of a 초성 query (ㅇ) into conjoining jamo (ᄋ).
 */
export function normalizeText(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
		.toLowerCase();
}

/**
 * Words as Pagefind splits them: runs of letters and digits. `2~3영업일` gives `2` and `3영업일`,
 * `KG이니시스,` gives `kg이니시스`.
 */
export function splitWords(text: string): string[] {
	return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Text without spaces or punctuation, for spacing-insensitive comparison. */
export function compact(text: string): string {
	return splitWords(text).join('');
}

export const hasHangul = (word: string) => HANGUL_SYLLABLE.test(word);
export const isJamoOnly = (word: string) => word.length > 0 && [...word].every((char) => HANGUL_JAMO.test(char));
