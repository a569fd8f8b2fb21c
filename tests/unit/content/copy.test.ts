/**
 * Facts carry over from the help center, sentences do not: no run of 40 characters of any of our pages or procedure
 * files (the seed guide, kept as written, aside) appears in a corpus article. Whitespace is ignored on both sides, so
 * re-spacing a copied sentence does not hide it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../setup/astro-cli';
import { CORPUS } from '../../setup/corpus';

const RUN = 40;
/** The seed article, kept as the help center wrote it. */
const SEED = 'content/docs/guides/kg-inicis-contract.mdx';

const files = (dir: string, pattern: RegExp): string[] =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && pattern.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));

/**
 * The wording of a file: an article's frontmatter is reduced to its prose (the descriptions; titles, categories and
 * tags are names both sides share by design), links lose their addresses, and whitespace and Markdown emphasis go.
 */
function wording(source: string): string {
	const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [, undefined, source];
	const data = (frontmatter && (yaml.load(frontmatter) as { description?: string; seo?: { description?: string } } | null)) || {};
	return [data.description ?? '', data.seo?.description ?? '', body!]
		.join('\n')
		.replace(/https?:\/\/[^\s)"'>\]]+/g, '')
		.replace(/[\s*_\\]+/g, '');
}

/** A polynomial hash of every RUN-character window, rolled along the text. */
const MOD = 1_000_000_007;
const BASE = 131;
const TOP = Array.from({ length: RUN - 1 }).reduce<number>((power) => (power * BASE) % MOD, 1);
function* windowHashes(text: string): Generator<[number, number]> {
	let hash = 0;
	for (let index = 0; index < text.length; index++) {
		if (index >= RUN) hash = (hash - ((text.charCodeAt(index - RUN) * TOP) % MOD) + MOD) % MOD;
		hash = (hash * BASE + text.charCodeAt(index)) % MOD;
		if (index >= RUN - 1) yield [index - RUN + 1, hash];
	}
}

describe.skipIf(!existsSync(CORPUS))('no 40-character run of our pages appears in the help-center corpus', () => {
	let articles: string[] = [];
	let joined = '';
	const seen = new Set<number>();
	beforeAll(() => {
		articles = files(CORPUS, /\.mdx?$/).map((file) => wording(readFileSync(file, 'utf-8')));
		joined = articles.join('\u0000');
		for (const [, hash] of windowHashes(joined)) seen.add(hash);
	});

	const ours = [...files(join(PROJECT_ROOT, 'content'), /\.(mdx?|ya?ml)$/)]
		.map((file) => relative(PROJECT_ROOT, file))
		.filter((file) => file !== SEED);

	it('reads the corpus and our pages', () => {
		expect(articles.length).toBeGreaterThan(300);
		expect(ours.length).toBeGreaterThan(20);
	});

	it('finds a copied sentence (the seed itself is in the corpus)', () => {
		const seed = wording(readFileSync(join(PROJECT_ROOT, SEED), 'utf-8'));
		const copied = [...windowHashes(seed)].filter(([start, hash]) => seen.has(hash) && joined.includes(seed.slice(start, start + RUN)));
		expect(copied.length).toBeGreaterThan(10);
	});

	it.each(ours)('%s', (file) => {
		const text = wording(readFileSync(join(PROJECT_ROOT, file), 'utf-8'));
		const copied: string[] = [];
		for (const [start, hash] of windowHashes(text)) {
			const run = text.slice(start, start + RUN);
			if (seen.has(hash) && joined.includes(run) && !copied.some((found) => found.includes(run.slice(0, RUN / 2)))) copied.push(run);
		}
		expect(copied).toEqual([]);
	});
});
