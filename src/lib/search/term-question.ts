import { PLATFORM_NAME } from '../korean/aliases';
import { createTermMatcher, type MatchableTerm, type TermMatcher } from '../glossary/match';

/**
 * Questions that ask what a glossary term is (`MID가 뭐예요`, `바로오픈이란`, `영중소 뜻`, `사이트코드`): their answer is
 * the term's entry on the glossary page, before any page that uses the word. The glossary page lists every name of
 * every term in a Pagefind filter (`TERM_FILTER`), so the search box knows the names without a file of its own.
 */

/**
 * Words beside a term that ask for its meaning (`보증보험 의미`), or how its names differ (`V1 V2 차이`, `신모듈 구모듈
 * 뭐가 달라요`): the question is still the term alone.
 */
const MEANING_WORDS = new Set(['뜻', '의미', '정의', '개념', '설명', '차이', '달라', '다르']);

/** Question words that ask something else of a term than what it is: `카드사 심사 얼마나 걸려요` asks how long. */
const OTHER_QUESTIONS = /^(어떻게|어떡|어디|언제|얼마|왜|몇|며칠|누가|누구)/;

/**
 * The terms the filter's values (`<id>=<name>`) name, for the glossary's own matcher; each name found as written.
 * @example termsOfFilter(['mid=MID', 'mid=사이트코드']) // [{ id: 'mid', term: 'MID', names: ['사이트코드'], … }]
 */
export function termsOfFilter(values: readonly string[]): MatchableTerm[] {
	const names = new Map<string, string[]>();
	for (const value of values) {
		const at = value.indexOf('=');
		if (at > 0) names.set(value.slice(0, at), [...(names.get(value.slice(0, at)) ?? []), value.slice(at + 1)]);
	}
	return [...names].map(([id, [term, ...others]]) => ({ id, term: term!, names: others, pgNames: [], exclude: [] }));
}

export const glossaryMatcher = (values: readonly string[]) => createTermMatcher(termsOfFilter(values));

/**
 * The term a query asks about: its content words, words asking for a meaning aside, are one of the term's names
 * whole (any spacing, any case), or each a name of the same term (`V1 V2`: the entry V1·V2), and no question word asks
 * something else. A query with more to it (`키파일 어디로 보내요`, `카드사 심사 얼마나 걸려요`) asks something else,
 * unless it says it asks what a term means (`defines`: `관리자콘솔이란 게 포트원 화면이에요?`).
 * @example askedTerm(['mid'], ['뭐예요'], matcher)?.id // 'mid'
 * @example askedTerm(['v1', 'v2', '차이'], [], matcher)?.id // 'portone-version'
 * @example askedTerm(['키파일', '보내'], ['어디로'], matcher) // undefined
 * @example askedTerm(['카드사', '심사'], ['얼마나', '걸려요'], matcher) // undefined
 * @example askedTerm(['관리자콘솔', '포트원', '화면'], [], matcher, ['관리자콘솔'])?.id // 'admin-console'
 */
export function askedTerm<Term extends MatchableTerm>(
	terms: readonly string[],
	functionWords: readonly string[],
	matcher: TermMatcher<Term>,
	defines: readonly string[] = [],
): Term | undefined {
	const words = terms.filter((term) => !MEANING_WORDS.has(term));
	if (words.length === 0 || functionWords.some((word) => OTHER_QUESTIONS.test(word))) return undefined;
	// `관리자콘솔이란 게 포트원 화면이에요?`: what the term is, whatever else is asked of it.
	const defined = defines.map((name) => matcher.termNamed(name)?.term).find((term) => term !== undefined);
	if (defined) return defined;
	// The platform's name is where a term is used (`포트원에서 말하는 채널`), unless the name holds it (`포트원 1차 검수`).
	const withoutPlatform = words.filter((word) => word !== PLATFORM_NAME);
	return namedBy(words, matcher) ?? (withoutPlatform.length && withoutPlatform.length < words.length ? namedBy(withoutPlatform, matcher) : undefined);
}

/** The term `words` name: all of them one name, or each a name of the same term. */
function namedBy<Term extends MatchableTerm>(words: readonly string[], matcher: TermMatcher<Term>): Term | undefined {
	const whole = matcher.termNamed(words.join(' '))?.term;
	if (whole || words.length === 1) return whole;
	const each = words.map((word) => matcher.termNamed(word)?.term);
	return each.every((term) => term !== undefined && term.id === each[0]!.id) ? each[0] : undefined;
}
