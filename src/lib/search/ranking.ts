/**
 * Pagefind ranking for our index. Search tags are what readers type (`이니시스 계약절차`), so a page
 * tagged with the query ranks above one that mentions it in passing.
 */
export const RANKING = {
	metaWeights: { searchTags: 10 },
} as const;

/** How many results are shown at first, and how many more each "결과 더 보기" shows. */
export const PAGE_SIZE = 6;
/** How many results get their data loaded at once: enough to re-rank the first page by title. */
export const BATCH_SIZE = 8;
