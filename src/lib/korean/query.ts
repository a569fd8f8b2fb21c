import { convertQwertyToHangul, removeLastCharacter } from 'es-hangul';
import { isPgName, LATIN_ALIASES, PG_NAMES } from './aliases';
import { stripParticle } from './particles';
import { HANGUL_JAMO, HANGUL_SYLLABLE, hasHangul, isJamoOnly, normalizeText } from './text';

/**
 * Turns what a reader typed into the searches to run. One query can mean several strings to Pagefind:
 * while a syllable is still being composed, `이니싯` is on its way to `이니시스`; `이니시스계약절차` typed
 * without a space is the two words of the article. Each variant carries a weight for merging results.
 */

export interface QueryVariant {
	query: string;
	weight: number;
}

export interface ParsedQuery {
	/** The query's words as the index spells them (particles off). */
	terms: string[];
	/** Words every result must contain: the names of payment gateways. */
	required: string[];
	/** Searches to run, best first. */
	variants: QueryVariant[];
	/** Searches to add when the variants find little: the words split where a space may have been left out. */
	fallbacks: QueryVariant[];
}

/**
 * A Latin word typed with the keyboard in English layout (`dlsltltm` → `이니시스`, `rPdirwjfck` →
 * `계약절차`; case matters, Shift gives ㅖ), when it reads as two or more whole syllables. Short words
 * stay Latin: `ci` would read as 챠.
 */
export function fromQwerty(word: string): string | undefined {
	if (!/^[a-z]{4,}$/i.test(word)) return undefined;
	const hangul = convertQwertyToHangul(word);
	const chars = [...hangul];
	return chars.length >= 2 && chars.every((char) => HANGUL_SYLLABLE.test(char)) ? hangul : undefined;
}

/** One query word as the index spells it: alias, keyboard layout, unfinished jamo (`계약절ㅊ` → `계약절`). */
export function normalizeQueryWord(typed: string): string {
	const word = normalizeText(typed);
	const latin = LATIN_ALIASES[word] ?? fromQwerty(typed.normalize('NFC'));
	if (latin) return latin;
	if (isJamoOnly(word)) return word;
	return word.replace(new RegExp(`(?<=\\p{L})${HANGUL_JAMO.source}+$`, 'u'), '');
}

/**
 * Two-part splits of a Hangul word typed without a space: `이니시스계약절차` → `이니시스 계약절차`.
 * Parts have two syllables or more, except in a three-syllable word (`키파일` → `키 파일`).
 */
export function spacingSplits(word: string): string[] {
	const chars = [...word];
	if (!chars.every((char) => HANGUL_SYLLABLE.test(char)) || chars.length < 3 || chars.length > 10) return [];
	const shortest = chars.length === 3 ? 1 : 2;
	const splits: string[] = [];
	for (let at = shortest; at <= chars.length - shortest; at++) {
		splits.push(`${chars.slice(0, at).join('')} ${chars.slice(at).join('')}`);
	}
	return splits;
}

export function parseQuery(raw: string, { composing = false } = {}): ParsedQuery {
	// Case is kept until each word is read: the English-layout check needs it.
	const words = (raw.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(normalizeQueryWord).filter(Boolean);
	if (words.length === 0) return { terms: [], required: [], variants: [], fallbacks: [] };
	const last = words.length - 1;
	// While composing, the last syllable may still lose its final consonant to the next one (이니싯 → 이니시스).
	const typed = composing && hasHangul(words[last]!) ? [...words.slice(0, last), removeLastCharacter(words[last]!)] : words;
	// Particles come off for matching (키파일을 → 키파일); the words as typed still rank first (토스페이, not 토스페).
	const stems = typed.map((word) => (hasHangul(word) && !PG_NAMES.includes(word) ? stripParticle(word) : word)).filter(Boolean);

	const variants = dedupe([
		{ query: words.join(' '), weight: 1 },
		{ query: typed.join(' '), weight: 0.95 },
		{ query: stems.join(' '), weight: 0.9 },
	]);
	const fallbacks = dedupe(
		stems.flatMap((word, index) =>
			spacingSplits(word).map((split) => ({ query: stems.map((other, i) => (i === index ? split : other)).join(' '), weight: 0.7 })),
		),
	).filter((variant) => !variants.some(({ query }) => query === variant.query));
	return { terms: stems, required: stems.filter(isPgName), variants, fallbacks };
}

function dedupe(variants: QueryVariant[]): QueryVariant[] {
	const seen = new Set<string>();
	return variants.filter(({ query }) => query && !seen.has(query) && seen.add(query));
}
