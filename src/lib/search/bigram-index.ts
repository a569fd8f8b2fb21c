import { HANGUL_SYLLABLE, splitWords } from '../korean/text';
import { SEARCH_TAGS_META, type PageFragment } from './contract';

/**
 * The syllable-bigram index (the second signal, ./bigrams.ts), written beside Pagefind's at build time: for each
 * Hangul syllable bigram, the pages holding it and how often. Searched on its own, not through Pagefind: a bigram
 * looked up as a prefix of Pagefind's words (니시 in 이니시스) loads another part of its index for each bigram, three
 * chunks of 40 KB for a two-word query, where these postings are a few KB.
 *
 * Laid out as Pagefind lays out its own: gzip files under `pagefind/`, a small one read first (`BIGRAM_PAGES_FILE`:
 * the pages, their lengths, how many shards) and the postings split by a hash of the bigram into shards, so that a
 * query loads only the shards of its bigrams.
 */

/** The folder under `pagefind/`; the service worker saves it with the index. */
export const BIGRAM_DIR = 'ko-bigrams';
export const BIGRAM_PAGES_FILE = 'pages.json.gz';
export const bigramShardFile = (shard: number) => `${shard}.json.gz`;

export interface BigramPages {
	/** Pagefind's id of each page (a result's `id`), by the number the postings use. */
	pages: string[];
	/** Each page's length in bigrams, for the length normalisation. */
	lengths: number[];
	shards: number;
}

/** A shard: each of its bigrams' postings, flat (page number, count, page number, count…). */
export type BigramShard = Record<string, number[]>;

/** About 1–2 KB of gzip per shard: the four or five shards of a query cost a few KB. */
const POSTINGS_PER_SHARD = 1000;

/** The Hangul syllable bigrams of a word, in order, repeats kept (정산금액 → 정산, 산금, 금액). */
export function wordBigrams(word: string): string[] {
	const chars = [...word];
	const bigrams: string[] = [];
	for (let at = 0; at + 1 < chars.length; at++) {
		if (HANGUL_SYLLABLE.test(chars[at]!) && HANGUL_SYLLABLE.test(chars[at + 1]!)) bigrams.push(chars[at]! + chars[at + 1]!);
	}
	return bigrams;
}

/** FNV-1a of the bigram's UTF-16 units: the build and the search box must agree on it. */
export function shardOf(bigram: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let at = 0; at < bigram.length; at++) hash = Math.imul(hash ^ bigram.charCodeAt(at), 0x01000193);
	return (hash >>> 0) % shards;
}

/**
 * A page as the index is built from it: its text as Pagefind indexed it, and text that counts more (title, headings,
 * search tags), with how much more.
 */
export interface BigramPage {
	id: string;
	text: string;
	weighted: { text: string; weight: number }[];
}

/**
 * How much more a bigram counts in a page's title, its other headings and its search tags than in its text: as
 * Pagefind weighs a word in an h1 (7) and an h2 (6), and our search tags (`RANKING`, 10).
 */
export const TITLE_WEIGHT = 7;
export const HEADING_WEIGHT = 6;
export const TAGS_WEIGHT = 10;

/** A page as Pagefind recorded it (its fragment): the text it indexed, Korean index tokens included. */
export function bigramPage(id: string, fragment: PageFragment): BigramPage {
	const headings = fragment.anchors.filter(({ element, text }) => /^h[2-6]$/.test(element) && text).map(({ text }) => text!);
	return {
		id,
		text: fragment.content,
		// The text holds the title and the headings once already; the search tags are a meta field.
		weighted: [
			{ text: fragment.meta.title ?? '', weight: TITLE_WEIGHT - 1 },
			...headings.map((text) => ({ text, weight: HEADING_WEIGHT - 1 })),
			{ text: fragment.meta[SEARCH_TAGS_META] ?? '', weight: TAGS_WEIGHT },
		],
	};
}

/**
 * Where a page holds a bigram: each indexed word whose first bigram it is. The Korean index tokens hold every Hangul
 * suffix of a page's words (../korean/index-tokens.ts), so that is every place inside a word it occurs, once per
 * section, and in the words the tokens add (the Korean of a Latin name). Counting every bigram of the text without
 * the tokens ranked worse (docs/benchmarks.md).
 */
const firstBigram = (word: string) => wordBigrams(word).slice(0, 1);

/** The bigram index of pages: the pages file and the shards, in shard order. */
export function buildBigramIndex(pages: BigramPage[]): { pages: BigramPages; shards: BigramShard[] } {
	const counts = pages.map(({ text, weighted }) => {
		const count = new Map<string, number>();
		const add = (source: string, weight: number) => {
			for (const bigram of splitWords(source).flatMap(firstBigram)) count.set(bigram, (count.get(bigram) ?? 0) + weight);
		};
		add(text, 1);
		const length = [...count.values()].reduce((sum, n) => sum + n, 0);
		for (const { text: extra, weight } of weighted) add(extra, weight);
		return { count, length };
	});
	const postings = counts.reduce((sum, { count }) => sum + count.size, 0);
	// A power of two, so that a site twice the size splits each shard in two.
	const shards = 2 ** Math.max(0, Math.ceil(Math.log2(postings / POSTINGS_PER_SHARD)));
	const files: BigramShard[] = Array.from({ length: shards }, () => ({}));
	counts.forEach(({ count }, page) => {
		for (const [bigram, n] of count) (files[shardOf(bigram, shards)]![bigram] ??= []).push(page, n);
	});
	return { pages: { pages: pages.map(({ id }) => id), lengths: counts.map(({ length }) => length), shards }, shards: files };
}

/** BM25's term saturation and length normalisation, Pagefind's defaults (its `termSaturation`, `pageLength`). */
const K1 = 1.4;
const B = 0.75;

/**
 * Each page's BM25 score for the bigrams (a rare bigram weighs more, a page holding it often more, a long page less),
 * best first. `postings`: each bigram's, as its shard holds them (undefined: no page has it).
 */
export function scoreBigrams({ pages, lengths }: BigramPages, postings: (number[] | undefined)[]): { id: string; score: number }[] {
	const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(lengths.length, 1) || 1;
	const scores = new Map<number, number>();
	for (const list of postings) {
		if (!list?.length) continue;
		const holding = list.length / 2;
		const idf = Math.log(1 + (pages.length - holding + 0.5) / (holding + 0.5));
		for (let at = 0; at < list.length; at += 2) {
			const page = list[at]!;
			const count = list[at + 1]!;
			const norm = K1 * (1 - B + (B * (lengths[page] ?? average)) / average);
			scores.set(page, (scores.get(page) ?? 0) + (idf * count * (K1 + 1)) / (count + norm));
		}
	}
	return [...scores]
		.filter(([page]) => pages[page] !== undefined)
		.map(([page, score]) => ({ id: pages[page]!, score }))
		.sort((a, b) => b.score - a.score);
}

/**
 * A file of the index as JSON, from its bytes: gzip as written, or already unzipped by a host that serves `.gz` files
 * with `Content-Encoding: gzip`.
 */
export async function bigramFileJson(bytes: ArrayBuffer): Promise<unknown> {
	const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
	const gzipped = head[0] === 0x1f && head[1] === 0x8b;
	const body = gzipped ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : bytes;
	return new Response(body).json();
}

/** The pages file as loaded, or an error naming what is wrong with it. */
export function parseBigramPages(json: unknown, source: string): BigramPages {
	const value = json as Partial<BigramPages> | null;
	const numbers = (list: unknown) => Array.isArray(list) && list.every((n) => typeof n === 'number');
	if (!Array.isArray(value?.pages) || !value.pages.every((id) => typeof id === 'string')) throw new Error(`${source}: "pages" must be a list of page ids`);
	if (!numbers(value.lengths) || value.lengths!.length !== value.pages.length) throw new Error(`${source}: "lengths" must be one number per page`);
	if (!Number.isInteger(value.shards) || value.shards! < 1) throw new Error(`${source}: "shards" must be a whole number ≥ 1`);
	return { pages: value.pages, lengths: value.lengths!, shards: value.shards! };
}

/** A shard as loaded, or an error naming what is wrong with it. */
export function parseBigramShard(json: unknown, source: string): BigramShard {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${source}: must map each bigram to its postings`);
	for (const [bigram, list] of Object.entries(json)) {
		if (!Array.isArray(list) || list.length % 2 || !list.every((n) => typeof n === 'number')) throw new Error(`${source}: "${bigram}" must list page and count pairs`);
	}
	return json as BigramShard;
}
