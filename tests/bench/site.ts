/**
 * `npm run bench:site`: our site beside plain Starlight + Pagefind, built from the same pages in one run.
 *
 * - Build: wall time for the default content and for the 359-article corpus.
 * - The guide page's HTML (raw and gzip) and how much of it is sidebar.
 * - Page weight in Chromium: JS and all bytes (gzip) a first visit loads, on the home page, the guide,
 *   a corpus article, the checklist page and the chooser (plain Starlight has neither).
 * - Lighthouse 13 on those pages, mobile and desktop, median of 3 runs per category.
 * - First visit, whole download: every byte the server sends on the wire (gzip as a host sends it, headers
 *   included) for a first visit to the guide until the service worker controls the page and the network is idle,
 *   its background precache included, at N = 0 (this site's pages), 359 (the corpus) and `FIRST_VISIT_SIZES`
 *   (default 3000, this site's pages plus N corpus articles as in bench:scale).
 *
 * Machines here are noisy: read the ratios and medians, not single numbers.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../setup/astro-cli.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../setup/chromium.ts';
import { BENCH, build, CONTENT_SETS, ENGINES, kb, median, scaleContent, table, type Engine } from './builds.ts';
import { countBytesSent, serveStatic } from '../setup/static-server.ts';
import { FIRST_VISIT_BUDGET } from '../../src/offline/contract.ts';
import { LIGHTHOUSE_CATEGORIES, saveResults, type SiteResults } from './results.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** `BENCH_PAGES=checklist;choose` measures those page types alone (a quick look; the figures reported take all). */
const ONLY_PAGES = process.env.BENCH_PAGES?.split(';').filter(Boolean);
const FIRST_VISIT_SIZES = (process.env.FIRST_VISIT_SIZES ?? '3000').split(',').filter(Boolean).map(Number);

/**
 * Bytes on the wire of a first visit to `path`, with nothing cached: the page, what it loads, and (ours) the
 * service worker's precache, counted until the worker controls the page and the network is idle.
 */
async function firstVisit(outDir: string, path: string, engine: Engine): Promise<number> {
	const server = await serveStatic(outDir, 0);
	const bytesSent = countBytesSent(server);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
	try {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}${path}`, { waitUntil: 'networkidle' });
		if (engine === 'ours') {
			await page.evaluate(() => navigator.serviceWorker.ready);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			await page.waitForLoadState('networkidle');
		}
		return bytesSent();
	} finally {
		await browser.close();
		server.close();
	}
}

/** Bytes of the page's sidebar: Starlight's `<nav class="sidebar">` up to its matching `</nav>`. */
function sidebarBytes(html: string): number {
	const start = html.indexOf('<nav class="sidebar');
	if (start === -1) return 0;
	const tags = /<nav\b|<\/nav>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[0] === '</nav>' ? -1 : 1;
		if (depth === 0) return Buffer.byteLength(html.slice(start, tag.index + tag[0].length));
	}
	return 0;
}

/**
 * Lighthouse on `url`. With `started` guides, as a returning reader sees it: a browser whose storage holds those
 * guides' checklists, each with its first step ticked, that Lighthouse connects to and whose storage it keeps.
 */
async function lighthouse(url: string, preset: 'mobile' | 'desktop', started: readonly string[] = []): Promise<Record<string, number>> {
	if (started.length === 0) return runLighthouse(url, preset, [`--chrome-flags=${CHROMIUM_ARGS.join(' ')}`]);
	const userDataDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
	const port = 9400 + Math.floor(Math.random() * 500);
	// A persistent context: its pages share the browser's default storage, the one Lighthouse's tab opens in.
	const context = await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		for (const path of started) {
			await page.goto(new URL(path, url).href, { waitUntil: 'networkidle' });
			await page.locator('pg-checklist input[type="checkbox"][id^="checklist-"]').first().check();
		}
		await page.goto('about:blank');
		return await runLighthouse(url, preset, [`--port=${port}`, '--disable-storage-reset']);
	} finally {
		await context.close();
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

function runLighthouse(url: string, preset: 'mobile' | 'desktop', browserArgs: string[]): Promise<Record<string, number>> {
	const args = [
		join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
		url,
		'--quiet',
		'--output=json',
		'--output-path=stdout',
		...browserArgs,
		...(preset === 'desktop' ? ['--preset=desktop'] : []),
	];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromiumPath() } });
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`lighthouse exited ${code}`));
			const report = JSON.parse(out) as { categories: Record<string, { score: number }> };
			resolve(Object.fromEntries(Object.entries(report.categories).map(([id, { score }]) => [id, Math.round(score * 100)])));
		});
	});
}

/** Gzip bytes a first visit loads (served uncompressed here, so each body is compressed to count it), JS apart. */
async function pageWeight(url: string): Promise<{ js: number; total: number } | undefined> {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
	try {
		const page = await (await browser.newContext()).newPage();
		const sizes: Promise<{ js: boolean; bytes: number }>[] = [];
		page.on('response', (response) => {
			sizes.push(
				response.body().then(
					(body) => ({ js: response.request().resourceType() === 'script', bytes: gzipSync(body).length }),
					() => ({ js: false, bytes: 0 }),
				),
			);
		});
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response?.ok()) return undefined;
		const all = await Promise.all(sizes);
		return { js: all.filter((size) => size.js).reduce((sum, size) => sum + size.bytes, 0), total: all.reduce((sum, size) => sum + size.bytes, 0) };
	} finally {
		await browser.close();
	}
}

/** Guides whose checklists a returning reader has started (issue 22: Lighthouse with two PGs started). */
const STARTED = ['/guides/nhn-kcp-contract/', '/guides/tosspayments-contract/'];

/** The page types measured, per content set; `started`: ours only, with those guides' checklists started. */
const PAGE_TYPES: Record<string, { label: string; path: (guide: string) => string; started?: readonly string[] }[]> = {
	default: [
		{ label: 'home', path: () => '/' },
		{ label: 'guide', path: (guide) => `/${guide}/` },
		{ label: 'guide, two PGs started', path: (guide) => `/${guide}/`, started: STARTED },
		{ label: 'checklist', path: () => '/checklist/' },
		{ label: 'checklist, two PGs started', path: () => '/checklist/', started: STARTED },
		{ label: 'choose', path: () => '/choose/' },
		{ label: 'compare', path: () => '/compare/' },
		{ label: 'glossary', path: () => '/glossary/' },
	],
	corpus: [{ label: 'corpus article', path: () => '/core-service/channel-setting/tosspayments/' }],
};

async function main() {
	mkdirSync(BENCH, { recursive: true });
	const rows: string[][] = [];
	const weightRows: string[][] = [];
	const lighthouseRows: string[][] = [];
	const results: SiteResults = { guideHtml: [], pages: [], firstVisit: [] };
	const firstVisitRows: string[][] = [];
	const recordFirstVisit = async (outDir: string, guide: string, engine: Engine, set: string, n: number) => {
		const bytes = await firstVisit(outDir, `/${guide}/`, engine);
		results.firstVisit.push({ engine, set, n, bytes });
		firstVisitRows.push([n.toLocaleString('en'), set, engine === 'ours' ? 'ours' : 'plain Starlight', kb(bytes), engine === 'ours' ? (bytes <= FIRST_VISIT_BUDGET ? 'yes' : 'no') : '']);
	};
	let port = 4450;
	for (const set of CONTENT_SETS) {
		for (const engine of ENGINES) {
			const name = `${engine === 'ours' ? 'ours' : 'plain Starlight'} (${set.label})`;
			const { outDir, seconds } = await build(engine, set);
			const html = readFileSync(join(outDir, set.guide, 'index.html'));
			rows.push([name, `${seconds.toFixed(1)} s`, kb(html.length), kb(gzipSync(html).length), kb(sidebarBytes(html.toString('utf-8')))]);
			results.guideHtml.push({ engine, set: set.label, bytes: html.length });
			await recordFirstVisit(outDir, set.guide, engine, set.label, set.label === 'corpus' ? 359 : 0);
			const server = await serveStatic(outDir, port++);
			const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
			for (const type of PAGE_TYPES[set.label] ?? []) {
				if (type.started && engine !== 'ours') continue;
				if (ONLY_PAGES && !ONLY_PAGES.includes(type.label)) continue;
				const url = base + type.path(set.guide);
				const weight = await pageWeight(url);
				if (!weight) continue;
				weightRows.push([type.label, name, kb(weight.js), kb(weight.total)]);
				const scores = { mobile: {}, desktop: {} } as Record<'mobile' | 'desktop', Record<string, number>>;
				// LIGHTHOUSE_RUNS=0: page weight and first visit only.
				for (const preset of RUNS > 0 ? (['mobile', 'desktop'] as const) : []) {
					const runs: Record<string, number>[] = [];
					for (let run = 0; run < RUNS; run++) runs.push(await lighthouse(url, preset, type.started));
					for (const id of LIGHTHOUSE_CATEGORIES) scores[preset][id] = median(runs.map((r) => r[id]!));
					lighthouseRows.push([type.label, name, preset, ...LIGHTHOUSE_CATEGORIES.map((id) => String(scores[preset][id]))]);
				}
				results.pages.push({ page: type.label, engine, set: set.label, jsBytes: weight.js, totalBytes: weight.total, lighthouse: scores });
			}
			server.close();
		}
	}
	for (const n of FIRST_VISIT_SIZES) {
		const dir = scaleContent(n);
		for (const engine of ENGINES) {
			const { outDir } = await build(engine, { label: `scale-${n}`, dir });
			await recordFirstVisit(outDir, 'guides/kg-inicis-contract', engine, `scale-${n}`, n);
		}
	}
	saveResults('site', results);
	console.log(`\n## Guide page HTML and build time (${new Date().toISOString().slice(0, 10)}, ${process.version})\n`);
	console.log(table(['site', 'build', 'guide HTML', 'gzip', 'sidebar'], rows));
	console.log(`\n## Page weight, first visit (gzip)\n`);
	console.log(table(['page', 'site', 'JS', 'all bytes'], weightRows));
	console.log(`\n## First visit to the guide, whole download on the wire (service worker's precache included), goal ≤ ${kb(FIRST_VISIT_BUDGET)}\n`);
	console.log(table(['N', 'content', 'site', 'bytes on the wire', '≤ 1.5 MB'], firstVisitRows));
	console.log(`\n## Lighthouse 13, median of ${RUNS} runs\n`);
	console.log(table(['page', 'site', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO'], lighthouseRows));
}

await main();
