import type { GlossaryTerm } from './schema';

/**
 * A term's names and how two spellings of a name compare: what the schema checks for clashes and the matcher finds,
 * free of the schema's validator so that the search box can run the matcher in the browser.
 */

/** Every name a term is found by, with the field it is written in: the term, its other names, the PGs' names. */
export function namesOf(term: Pick<GlossaryTerm, 'term' | 'names' | 'pgNames'>): [(string | number)[], string][] {
	return [
		[['term'], term.term],
		...term.names.map((name, index): [(string | number)[], string] => [['names', index], name]),
		...term.pgNames.map((pgName, index): [(string | number)[], string] => [['pgNames', index, 'name'], pgName.name]),
	];
}

/** A name as two spellings of it compare: NFC, no spaces, Latin in lower case. */
export const nameKey = (name: string) => name.normalize('NFC').replace(/\s+/g, '').toLowerCase();
