/**
 * `npm run bench:search:quick`: recall of our search on every query set in seconds, not the hour
 * bench:search takes. The same query parsing and ranking code as the search box (src/lib/korean,
 * src/lib/search) runs in Node against the Pagefind index of our built site, served locally; no browser,
 * no typing, no timing. For tuning; bench:search stays the figure reported.
 *
 *   node tests/bench/search-quick.ts [content set…] [--sets=label,label] [--misses] [--no-build]
 *
 * `--misses` lists each set's queries whose answer is not first; `--no-build` reuses `.bench/dist/ours-*`;
 * `--query=text` shows what one query finds on each site instead: its parse, corrections and results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as bundle } from 'esbuild';
import { serveStatic } from '../setup/static-server.ts';
import { querySets, rankOf } from '../search/sets.ts';
import { BENCH, build, CONTENT_SETS, table } from './builds.ts';

/** The search box's code, bundled: src/ imports without file extensions, which Node alone does not resolve. */
const SEARCH_CODE = join(BENCH, 'search-code.mjs');
await bundle({
	entryPoints: [join(import.meta.dirname, 'search-code.ts')],
	bundle: true,
	platform: 'node',
	format: 'esm',
	packages: 'external',
	outfile: SEARCH_CODE,
	logLevel: 'warning',
});
const { parseQuery, RANKING, VOCABULARY_FILE, BIGRAM_DIR, bigramFileJson, pagefindEngine, PAGE_SIZE, runQuery, parseVocabulary } = (await import(
	pathToFileURL(SEARCH_CODE).href
)) as typeof import('./search-code.ts');

const TOP = 5;
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const contentLabels = args.filter((arg) => !arg.startsWith('--'));
const setLabels = option('sets')?.split(',');

const rows: string[][] = [];
const missLists: string[] = [];
let port = 4570;
for (const set of CONTENT_SETS.filter(({ label }) => !contentLabels.length || contentLabels.includes(label))) {
	const outDir = flag('no-build') ? join(BENCH, 'dist', `ours-${set.label}`) : (await build('ours', set)).outDir;
	const origin = `http://127.0.0.1:${port}`;
	const server = await serveStatic(outDir, port++);
	try {
		// A module instance of its own per site: Pagefind keeps its index in module state.
		const pagefind = await import(`${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?site=${set.label}`);
		await pagefind.options({ basePath: `${origin}/pagefind/`, ranking: RANKING });
		await pagefind.init();
		const words = parseVocabulary(JSON.parse(readFileSync(join(outDir, 'pagefind', VOCABULARY_FILE), 'utf-8')), VOCABULARY_FILE).words;
		const engine = pagefindEngine(
			async () => pagefind,
			async () => words,
			async (name) => bigramFileJson(new Uint8Array(readFileSync(join(outDir, 'pagefind', BIGRAM_DIR, name))).buffer),
		);
		const path = (url: string) => url.replace(origin, '');
		const query = option('query');
		if (query) {
			const parsed = parseQuery(query);
			const run = await runQuery(engine, parsed, PAGE_SIZE);
			console.log(`## ${set.label}: ${query}\n${JSON.stringify(parsed)}\ncorrections: ${JSON.stringify(run.corrections)}`);
			for (const hit of run.hits) console.log(`- ${hit.title}${hit.section ? ` › ${hit.section}` : ''} ${decodeURI(path(hit.url))}\n  ${hit.excerpt}`);
			continue;
		}
		for (const { label, cases } of querySets(set.label).filter(({ label }) => !setLabels || setLabels.includes(label))) {
			const ranks: number[] = [];
			const misses: string[] = [];
			const started = performance.now();
			for (const testCase of cases) {
				const run = await runQuery(engine, parseQuery(testCase.query), PAGE_SIZE);
				const results = run.hits.slice(0, TOP).map((hit) => [hit.url, ...hit.others.map(({ url }) => url)].map(path));
				const rank = rankOf(results, testCase);
				ranks.push(rank);
				if (rank !== 1) misses.push(`${testCase.query} → ${results[0] ? decodeURI(results[0][0]!) : '(none)'}${rank ? ` (answer ${rank})` : ''}`);
			}
			const share = (count: number) => (count / cases.length).toFixed(3);
			rows.push([
				`${set.label}, ${label} (${cases.length})`,
				share(ranks.filter((rank) => rank === 1).length),
				share(ranks.filter((rank) => rank >= 1 && rank <= 3).length),
				(ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / cases.length).toFixed(3),
				`${Math.round((performance.now() - started) / cases.length)} ms`,
			]);
			if (flag('misses')) missLists.push(`### ${set.label}, ${label}: not first\n${misses.map((miss) => `- ${miss}`).join('\n') || '- (none)'}`);
		}
	} finally {
		server.close();
	}
}
if (rows.length) console.log(table(['query set', 'recall@1', 'recall@3', 'MRR', 'per query (Node, warm index)'], rows));
if (missLists.length) console.log(`\n${missLists.join('\n\n')}`);
