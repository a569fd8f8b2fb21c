/**
 * `npm run bench:search`: our Korean search beside plain Starlight + Pagefind, both driven through their
 * real search dialog in Chromium, on this site's pages and on the 359-article corpus, with the dev query
 * sets of tests/search/queries.ts.
 *
 * For each: recall@1 and @3 and MRR (a result counts when its page is right and, where the case names a
 * section, one of the links shown with it goes there), the share of queries with an empty list (no
 * result) and with a list that lacks the answer (miss@5), milliseconds from the last keystroke (typed at
 * about 120 ms a key) to the rendered results, median and p95, warm, with each UI's debounce and without
 * it, the bytes on the wire of the first query once the page has gone idle, and the index on disk. Each
 * engine is measured with the articles' searchTags indexed and without (plain Starlight's own schema
 * drops them; for it, "indexed" adds them as a Pagefind meta field).
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../setup/chromium.ts';
import { querySets, rankOf, type QuerySet } from '../search/sets.ts';
import { INPUT_DEBOUNCE_MS } from '../../src/lib/search/ranking.ts';
import { BENCH, build, CONTENT_SETS, ENGINES, table, type Built, type ContentSet, type Engine } from './builds.ts';
import { serveStatic } from '../setup/static-server.ts';
import { saveResults, type SearchResults } from './results.ts';

const TOP = 5;
/** About how fast a reader types on a phone. */
const KEY_DELAY_MS = 120;
/** How long each UI waits after a keystroke before searching: ours, and Pagefind's default UI in plain Starlight. */
const DEBOUNCE_MS: Record<Engine, number> = { ours: INPUT_DEBOUNCE_MS, plain: 300 };

/**
 * Each result as a reader sees it: the links it shows, the result's own link first, then the links to
 * sections shown under it (ours: "다른 관련 부분"; plain Starlight: its sub-results).
 */
const RESULT_LINKS = {
	ours: () =>
		[...document.querySelectorAll('.search-results > li')].map((item) =>
			[...item.querySelectorAll<HTMLAnchorElement>('a.search-result__link, .search-result__more a')].map((a) => a.getAttribute('href')!),
		),
	plain: () =>
		[...document.querySelectorAll('.pagefind-ui__result')].map((result) =>
			[...result.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')].map((a) => a.getAttribute('href')!),
		),
};
/** Installed before the page loads: remembers the last keystroke and the last change to the dialog. */
function instrument() {
	const times = { key: 0, change: 0 };
	(window as unknown as { __times: typeof times }).__times = times;
	document.addEventListener('input', () => (times.key = performance.now()), true);
	new MutationObserver(() => (times.change = performance.now())).observe(document, { subtree: true, childList: true, characterData: true });
}

async function runQuery(page: Page, engine: Engine, query: string) {
	const input = engine === 'ours' ? 'site-search input[type="search"]' : '#starlight__search input';
	await page.fill(input, '');
	await page.waitForTimeout(350);
	await page.evaluate(() => {
		const times = (window as unknown as { __times: { key: number; change: number } }).__times;
		times.key = times.change = 0;
	});
	await page.locator(input).pressSequentially(query, { delay: KEY_DELAY_MS });
	// Settled: nothing changed for longer than either UI's debounce.
	let last = -1;
	for (let tries = 0; tries < 100; tries++) {
		await page.waitForTimeout(400);
		const change = await page.evaluate(() => (window as unknown as { __times: { change: number } }).__times.change);
		if (change === last) break;
		last = change;
	}
	const { key, change } = await page.evaluate(() => (window as unknown as { __times: { key: number; change: number } }).__times);
	const results = await page.evaluate(RESULT_LINKS[engine]);
	return { ms: Math.max(0, change - key), results: results.slice(0, TOP) };
}

function dirBytes(dir: string, keep: (name: string) => boolean): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
		.filter(keep)
		.map((name) => statSync(join(dir, name)))
		.filter((stat) => stat.isFile())
		.reduce((sum, stat) => sum + stat.size, 0);
}
const isIndex = (name: string) => !/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length - 1) * p))] ?? 0;

async function measure(built: Built, queries: QuerySet[], port: number) {
	const server = await serveStatic(built.outDir, port);
	const base = `http://127.0.0.1:${port}`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
	try {
		// No service worker: ours would have precached the index by the time the first query is typed, and its
		// cache would answer the queries (bench:site counts the precache). Both sites fetch as plain Starlight does.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await context.addInitScript(instrument);
		const page = await context.newPage();
		let counting = false;
		let firstQueryBytes = 0;
		page.on('requestfinished', async (request) => {
			if (!counting) return;
			// On the wire: the body as sent (gzip where the server compressed it).
			firstQueryBytes += (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
		});
		await page.goto(`${base}/${built.set.guide}/`, { waitUntil: 'load' });
		// Both sites idle first (plain Starlight loads its search UI when idle): from here, every byte is the first query's.
		await page.waitForLoadState('networkidle');
		counting = true;
		await page.keyboard.press('Control+k');
		const first = await runQuery(page, built.engine, queries[0]!.cases[0]!.query);
		await page.waitForLoadState('networkidle');
		counting = false;
		const sets = [];
		for (const { label, cases } of queries) {
			const ranks: number[] = [];
			const empty: boolean[] = [];
			const times: number[] = [];
			const misses: string[] = [];
			for (const testCase of cases) {
				const { ms, results } = await runQuery(page, built.engine, testCase.query);
				const rank = rankOf(results, testCase);
				ranks.push(rank);
				empty.push(results.length === 0);
				if (results.length) times.push(ms);
				if (rank !== 1) misses.push(`${testCase.query} → ${results[0] ? decodeURI(results[0][0]!) : '(none)'}`);
			}
			const share = (count: number) => count / cases.length;
			sets.push({
				label,
				count: cases.length,
				recall1: share(ranks.filter((rank) => rank === 1).length),
				recall3: share(ranks.filter((rank) => rank >= 1 && rank <= 3).length),
				mrr: ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / cases.length,
				noResultRate: share(empty.filter(Boolean).length),
				missRate: share(ranks.filter((rank, index) => rank === 0 && !empty[index]).length),
				median: percentile(times, 0.5),
				p95: percentile(times, 0.95),
				misses,
			});
		}
		return { sets, firstMs: first.ms, firstQueryBytes, indexBytes: dirBytes(join(built.outDir, 'pagefind'), isIndex) };
	} finally {
		await browser.close();
		server.close();
	}
}

const FRONTMATTER_TAGS = /^(---\r?\n[\s\S]*?)^searchTags:\r?\n(?:[ \t]+-.*\r?\n|[ \t]*\r?\n)*/m;

/** A copy of a content folder with every article's `searchTags` removed: what a site without them indexes. */
function withoutSearchTags(set: ContentSet): ContentSet {
	const dir = join(BENCH, `content-${set.label}-no-tags`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(set.dir, dir, { recursive: true });
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf-8' })) {
		if (!/\.mdx?$/.test(file)) continue;
		const source = readFileSync(join(dir, file), 'utf-8');
		writeFileSync(join(dir, file), source.replace(FRONTMATTER_TAGS, '$1').replace(/^searchTags:\s*\[.*\]\r?\n/m, ''));
	}
	return { ...set, label: `${set.label}-no-tags`, dir };
}

const ms = (value: number) => `${Math.round(value)} ms`;

async function main() {
	const rows: string[][] = [];
	const missLists: string[] = [];
	const results: SearchResults = { runs: [] };
	const only = process.env.SEARCH_BENCH_ONLY?.split(',');
	// The budgets are read on the dev sets: `SEARCH_BENCH_QUERIES=dev` measures them in minutes, the other sets' recall aside.
	const queries = process.env.SEARCH_BENCH_QUERIES?.split(',');
	let port = 4470;
	for (const set of CONTENT_SETS) {
		const sets = querySets(set.label).filter(({ label }) => !queries || queries.includes(label));
		for (const tags of [true, false]) {
			for (const engine of ENGINES) {
				if (only && !only.includes(`${engine}:${set.label}:${tags ? 'tags' : 'no-tags'}`)) continue;
				// Plain Starlight's schema drops searchTags; ours indexes them unless the articles have none.
				const built = await build(engine, tags || engine === 'plain' ? set : withoutSearchTags(set), { searchTags: tags });
				const m = await measure(built, sets, port++);
				const site = `${engine === 'ours' ? 'ours' : 'plain Starlight'}, ${tags ? 'searchTags indexed' : 'no searchTags'}`;
				for (const run of m.sets) {
					const name = `${site} (${set.label}, ${run.label}, ${run.count} queries)`;
					rows.push([
						name,
						run.recall1.toFixed(3),
						run.recall3.toFixed(3),
						run.mrr.toFixed(3),
						run.noResultRate.toFixed(3),
						run.missRate.toFixed(3),
						`${ms(run.median)} / ${ms(run.median - DEBOUNCE_MS[engine])}`,
						`${ms(run.p95)} / ${ms(run.p95 - DEBOUNCE_MS[engine])}`,
						ms(m.firstMs),
						`${(m.firstQueryBytes / 1024).toFixed(0)} KB`,
						`${(m.indexBytes / 1024).toFixed(0)} KB`,
					]);
					results.runs.push({
						engine,
						set: set.label,
						queries: run.label,
						searchTags: tags,
						recall1: run.recall1,
						noResultRate: run.noResultRate,
						p95: run.p95,
						firstQueryBytes: m.firstQueryBytes,
						indexBytes: m.indexBytes,
					});
					missLists.push(`### ${name}: not first\n${run.misses.map((miss) => `- ${miss}`).join('\n') || '- (none)'}`);
				}
			}
		}
	}
	saveResults('search', results);
	console.log(`\n## Search (${new Date().toISOString().slice(0, 10)}, ${process.version}, top ${TOP} results, ${KEY_DELAY_MS} ms a key)\n`);
	console.log(
		table(
			['site', 'recall@1', 'recall@3', 'MRR', 'no result', 'miss@5', 'median (with / without debounce)', 'p95 (with / without debounce)', 'first query', 'first query bytes', 'index on disk'],
			rows,
		),
	);
	console.log(`\n${missLists.join('\n\n')}`);
}

await main();
