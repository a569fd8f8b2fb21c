import { convertQwertyToHangul, disassemble, removeLastCharacter } from 'es-hangul';
import { isPgName, LATIN_ALIASES, nearPgName, PG_NAMES, SPELLED_OUT_ALIASES } from './aliases';
import { ENGLISH_FUNCTION_WORDS, englishWord, joinEnglishPhrases, LOANWORD_SPELLINGS } from './english';
import { isDateToken, joinDates } from './date-tokens';
import { EVERYDAY_WORDS, SAME_AS } from './everyday-words';
import { asksName, definedWords, splitWord, splitWordBeforeCan, type SplitWord } from './function-words';
import { stripParticle } from './particles';
import { HANGUL_JAMO, HANGUL_SYLLABLE, hasHangul, isJamoOnly, normalizeText } from './text';
import { asksWhichPg } from './which-pg';

/**
 * Turns what a reader typed into the words to search: content words (function words of a question set
 * aside, ./function-words.ts), each as the index spells it. One word can mean several strings to Pagefind:
 * while a syllable is still being composed, `이니싯` is on its way to `이니시스`; `이니시스계약절차` typed
 * without a space is the two words of the article.
 */

export interface QueryVariant {
	query: string;
	weight: number;
}

export interface ParsedQuery {
	/** The query's content words as the index spells them (particles and endings off): they carry the search. */
	terms: string[];
	/** The words that only make it a question (어디로, 보내나요 → 보내 stays, 해요 goes): not searched. */
	functionWords: string[];
	/** Other forms searched with each term: the articles' word for it (PG사, 결제대행사), and while a syllable is being composed, the last word without its last jamo. */
	alternatives: string[][];
	/** For each term, true when it is a verb's stem the articles may say with another word (보내 of 보내나요): it weighs less. */
	verbs: boolean[];
	/**
	 * For each term, true when the parser read it from its own tables — a PG's name, an English or Latin word,
	 * an everyday verb, a date: it is the word the reader meant, and a typo correction never replaces it.
	 */
	understood: boolean[];
	/** Words every result must contain: the names of payment gateways. */
	required: string[];
	/** Searches to add when the words find little: the words split where a space may have been left out. */
	fallbacks: QueryVariant[];
	/** True when the query asks which PG to use (`정기결제 되는 PG`): the chooser answers it (./which-pg.ts). */
	asksWhichPg: boolean;
	/** True when the query asks what a thing is called (`…를 뭐라고 불러요`): a glossary entry describes it. */
	asksName: boolean;
	/** The words the query asks the meaning of (`관리자콘솔이란 게 …`), as typed (./function-words.ts `definedWords`). */
	defines: string[];
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

/**
 * One query word as the index spells it: PG name or domain word in English, a PG name spelled out (케이씨피), keyboard layout, unfinished
 * jamo (`계약절ㅊ` → `계약절`). Beside English words (`card validity check`), a Latin word is English too,
 * not Hangul typed in the English layout (`check` is not 촏차).
 */
export function normalizeQueryWord(typed: string, { english = false } = {}): string {
	const word = normalizeText(typed);
	const latin =
		LATIN_ALIASES[word] ??
		SPELLED_OUT_ALIASES[word] ??
		SPELLED_OUT_ALIASES[stripParticle(word)] ??
		englishWord(word) ??
		(english ? undefined : fromQwerty(typed.normalize('NFC')));
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
	// Case is kept until each word is read: the English-layout check needs it. A day is one word (2월 13일 → 2월13일).
	const found = joinEnglishPhrases(joinDates(raw.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? []);
	// Each word as compared with the tables, and its Korean when it is an English word, looked up once.
	const plain = found.map(normalizeText);
	const korean = plain.map(englishWord);
	const english = korean.some(Boolean);
	const typedWords = found.map((typed, index) => ({ index, word: normalizeQueryWord(typed, { english }) })).filter(({ word }) => word);
	const words = typedWords.map(({ word }) => word);
	// An English word is searched as the articles' Korean word and as itself: some articles keep it (API Secret).
	const asTyped = typedWords.map(({ index }) => (korean[index] ? [plain[index]!] : []));
	const fromTable = typedWords.map(({ index }) => Boolean(LATIN_ALIASES[plain[index]!] ?? korean[index]));
	if (words.length === 0) return { terms: [], functionWords: [], alternatives: [], verbs: [], understood: [], required: [], fallbacks: [], asksWhichPg: false, asksName: false, defines: [] };
	// Particles and endings come off for matching (키파일을 → 키파일, 계약하려면 → 계약); PG names stay whole
	// (토스페이, not 토스페); a query of function words only (어떻게) is searched as it is.
	const split = words.map((word, index): SplitWord => {
		// A counter after 몇 (몇 개까지, 몇 번) is part of the question word.
		if (words[index - 1] === '몇') return { typed: word, content: undefined };
		// Beside English words, an English function word is an ending: not searched (refund after 30 days).
		if (english && ENGLISH_FUNCTION_WORDS.has(word)) return { typed: word, content: undefined };
		if (!hasHangul(word) || PG_NAMES.includes(word)) return { typed: word, content: word };
		// A PG name one jamo off is that PG (KG파이낸설), unless the reader is still typing it (이니싯 on the way to 이니시스).
		const pg = isPgName(word) || (composing && index === words.length - 1) ? undefined : nearPgName(stripParticle(word));
		if (pg) return { typed: word, content: pg };
		return words[index + 1] === '수' ? splitWordBeforeCan(word) : splitWord(word);
	});
	// 건 after a verb is 것 (계산하는 건): nothing to search.
	for (const [index, word] of split.entries()) if (index > 0 && isThing(word.typed, split[index - 1]!)) split[index] = { typed: word.typed, content: undefined };
	const hasContent = split.some((word) => word.content);
	// A verb the articles say with a noun is that noun (바꾸 → 변경).
	const read = split.map(({ typed, content, verb, whole }, index) => {
		if (!hasContent) return { word: typed, verb: false, forms: asTyped[index]!, understood: fromTable[index]! };
		const noun = content && EVERYDAY_WORDS[content];
		const word = noun ?? content;
		return {
			word,
			verb: !noun && Boolean(verb),
			// The verb as typed is searched too: a page may say it so (심사가 끝나기 전에 beside 계약완료).
			forms: [...asTyped[index]!, ...(noun ? [content] : whole ? [whole] : [])],
			understood: fromTable[index]! || Boolean(noun) || (word !== undefined && (PG_NAMES.includes(word) || isDateToken(word))),
		};
	});
	// A word typed twice (주문 취소되면 정산 취소 내역) counts once.
	const kept = read.filter(
		(word, index): word is { word: string; verb: boolean; forms: string[]; understood: boolean } =>
			Boolean(word.word) && read.findIndex((other) => other.word === word.word) === index,
	);
	const terms = kept.map(({ word }) => word);
	const content = read.map(({ word }) => word);
	// While composing, the last syllable may still lose its final consonant to the next one (이니싯 → 이니시스).
	const composed = composing && kept.at(-1) === read.at(-1) && content.at(-1) && hasHangul(words.at(-1)!) ? removeLastCharacter(content.at(-1)!) : undefined;
	const alternatives = kept.map(({ word, forms }, index) => [
		...new Set([
			...forms,
			...(SAME_AS[word] ?? []),
			...(LOANWORD_SPELLINGS[word] ? [LOANWORD_SPELLINGS[word]] : []),
			...(index === terms.length - 1 && composed ? [composed] : []),
		]),
	]);
	const fallbacks = dedupe(
		terms.flatMap((word, index) =>
			spacingSplits(word).map((split) => ({ query: terms.map((other, i) => (i === index ? split : other)).join(' '), weight: 0.7 })),
		),
	);
	return {
		terms,
		functionWords: split.filter((word) => hasContent && !word.content).map((word) => word.typed),
		alternatives,
		verbs: kept.map(({ verb }) => verb),
		understood: kept.map(({ understood }) => understood),
		required: terms.filter(isPgName),
		fallbacks,
		asksWhichPg: asksWhichPg(found.map(normalizeText)),
		asksName: asksName(plain),
		defines: definedWords(plain),
	};
}

/**
 * 건 after a verb's adnominal form is 것, "the thing" (계산하는 건, 바뀐 건): nothing to search. After a noun it
 * counts payments (정산 건, 지난달 건), which the articles say too.
 */
function isThing(word: string, previous: SplitWord): boolean {
	if (!/^건(?:은|도)?$/u.test(word) || !disassemble(previous.typed.slice(-1)).endsWith('ㄴ')) return false;
	return previous.content !== previous.typed || EVERYDAY_WORDS[previous.typed] !== undefined;
}

function dedupe(variants: QueryVariant[]): QueryVariant[] {
	const seen = new Set<string>();
	return variants.filter(({ query }) => query && !seen.has(query) && seen.add(query));
}
