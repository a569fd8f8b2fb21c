/**
 * `npm run bench:search`: our Korean search beside plain Starlight + Pagefind, both driven through their
 * real search dialog in Chromium, on this site's pages and on the 359-article corpus, with the dev query
 * sets of tests/search/queries.ts.
 *
 * For each: recall@1 and @3 and MRR (a result counts when its page, and where the case names one its
 * section, is right), the share of queries with no result, milliseconds from the last keystroke to the
 * rendered results (median and p95, warm), bytes fetched by the first query, and the index on disk.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../setup/chromium.ts';
import { CORPUS_CASES, DEFAULT_CASES, type SearchCase } from '../search/queries.ts';
import { build, CONTENT_SETS, ENGINES, table, type Built } from './builds.ts';
import { serveStatic } from '../setup/static-server.ts';
import { saveResults, type SearchResults } from './results.ts';

const TOP = 5;

/** Result links in rank order, as each UI renders them: the link a reader would follow first. */
const RESULT_LINKS = {
	ours: () => [...document.querySelectorAll('.search-results > li > a.search-result__link')].map((a) => a.getAttribute('href')!),
	plain: () =>
		[...document.querySelectorAll('.pagefind-ui__result')].map((result) => {
			const links = [...result.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')];
			return (links[1] ?? links[0])!.getAttribute('href')!;
		}),
};

/** Installed before the page loads: remembers the last keystroke and the last change to the dialog. */
function instrument() {
	const times = { key: 0, change: 0 };
	(window as unknown as { __times: typeof times }).__times = times;
	document.addEventListener('input', () => (times.key = performance.now()), true);
	new MutationObserver(() => (times.change = performance.now())).observe(document, { subtree: true, childList: true, characterData: true });
}

async function runQuery(page: Page, engine: Built['engine'], query: string) {
	const input = engine === 'ours' ? 'site-search input[type="search"]' : '#starlight__search input';
	await page.fill(input, '');
	await page.waitForTimeout(350);
	await page.evaluate(() => {
		const times = (window as unknown as { __times: { key: number; change: number } }).__times;
		times.key = times.change = 0;
	});
	await page.locator(input).pressSequentially(query);
	// Settled: nothing changed for longer than either UI's debounce.
	let last = -1;
	for (let tries = 0; tries < 100; tries++) {
		await page.waitForTimeout(400);
		const change = await page.evaluate(() => (window as unknown as { __times: { change: number } }).__times.change);
		if (change === last) break;
		last = change;
	}
	const { key, change } = await page.evaluate(() => (window as unknown as { __times: { key: number; change: number } }).__times);
	const links = await page.evaluate(RESULT_LINKS[engine]);
	return { ms: Math.max(0, change - key), links: links.slice(0, TOP) };
}

/** 1-based rank of the first result that answers the case, or 0. */
function rankOf(links: string[], expected: SearchCase): number {
	const index = links.findIndex((link) => {
		const url = new URL(link, 'http://x');
		const path = decodeURI(url.pathname);
		if (!expected.pages.includes(path)) return false;
		return !expected.section || path !== expected.pages[0] || decodeURIComponent(url.hash.slice(1)) === expected.section;
	});
	return index + 1;
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

async function measure(built: Built, cases: SearchCase[], port: number) {
	const server = await serveStatic(built.outDir, port);
	const base = `http://127.0.0.1:${port}`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
	try {
		const context = await browser.newContext();
		await context.addInitScript(instrument);
		const page = await context.newPage();
		let loaded = false;
		let firstQueryBytes = 0;
		page.on('response', async (response) => {
			if (!loaded) return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			firstQueryBytes += body.length;
		});
		await page.goto(`${base}/${built.set.guide}/`, { waitUntil: 'load' });
		// From here on, every byte counts for the first query: plain Starlight loads its search UI when idle.
		loaded = true;
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Control+k');
		const first = await runQuery(page, built.engine, cases[0]!.query);
		loaded = false;
		const ranks: number[] = [];
		const times: number[] = [];
		const misses: string[] = [];
		for (const testCase of cases) {
			const { ms, links } = await runQuery(page, built.engine, testCase.query);
			const rank = rankOf(links, testCase);
			ranks.push(rank);
			if (links.length) times.push(ms);
			if (rank !== 1) misses.push(`${testCase.query} → ${links[0] ? decodeURI(links[0]) : '(none)'}`);
		}
		const noResult = cases.filter((_, index) => ranks[index] === 0).length;
		return {
			recall1: ranks.filter((rank) => rank === 1).length / cases.length,
			recall3: ranks.filter((rank) => rank >= 1 && rank <= 3).length / cases.length,
			mrr: ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / cases.length,
			noResultRate: noResult / cases.length,
			median: percentile(times, 0.5),
			p95: percentile(times, 0.95),
			firstMs: first.ms,
			firstQueryBytes,
			indexBytes: dirBytes(join(built.outDir, 'pagefind'), isIndex),
			misses,
		};
	} finally {
		await browser.close();
		server.close();
	}
}

async function main() {
	const rows: string[][] = [];
	const missLists: string[] = [];
	const results: SearchResults = { runs: [] };
	let port = 4470;
	for (const set of CONTENT_SETS) {
		const cases = set.label === 'default' ? DEFAULT_CASES : CORPUS_CASES;
		for (const engine of ENGINES) {
			const built = await build(engine, set);
			const m = await measure(built, cases, port++);
			const name = `${engine === 'ours' ? 'ours' : 'plain Starlight'} (${set.label}, ${cases.length} queries)`;
			rows.push([
				name,
				m.recall1.toFixed(3),
				m.recall3.toFixed(3),
				m.mrr.toFixed(3),
				m.noResultRate.toFixed(3),
				`${Math.round(m.median)} ms`,
				`${Math.round(m.p95)} ms`,
				`${Math.round(m.firstMs)} ms`,
				`${(m.firstQueryBytes / 1024).toFixed(0)} KB`,
				`${(m.indexBytes / 1024).toFixed(0)} KB`,
			]);
			results.runs.push({ engine, set: set.label, recall1: m.recall1, p95: m.p95, firstQueryBytes: m.firstQueryBytes, indexBytes: m.indexBytes });
			missLists.push(`### ${name}: not first\n${m.misses.map((miss) => `- ${miss}`).join('\n') || '- (none)'}`);
		}
	}
	saveResults('search', results);
	console.log(`\n## Search (${new Date().toISOString().slice(0, 10)}, ${process.version}, top ${TOP} results)\n`);
	console.log(
		table(
			['engine', 'recall@1', 'recall@3', 'MRR', 'no result', 'median', 'p95', 'first query', 'first query bytes', 'index on disk'],
			rows,
		),
	);
	console.log(`\n${missLists.join('\n\n')}`);
}

await main();
