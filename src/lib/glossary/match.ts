import { nameKey, namesOf } from './names';
import type { GlossaryTerm } from './schema';

/**
 * Finding glossary terms in text: the one matcher the page marks and the search share. Pure and small (no YAML, no
 * schema), so that the browser can run it over the term list.
 *
 *   const { findTerm, findTerms } = createTermMatcher(glossary.terms);
 *   findTerm('MID가 뭐예요')?.term.id // 'mid'
 *   findTerm('사이트코드')             // { term: MID's entry, text: '사이트코드', pgs: ['nhn-kcp'], … }
 */

/** The fields of a term the matcher reads (a search index may ship just these). */
export type MatchableTerm = Pick<GlossaryTerm, 'id' | 'term' | 'names' | 'pgNames' | 'exclude'>;

export interface TermMention<Term extends MatchableTerm = MatchableTerm> {
	term: Term;
	/** The words as written in the text. */
	text: string;
	/** Where they start in the text (after NFC normalization). */
	index: number;
	/** The PGs (procedure file names) that call the term by these words, when they are a PG's own name for it. */
	pgs: string[];
}

export interface TermMatcher<Term extends MatchableTerm> {
	/** The first term named in `text` (the longest name where two start at the same place), if any. */
	findTerm(text: string): TermMention<Term> | undefined;
	/** Every term named in `text`, left to right, none overlapping. */
	findTerms(text: string): TermMention<Term>[];
	/** The term whose name `name` is, written whole (any spacing, any case). */
	termNamed(name: string): TermMention<Term> | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[A-Za-z0-9]/;

/**
 * A name as a pattern: each space may be there or not (`키 파일`, `키파일`), and a name that starts or ends with a
 * Latin letter or digit does not match inside a longer Latin word (`MID` is not in `MIDAS`, `V1` not in `V10`).
 */
function namePattern(name: string): string {
	const words = name.trim().split(/\s+/).map(escape).join('\\s*');
	return `${LATIN.test(name[0]!) ? '(?<![A-Za-z0-9])' : ''}${words}${LATIN.test(name.at(-1)!) ? '(?![A-Za-z0-9])' : ''}`;
}

export function createTermMatcher<Term extends MatchableTerm>(terms: readonly Term[]): TermMatcher<Term> {
	const byKey = new Map<string, { term: Term; pgs: string[] }>();
	for (const term of terms) {
		const general = new Set([term.term, ...term.names].map(nameKey));
		for (const [field, name] of namesOf(term)) {
			const entry = byKey.get(nameKey(name)) ?? { term, pgs: [] };
			// A PG's name for the term, unless it is what everyone calls it (a PG whose MID is just called MID).
			if (field[0] === 'pgNames' && !general.has(nameKey(name))) entry.pgs.push(term.pgNames[field[1] as number]!.pg);
			byKey.set(nameKey(name), entry);
		}
	}
	// Longest first: an alternation takes the first that matches where the match starts.
	const names = [...new Set(terms.flatMap((term) => namesOf(term).map(([, name]) => name)))].sort((a, b) => nameKey(b).length - nameKey(a).length);
	const pattern = names.map(namePattern).join('|');
	const excluded = (term: Term, text: string, start: number, end: number) =>
		term.exclude.some((phrase) => {
			const found = new RegExp(namePattern(phrase), 'giu');
			for (const match of text.matchAll(found)) if (match.index < end && match.index + match[0].length > start) return true;
			return false;
		});

	function findTerms(input: string): TermMention<Term>[] {
		if (!pattern) return [];
		const text = input.normalize('NFC');
		const mentions: TermMention<Term>[] = [];
		for (const match of text.matchAll(new RegExp(pattern, 'giu'))) {
			const entry = byKey.get(nameKey(match[0]));
			if (!entry || excluded(entry.term, text, match.index, match.index + match[0].length)) continue;
			mentions.push({ term: entry.term, text: match[0], index: match.index, pgs: entry.pgs });
		}
		return mentions;
	}

	return {
		findTerms,
		findTerm: (text) => findTerms(text)[0],
		termNamed(name) {
			const entry = byKey.get(nameKey(name));
			return entry && { term: entry.term, text: name, index: 0, pgs: entry.pgs };
		},
	};
}
