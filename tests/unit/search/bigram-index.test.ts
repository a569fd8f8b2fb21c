import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { markTokens, textTokens } from '../../../src/lib/korean/index-tokens';
import {
	bigramFileJson,
	bigramPage,
	buildBigramIndex,
	parseBigramPages,
	parseBigramShard,
	scoreBigrams,
	shardOf,
	TAGS_WEIGHT,
	TITLE_WEIGHT,
	wordBigrams,
	type BigramPage,
} from '../../../src/lib/search/bigram-index';
import { SEARCH_TAGS_META, type PageFragment } from '../../../src/lib/search/contract';

/** A page's text as Pagefind indexes it: with the Korean tokens of its text (every Hangul suffix of its words). */
const indexed = (text: string) => `${text} ${markTokens(textTokens(text))}`;
const page = (id: string, text: string, weighted: BigramPage['weighted'] = []): BigramPage => ({ id, text: indexed(text), weighted });
/** Each bigram's postings as the search box gets them: from its shard. */
const postingsOf = (index: ReturnType<typeof buildBigramIndex>, bigrams: string[]) =>
	bigrams.map((bigram) => index.shards[shardOf(bigram, index.pages.shards)]![bigram]);

describe('the bigram index', () => {
	it('takes the Hangul bigrams of a word in order, repeats kept', () => {
		expect(wordBigrams('정산정산')).toEqual(['정산', '산정', '정산']);
		expect(wordBigrams('kg이니시스')).toEqual(['이니', '니시', '시스']);
		expect(wordBigrams('키')).toEqual([]);
	});

	it('puts a bigram in the same shard at build and query time, and spreads bigrams over the shards', () => {
		expect(shardOf('정산', 16)).toBe(shardOf('정산', 16));
		const used = new Set(['정산', '계약', '절차', '심사', '카드', '서류', '메일', '수수', '가상', '계좌'].map((bigram) => shardOf(bigram, 4)));
		expect(used.size).toBeGreaterThan(1);
		for (const shard of used) expect(shard).toBeGreaterThanOrEqual(0);
	});

	it('counts a bigram wherever a word holds it, through the index tokens, and more in a title or tags', () => {
		const index = buildBigramIndex([
			page('a', '정산금액 확인'),
			page('b', '가상계좌 정산', [
				{ text: '정산 안내', weight: TITLE_WEIGHT - 1 },
				{ text: '정산', weight: TAGS_WEIGHT },
			]),
		]);
		expect(index.pages.pages).toEqual(['a', 'b']);
		const [jeongsan, sangeum, gyejwa] = postingsOf(index, ['정산', '산금', '계좌']);
		// a: 정산 starts 정산금액; 산금 is inside it (its suffix 산금액). b: once in the text, 6 more in the title, 10 in the tags.
		expect(jeongsan).toEqual([0, 1, 1, 1 + (TITLE_WEIGHT - 1) + TAGS_WEIGHT]);
		expect(sangeum).toEqual([0, 1]);
		expect(gyejwa).toEqual([1, 1]);
		// The length counts the text only.
		expect(index.pages.lengths[0]).toBeGreaterThan(0);
	});

	it('splits the postings into a power of two of shards as the site grows', () => {
		const words = (from: number) => Array.from({ length: 400 }, (_, at) => String.fromCharCode(0xac00 + from + at * 2, 0xac01 + from + at * 2)).join(' ');
		const small = buildBigramIndex([page('a', '정산 계약')]);
		const large = buildBigramIndex(Array.from({ length: 12 }, (_, at) => page(`p${at}`, words(at * 800))));
		expect(small.pages.shards).toBe(1);
		expect(large.pages.shards).toBeGreaterThan(1);
		expect(Math.log2(large.pages.shards) % 1).toBe(0);
		expect(large.shards).toHaveLength(large.pages.shards);
		// Every bigram is in the shard its hash names.
		for (const [number, shard] of large.shards.entries()) for (const bigram of Object.keys(shard)) expect(shardOf(bigram, large.pages.shards)).toBe(number);
	});

	it('scores BM25-style: a rare bigram weighs more, a page holding it more often more, a long page less', () => {
		const filler = '안내 확인 설명 내용 '.repeat(20);
		const index = buildBigramIndex([
			page('rare', '키파일 전달'),
			page('common', '계약 안내'),
			page('often', '계약 계약 계약 안내'),
			page('long', `계약 ${filler}`),
			page('other', '계약 서류'),
		]);
		const scores = (bigrams: string[]) => Object.fromEntries(scoreBigrams(index.pages, postingsOf(index, bigrams)).map(({ id, score }) => [id, score]));
		const contract = scores(['계약']);
		expect(contract.often).toBeGreaterThan(contract.common!);
		expect(contract.common).toBeGreaterThan(contract.long!);
		expect(scores(['키파']).rare).toBeGreaterThan(contract.common!);
		// A bigram no page holds adds nothing; the list is best first.
		expect(scoreBigrams(index.pages, postingsOf(index, ['없는', '계약']))[0]!.id).toBe('often');
		expect(scoreBigrams(index.pages, postingsOf(index, ['없는']))).toEqual([]);
	});

	it('builds a page from its Pagefind fragment: the text as indexed, the title, other headings and search tags weighed', () => {
		const fragment: PageFragment = {
			url: '/a/',
			content: '정산 안내. 정산 주기',
			meta: { title: '정산 안내', [SEARCH_TAGS_META]: '정산주기' },
			anchors: [
				{ element: 'h1', id: '_top', text: '정산 안내', location: 0 },
				{ element: 'h2', id: '주기', text: '정산 주기', location: 2 },
			],
			sub_results: [],
		};
		const built = bigramPage('ko_1', fragment);
		expect(built.id).toBe('ko_1');
		expect(built.text).toBe(fragment.content);
		expect(built.weighted).toEqual([
			{ text: '정산 안내', weight: TITLE_WEIGHT - 1 },
			{ text: '정산 주기', weight: 5 },
			{ text: '정산주기', weight: TAGS_WEIGHT },
		]);
	});

	it('reads its files gzipped as written, or as a host that unzipped them sent them', async () => {
		const json = { pages: ['a'], lengths: [3], shards: 1 };
		const bytes = (buffer: Buffer) => new Uint8Array(buffer).buffer;
		expect(await bigramFileJson(bytes(gzipSync(JSON.stringify(json))))).toEqual(json);
		expect(await bigramFileJson(bytes(Buffer.from(JSON.stringify(json))))).toEqual(json);
	});

	it('rejects a damaged file naming the file and the field', () => {
		expect(() => parseBigramPages({ pages: ['a'], lengths: [], shards: 1 }, 'pages.json.gz')).toThrow('pages.json.gz: "lengths" must be one number per page');
		expect(() => parseBigramPages({ pages: 'a', lengths: [1], shards: 1 }, 'pages.json.gz')).toThrow('"pages"');
		expect(() => parseBigramPages({ pages: ['a'], lengths: [1], shards: 0 }, 'pages.json.gz')).toThrow('"shards"');
		expect(() => parseBigramShard({ 정산: [0] }, '3.json.gz')).toThrow('3.json.gz: "정산" must list page and count pairs');
		expect(() => parseBigramShard([], '3.json.gz')).toThrow('3.json.gz');
		expect(parseBigramShard({ 정산: [0, 2] }, '3.json.gz')).toEqual({ 정산: [0, 2] });
	});
});
