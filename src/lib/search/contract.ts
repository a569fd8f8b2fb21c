import { TOKEN_MARK } from '../korean/index-tokens';

/**
 * What the pages, the index builder and the search box agree on about the Pagefind index: one place, so
 * that renaming a field cannot break one side silently.
 */

/** The meta field holding what a page is found by besides its text (search tags, PG companies, tags). */
export const SEARCH_TAGS_META = 'searchTags';
/** The attribute of the element carrying that meta field's value, phrases apart by `PHRASE_SEPARATOR`. */
export const SEARCH_TAGS_ATTRIBUTE = 'data-search-tags';
/** `data-pagefind-meta` value of that element: Pagefind reads the meta field from the attribute. */
export const SEARCH_TAGS_PAGEFIND_META = `${SEARCH_TAGS_META}[${SEARCH_TAGS_ATTRIBUTE}]`;
/** Meta fields whose values get Korean index tokens (src/lib/search/index-html.ts). */
export const TOKENIZED_META = [SEARCH_TAGS_META];
/** The attribute Pagefind indexes the Korean tokens of a block of text from (`data-pagefind-index-attrs`). */
export const TOKENS_ATTRIBUTE = 'data-ko';
/**
 * The Pagefind filter naming the one PG a page is about (frontmatter `pgCompanies` with a single PG, not 공통):
 * a query that names no PG asks the general rule, and a page about no single PG answers it first
 * (src/lib/search/run.ts). Set by the page, read by the search box through Pagefind's filters.
 */
export const PG_FILTER = 'pg';
/** The attribute of the element carrying that filter's value. */
export const PG_FILTER_ATTRIBUTE = 'data-pg';
/** `data-pagefind-filter` value of that element. */
export const PG_PAGEFIND_FILTER = `${PG_FILTER}[${PG_FILTER_ATTRIBUTE}]`;
/**
 * The Pagefind filter of the glossary page: every name of every term (MID, 상점아이디, 사이트코드…) as `<id>=<name>`.
 * A query that asks what a term is finds its entry by these names (src/lib/search/term-question.ts), read through
 * Pagefind's filters like `PG_FILTER`.
 */
export const TERM_FILTER = 'term';
export const TERM_FILTER_ATTRIBUTE = 'data-term';
export const TERM_PAGEFIND_FILTER = `${TERM_FILTER}[${TERM_FILTER_ATTRIBUTE}]`;
export const termFilterValue = (id: string, name: string) => `${id}=${name}`;

/**
 * The Pagefind filter of the pages that pick among PGs (the chooser /choose/ and the comparison /compare/): a question
 * that asks which PG to use (`정기결제 되는 PG`, ../korean/which-pg.ts) finds them first (./run.ts). Each page's value
 * is its title.
 */
export const WHICH_PG_FILTER = 'which-pg';
export const WHICH_PG_FILTER_ATTRIBUTE = 'data-which-pg';
export const WHICH_PG_PAGEFIND_FILTER = `${WHICH_PG_FILTER}[${WHICH_PG_FILTER_ATTRIBUTE}]`;

/** The typo-correction vocabulary, written next to Pagefind's files (src/lib/search/vocabulary.ts). */
export const VOCABULARY_FILE = 'ko-vocabulary.json';

/**
 * Pagefind ranking for our index. Search tags are what readers type (`이니시스 계약절차`), so a page
 * tagged with the query ranks above one that mentions it in passing.
 */
export const RANKING = {
	metaWeights: { [SEARCH_TAGS_META]: 10 },
} as const;

/** A page as Pagefind's `result.data()` gives it: the part of its API the search box reads. */
export interface PageFragment {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	/** The page's Pagefind filters and their values (`PG_FILTER`). */
	filters?: Record<string, string[]>;
	anchors: { element: string; id: string; text?: string; location: number }[];
	sub_results: { url: string; weighted_locations: { balanced_score: number }[] }[];
}

/** The PG a page is about, from its filter; undefined for a page about no single PG. */
export const pageAboutPg = (fragment: Pick<PageFragment, 'filters'>): string | undefined => fragment.filters?.[PG_FILTER]?.[0];

/**
 * True for a page that gives the general answer to a question naming no PG: about no single PG, and not the
 * glossary, whose entries say what a word means (a term question finds its entry first), not how to do a thing.
 */
export const givesGeneralAnswer = (fragment: Pick<PageFragment, 'filters'>): boolean => pageAboutPg(fragment) === undefined && !isGlossary(fragment);

/** True for the glossary page: the one page with the `TERM_FILTER`. */
export const isGlossary = (fragment: Pick<PageFragment, 'filters'>): boolean => !!fragment.filters?.[TERM_FILTER]?.length;

/**
 * The phrases a page is found by exactly: its title and its search tags as written. The index builder
 * puts the tags' tokens after them as one marked run (../korean/index-tokens.ts): tokens are not phrases
 * the page was tagged with, so an exact match must not count them.
 */
export function exactPhrases(meta: PageFragment['meta']): string[] {
	const tags = (meta[SEARCH_TAGS_META] ?? '').split(TOKEN_MARK)[0]!;
	return [meta.title ?? '', ...tags.split(PHRASE_SEPARATOR.trim())].map((phrase) => phrase.trim()).filter(Boolean);
}

/**
 * Between the phrases of a meta field's value: U+2064 between spaces. Pagefind turns newlines into spaces
 * in a meta value and indexes no word for a lone invisible mark, so the phrases can be told apart again.
 */
export const PHRASE_SEPARATOR = ' \u2064 ';
