/** How many results are shown at first, and how many more each "결과 더 보기" shows. */
export const PAGE_SIZE = 6;
/** How many results get their data loaded at once: enough to re-rank the first page by title. */
export const BATCH_SIZE = 8;
/** Fewer full matches than this, and the query's words are also searched one by one and split where a space may be missing. */
export const FALLBACK_BELOW = 3;
/**
 * A title or search tag equal to the query lifts a page this much (a share of it for a share of the
 * query) over one whose title or tags only start with the query's words.
 */
export const EXACT_PHRASE_BOOST = 2;
/** Milliseconds the search box waits after a keystroke: Pagefind's own UI waits 300; a burst of keys is over well before. */
export const INPUT_DEBOUNCE_MS = 25;
/**
 * A question's function words are not searched, but an FAQ titled with them (결제취소는 언제까지 가능한가요?
 * for "결제취소 언제까지 되나요") asks the reader's question: its title lifts it this much.
 */
export const QUESTION_TITLE_BOOST = 0.5;
/** A page holding the kind of answer a question asks for (a duration for 얼마나 걸려요) is lifted this much. */
export const ANSWER_BOOST = 0.5;
/**
 * A verb's stem weighs this share of a noun found on as many pages: "파트너한테 돈 보낸" is answered by a page
 * on 파트너 정산 that says 지급, not by the one page that happens to say 보낸.
 */
export const VERB_WEIGHT = 0.4;
/**
 * A page whose one section holds all the query's words is lifted this much (a share of it for the square of
 * a share of the words): it answers in one place, where another page mentions each word somewhere.
 */
export const SECTION_SHARE_BOOST = 4;
/**
 * How much more a page counts when the section that answers writes the query's neighbouring words side by side
 * (`kpn card direct`: 카드 다이렉트), by the share of such pairs. 0.15 to 0.7 measured; only 0.2 leaves no set lower
 * (docs/benchmarks.md).
 */
export const PAIR_BOOST = 0.2;
/**
 * A date weighs this much more than a word found on as many pages: notices repeat their words each year
 * (이용약관 개정, 개인정보처리방침), and the date the reader typed says which one is meant.
 */
export const DATE_WEIGHT = 3;
/**
 * How much the syllable-bigram ranking (./bigrams.ts) weighs in its weighted sum with the word ranking, each as a
 * share of its best page's score. Measured 0.15–0.7 and rank fusion (RRF, k 10 and 60) when Pagefind scored the
 * bigrams (0.5 was best), 0.3–0.9 since they have their own index (./bigram-index.ts): docs/benchmarks.md.
 */
export const BIGRAM_WEIGHT = 0.8;

/**
 * How many PGs a general page names where it answers to count as a list of PGs, which answers a which-PG question
 * itself: two are an example or an exception (다날과 토스페이는 앱마켓 등록이 필수). 2 and 3 measured: docs/benchmarks.md.
 */
export const PG_LIST_MIN = 3;

/**
 * How many PGs' pages answering better than any general page make the words every PG's procedure, for a question naming
 * no PG (./run.ts `everyPgsWords`). 3 to 8 measured: docs/benchmarks.md.
 */
export const EVERY_PG_MIN = 5;
