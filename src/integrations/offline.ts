import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import pMap from 'p-map';
// Only the function used: `workbox-build`'s index also loads generateSW's bundler, 0.3 s of every build.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { BIGRAM_DIR } from '../lib/search/bigram-index';
import { readFragment } from './pagefind-fragments';
import {
	FIRST_VISIT_BUDGET,
	OFFLINE_PAGE,
	SAVE_ALL_MANIFEST,
	SAVED_PAGE_ATTRIBUTE,
	SEARCH_DATA_MANIFEST,
	type SaveAllManifest,
	type SearchDataManifest,
} from '../offline/contract';

/**
 * Makes the built site work offline without making a first visit download the site. Once the search index is
 * written (this integration comes last), bundles src/offline/service-worker.ts to `sw.js` with Workbox's revisioned
 * precache manifest of what every reader needs offline, and writes `offline-all.json`, what "전체 저장" downloads:
 *
 * - precached: the shell (styles, scripts, icons, web app manifest), the pages the offline page links as saved
 *   (home, /checklist/, each guide with a checklist: src/data/offline-pages.ts decides), their search data, and
 *   Pagefind's engine and index, the index while the first visit stays within its budget;
 * - "전체 저장": every other page, search data and image, each with its revision and bytes on the wire;
 * - `offline-search.json`: what the worker saves beside the precache so that offline search answers for the pages
 *   saved on a device — each page's search data, and the index when the first visit leaves it out.
 */

const SOURCE = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/** Of it, what the visited page itself takes beside the precache (its HTML, and files fetched twice). */
const PAGE_ALLOWANCE = 160 * 1024;

/**
 * Inline on every page: small enough not to cost a request. Failing to register only means no offline. When a
 * worker takes over the open page (the first visit, and each new deploy), the page asks it to save the page with
 * Workbox's `CACHE_URLS` message: the page was loaded before that worker, which would otherwise not keep it.
 */
const REGISTER = `if('serviceWorker'in navigator)addEventListener('load',()=>{const w=navigator.serviceWorker;w.addEventListener('controllerchange',()=>w.controller?.postMessage({type:'CACHE_URLS',payload:{urlsToCache:[location.pathname]}}));w.register('/sw.js').catch(()=>{})})`;

/** Files served as they are: compressed formats, and the search index's files, which are gzip already. */
const PRECOMPRESSED = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|pagefind|pf_\w+|gz)$/;
const FILES_AT_ONCE = 16;

type Kind = 'shell' | 'engine' | 'index' | 'fragment' | 'page' | 'image' | 'none';

/** What a built file is, for the offline split. `sw.js` and Pagefind's unused UI bundles are none. */
export function kindOf(file: string): Kind {
	if (file === 'sw.js' || /^pagefind\/.*-ui\.|^pagefind\/pagefind-highlight/.test(file)) return 'none';
	// `checklist/catalogue.json`: what restore links are read with, so that they open offline too; `checklist/parts/`:
	// the controls of 내 체크리스트's folded checklists, fetched when one is opened.
	if (/^_astro\/|^icons\/|^favicon\.|\.(webmanifest|woff2?)$|^checklist\/catalogue\.json$|^checklist\/parts\//.test(file)) return 'shell';
	// The bigram index (src/lib/search/bigram-index.ts) is part of the index: offline, one answers without the other.
	if (file.startsWith('pagefind/index/') || file.startsWith(`pagefind/${BIGRAM_DIR}/`)) return 'index';
	if (file.startsWith('pagefind/fragment/')) return 'fragment';
	if (file.startsWith('pagefind/')) return 'engine';
	if (file.endsWith('/index.html') || file === 'index.html') return 'page';
	if (/\.(png|jpe?g|gif|webp|avif|svg)$/.test(file)) return 'image';
	return 'none';
}

/** `guides/x/index.html` → `/guides/x/`. */
const pagePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The pages the offline page links as saved on this device: they are precached. */
export function savedPages(offlineHtml: string): Set<string> {
	const links = offlineHtml.matchAll(new RegExp(`<a [^>]*${SAVED_PAGE_ATTRIBUTE}[^>]*>`, 'g'));
	const paths = [...links].map(([tag]) => decodeURI(/href="([^"]+)"/.exec(tag)![1]!));
	return new Set([...paths, OFFLINE_PAGE]);
}

export function offlineIntegration(): AstroIntegration {
	return {
		name: 'pg-guide:offline',
		hooks: {
			'astro:config:setup': ({ command, injectScript }) => {
				// Built sites only: in development a worker would serve stale pages.
				if (command === 'build') injectScript('head-inline', REGISTER);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const swDest = join(outDir, 'sw.js');
				await build({
					entryPoints: [SOURCE],
					outfile: swDest,
					bundle: true,
					minify: true,
					format: 'iife',
					target: 'es2022',
					// Workbox's development logging goes.
					define: { 'process.env.NODE_ENV': '"production"' },
					logLevel: 'warning',
				});
				const saved = savedPages(await readFile(join(outDir, OFFLINE_PAGE, 'index.html'), 'utf-8'));
				let split: { precache: number; index: boolean; rest: SaveAllManifest; search: SearchDataManifest } | undefined;

				const { count, size, warnings } = await injectManifest({
					swSrc: swDest,
					swDest,
					globDirectory: outDir,
					globPatterns: ['**/*'],
					// Up to the largest page or index chunk of a large site.
					maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
					// Vite's file names change with their content: no revision needed.
					dontCacheBustURLsMatching: /^_astro\//,
					manifestTransforms: [
						async (entries) => {
							const files = await pMap(
								entries.filter((entry) => kindOf(entry.url) !== 'none'),
								async (entry) => {
									const path = join(outDir, entry.url);
									const kind = kindOf(entry.url);
									const content = await readFile(path);
									const wire = PRECOMPRESSED.test(entry.url) ? content.length : (await promisify(gzip)(content)).length;
									const page = kind === 'page' ? pagePath(entry.url) : kind === 'fragment' ? decodeURI((await readFragment(path)).url) : undefined;
									return { entry, kind, page, wire, stored: content.length, precache: kind === 'shell' || kind === 'engine' || (page !== undefined && saved.has(page)) };
								},
								{ concurrency: FILES_AT_ONCE },
							);
							const sum = (list: typeof files) => list.reduce((total, file) => total + file.wire, 0);
							const index = files.filter((file) => file.kind === 'index');
							// The whole index, or none of it: a part would answer some words offline and not others.
							const indexFits = sum(files.filter((file) => file.precache)) + sum(index) <= FIRST_VISIT_BUDGET - PAGE_ALLOWANCE;
							for (const file of index) file.precache = indexFits;
							const rest = files.filter((file) => !file.precache);
							const url = (file: (typeof files)[number]) => `/${encodeURI(file.entry.url.replace(/index\.html$/, ''))}`;
							split = {
								precache: sum(files.filter((file) => file.precache)),
								index: indexFits,
								rest: {
									bytes: sum(rest),
									storedBytes: rest.reduce((total, file) => total + file.stored, 0),
									files: rest.map((file) => [url(file), file.entry.revision ?? 'immutable', file.wire]),
								},
								search: {
									index: index.filter((file) => !file.precache).map(url),
									// By the page's path as a browser requests it (percent-encoded).
									fragments: Object.fromEntries(rest.filter((file) => file.kind === 'fragment').map((file) => [encodeURI(file.page!), url(file)])),
								},
							};
							return { manifest: files.filter((file) => file.precache).map(({ entry }) => entry), warnings: [] };
						},
					],
				});
				for (const warning of warnings) logger.warn(warning);
				await writeFile(join(outDir, SAVE_ALL_MANIFEST), JSON.stringify(split!.rest));
				await writeFile(join(outDir, SEARCH_DATA_MANIFEST), JSON.stringify(split!.search));
				const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
				logger.info(
					`sw.js: ${count} files (${(size / 1024).toFixed(0)} KB, ${mb(split!.precache)} on the wire) precached, search index ${split!.index ? 'included' : 'saved as used (over the first-visit budget)'}; 전체 저장: ${split!.rest.files.length} more files, ${mb(split!.rest.bytes)}`,
				);
			},
		},
	};
}
