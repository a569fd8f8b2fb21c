import { describe, expect, it } from 'vitest';
import { PG_FILTER, TERM_FILTER, WHICH_PG_FILTER } from '../../../src/lib/search/contract';
import { BIGRAM_PAGES_FILE, bigramShardFile, buildBigramIndex, shardOf } from '../../../src/lib/search/bigram-index';
import { pagefindEngine, type Pagefind } from '../../../src/lib/search/pagefind-engine';

/** A Pagefind that knows three pages, two of them about one PG each, and records what it was asked. */
function fakePagefind({ failFilters = false } = {}) {
	const asked: unknown[] = [];
	const result = (id: string) => ({ id, score: 1, data: async () => ({ url: `/${id}/`, content: '', meta: {}, anchors: [], sub_results: [] }) });
	const pagefind: Pagefind = {
		search: (async (query: string | null, options?: { filters: Record<string, { any: string[] }> }) => {
			asked.push(query ?? options);
			if (query === null && options?.filters[TERM_FILTER]) return { results: [result('glossary')] };
			if (query === null && options?.filters[WHICH_PG_FILTER]) return { results: [result('choose'), result('compare')] };
			if (query === null) return { results: (options?.filters[PG_FILTER]?.any ?? []).map((pg) => result(`about-${pg}`)) };
			return { results: [result('general'), result('about-다날')] };
		}) as Pagefind['search'],
		filters: async () => {
			if (failFilters) throw new Error('filter chunk not saved');
			return { [PG_FILTER]: { 다날: 1, 페이코: 1 }, [TERM_FILTER]: { 'mid=MID': 1, 'mid=사이트코드': 1 }, [WHICH_PG_FILTER]: { '결제대행사 고르기': 1, 'PG 계약 한눈에 비교': 1 } };
		},
	};
	return { pagefind, asked };
}

/** An index without bigram files (an older build, offline and not saved). */
const noBigramIndex = async (name: string) => {
	throw new Error(`${name} not found`);
};

/** The bigram index of two pages as the build writes it, served by file name, counting what was read. */
function bigramFiles() {
	const index = buildBigramIndex([
		{ id: 'general', text: '정산 안내 정산 주기', weighted: [] },
		{ id: 'about-다날', text: '계약 안내', weighted: [] },
	]);
	const read: string[] = [];
	const files = new Map<string, unknown>([[BIGRAM_PAGES_FILE, index.pages], ...index.shards.map((shard, number) => [bigramShardFile(number), shard] as const)]);
	const file = async (name: string) => {
		read.push(name);
		if (!files.has(name)) throw new Error(`${name} not found`);
		return files.get(name);
	};
	return { index, file, read, files };
}

describe('Pagefind as a run’s engine', () => {
	it('answers a search once while it is repeated', async () => {
		const { pagefind, asked } = fakePagefind();
		const engine = pagefindEngine(async () => pagefind, async () => [], noBigramIndex);
		await engine.search('계약');
		await engine.search('계약');
		expect(asked).toEqual(['계약']);
	});

	it('finds the pages about one PG through the PG filter, once', async () => {
		const { pagefind, asked } = fakePagefind();
		const engine = pagefindEngine(async () => pagefind, async () => [], noBigramIndex);
		expect([...(await engine.onePgPages())].sort()).toEqual(['about-다날', 'about-페이코']);
		await engine.onePgPages();
		expect(asked).toEqual([{ filters: { [PG_FILTER]: { any: ['다날', '페이코'] } } }]);
	});

	it('takes no page for one PG’s when the filter cannot be read (offline, not saved)', async () => {
		const { pagefind } = fakePagefind({ failFilters: true });
		const engine = pagefindEngine(async () => pagefind, async () => [], noBigramIndex);
		expect(await engine.onePgPages()).toEqual(new Set());
	});

	it('reads the glossary’s names and finds its page through the term filter, reading the filters once', async () => {
		const { pagefind, asked } = fakePagefind();
		let filterReads = 0;
		const counted: Pagefind = { ...pagefind, filters: () => (filterReads++, pagefind.filters()) };
		const engine = pagefindEngine(async () => counted, async () => [], noBigramIndex);
		const glossary = (await engine.glossary())!;
		await engine.onePgPages();
		expect(glossary.matcher.termNamed('사이트 코드')?.term.id).toBe('mid');
		expect(glossary.page.id).toBe('glossary');
		expect(asked).toContainEqual({ filters: { [TERM_FILTER]: { any: ['mid=MID'] } } });
		expect(filterReads).toBe(1);
	});

	it('has no glossary when the filter cannot be read', async () => {
		const { pagefind } = fakePagefind({ failFilters: true });
		expect(await pagefindEngine(async () => pagefind, async () => [], noBigramIndex).glossary()).toBeUndefined();
	});

	it('finds the pages that pick among PGs through their filter, and none when the filter cannot be read', async () => {
		const { pagefind, asked } = fakePagefind();
		expect((await pagefindEngine(async () => pagefind, async () => [], noBigramIndex).whichPgPages()).map(({ id }) => id)).toEqual(['choose', 'compare']);
		expect(asked).toContainEqual({ filters: { [WHICH_PG_FILTER]: { any: ['결제대행사 고르기', 'PG 계약 한눈에 비교'] } } });
		const failing = fakePagefind({ failFilters: true }).pagefind;
		expect(await pagefindEngine(async () => failing, async () => [], noBigramIndex).whichPgPages()).toEqual([]);
	});

	it('scores bigrams from the pages file and the shards of the query’s bigrams, each file read once', async () => {
		const { pagefind } = fakePagefind();
		const { index, file, read } = bigramFiles();
		const engine = pagefindEngine(async () => pagefind, async () => [], file);
		expect((await engine.bigrams(['정산', '주기'])).map(({ id }) => id)).toEqual(['general']);
		expect((await engine.bigrams(['계약', '안내'])).map(({ id }) => id).sort()).toEqual(['about-다날', 'general']);
		const shards = new Set(['정산', '주기', '계약', '안내'].map((bigram) => bigramShardFile(shardOf(bigram, index.pages.shards))));
		expect(read.sort()).toEqual([BIGRAM_PAGES_FILE, ...shards].sort());
		// No bigram (a Latin query): nothing is read.
		expect(await pagefindEngine(async () => pagefind, async () => [], file).bigrams([])).toEqual([]);
	});

	it('fails a bigram search when a file cannot be read, and reads it again next time (offline, then online)', async () => {
		const { pagefind } = fakePagefind();
		const { file, files } = bigramFiles();
		const saved = new Map(files);
		files.clear();
		const engine = pagefindEngine(async () => pagefind, async () => [], file);
		await expect(engine.bigrams(['정산'])).rejects.toThrow(`${BIGRAM_PAGES_FILE} not found`);
		for (const [name, json] of saved) files.set(name, json);
		expect((await engine.bigrams(['정산'])).map(({ id }) => id)).toEqual(['general']);
	});

	it('rejects a damaged bigram file naming it', async () => {
		const { pagefind } = fakePagefind();
		const engine = pagefindEngine(async () => pagefind, async () => [], async () => ({ pages: ['a'], lengths: 'x', shards: 1 }));
		await expect(engine.bigrams(['정산'])).rejects.toThrow(`${BIGRAM_PAGES_FILE}: "lengths"`);
	});
});
