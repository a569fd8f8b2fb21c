/** What bench:search:quick runs of the search box's code; it bundles these same exports (search-quick.ts). */
export { parseQuery } from '../../src/lib/korean/query';
export { BIGRAM_DIR, bigramFileJson } from '../../src/lib/search/bigram-index';
export { RANKING, VOCABULARY_FILE } from '../../src/lib/search/contract';
export { pagefindEngine } from '../../src/lib/search/pagefind-engine';
export { PAGE_SIZE } from '../../src/lib/search/ranking';
export { runQuery } from '../../src/lib/search/run';
export { parseVocabulary } from '../../src/lib/search/vocabulary';
