import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { glob } from 'tinyglobby';
import { BIGRAM_DIR, BIGRAM_PAGES_FILE, bigramPage, bigramShardFile, buildBigramIndex } from '../lib/search/bigram-index';
import { VOCABULARY_FILE } from '../lib/search/contract';
import { indexableHtml } from '../lib/search/index-html';
import { buildVocabulary } from '../lib/search/vocabulary';
import { readFragment } from './pagefind-fragments';

/**
 * Builds the Pagefind index in place of Starlight's (`pagefind: false` in the Starlight config), from
 * the same pages, each with its Korean index tokens added (src/lib/search/index-html.ts), with the same
 * Pagefind and its defaults, so the bundle and its URL stay the same.
 *
 * The indexed copies are written to a temporary folder laid out like the site, and Pagefind's own CLI
 * indexes that folder. Its Node API, which Starlight uses, does the same work through a service process:
 * inside a build that took twice as long (1.1 s against 0.5 s for 306 pages).
 *
 * Beside the index go the vocabulary typos are corrected to (src/lib/search/vocabulary.ts), built from the
 * same text, and the syllable-bigram index (src/lib/search/bigram-index.ts), built from Pagefind's own record of
 * each page (its fragment) so that it knows the pages by Pagefind's ids; the service worker saves both with
 * the rest of `pagefind/`.
 */

/** Pages read and written at once: the disk stays busy, and a large site stays under any open-file limit. */
const FILES_AT_ONCE = 32;

/** The CLI the `pagefind` package declares as its `bin`. */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

export function koreanPagefind(): AstroIntegration {
	return {
		name: 'pg-guide:korean-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const outputPath = fileURLToPath(new URL('./pagefind/', dir));
				const copies = await mkdtemp(join(tmpdir(), 'pg-guide-pagefind-'));
				try {
					const files = await glob('**/*.html', { cwd: root });
					const pageTexts = await pMap(
						files,
						async (file) => {
							const texts: string[] = [];
							const content = indexableHtml(await readFile(join(root, file), 'utf-8'), (text) => texts.push(text));
							if (content === undefined) return undefined;
							await mkdir(dirname(join(copies, file)), { recursive: true });
							await writeFile(join(copies, file), content);
							return texts;
						},
						{ concurrency: FILES_AT_ONCE },
					);
					const indexed = pageTexts.filter((texts): texts is string[] => texts !== undefined);
					await rm(outputPath, { recursive: true, force: true });
					await promisify(execFile)(process.execPath, [PAGEFIND_CLI, '--site', copies, '--output-path', outputPath, '--quiet']).catch(
						(error: Error & { stdout?: string; stderr?: string }) => {
							throw new Error(`Pagefind could not build the search index:\n${error.stderr || error.stdout || error.message}`);
						},
					);
					const vocabulary = buildVocabulary(indexed);
					await writeFile(join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabulary));
					const bigrams = await writeBigramIndex(outputPath);
					logger.info(
						`Korean search index: ${indexed.length} of ${files.length} pages, ${vocabulary.words.length} words for typos, ${bigrams} bigram shards, in ${Math.round(performance.now() - started)} ms`,
					);
				} finally {
					await rm(copies, { recursive: true, force: true });
				}
			},
		},
	};
}

/** Writes the bigram index of the pages Pagefind indexed into `pagefind/` (`BIGRAM_DIR`); returns how many shards. */
async function writeBigramIndex(outputPath: string): Promise<number> {
	const fragments = join(outputPath, 'fragment');
	const names = (await readdir(fragments)).filter((name) => name.endsWith('.pf_fragment'));
	const pages = await pMap(names, async (name) => bigramPage(name.replace(/\.pf_fragment$/, ''), await readFragment(join(fragments, name))), {
		concurrency: FILES_AT_ONCE,
	});
	const index = buildBigramIndex(pages);
	const dir = join(outputPath, BIGRAM_DIR);
	await mkdir(dir, { recursive: true });
	const write = async (name: string, json: unknown) => writeFile(join(dir, name), await promisify(gzip)(JSON.stringify(json)));
	await write(BIGRAM_PAGES_FILE, index.pages);
	await Promise.all(index.shards.map((shard, number) => write(bigramShardFile(number), shard)));
	return index.shards.length;
}
