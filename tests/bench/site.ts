/**
 * `npm run bench:site`: our site beside plain Starlight + Pagefind, built from the same pages in one run.
 *
 * - Build: wall time for the default content and for the 359-article corpus.
 * - Page weight: the guide page's HTML (raw and gzip) and how much of it is sidebar.
 * - Lighthouse 13 on the guide page, mobile and desktop, median of 3 runs per category.
 *
 * Machines here are noisy: read the ratios and medians, not single numbers.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuild, PROJECT_ROOT } from '../setup/astro-cli.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../setup/chromium.ts';
import { createPlainStarlight } from './plain-starlight.ts';
import { serveStatic } from './static-server.ts';

const BENCH = join(PROJECT_ROOT, '.bench');
const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'portone-help');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

interface Variant {
	name: string;
	build(outDir: string): Promise<{ seconds: number }>;
	guide: string;
}

async function buildOrThrow(options: Parameters<typeof astroBuild>[0]) {
	const result = await astroBuild(options);
	if (!result.ok) throw new Error(`build failed (${result.why}); log: ${options.logFile}`);
	return result;
}

function variants(contentDir: string, label: string, guide: { ours: string; plain: string }): Variant[] {
	const plainDir = join(BENCH, `plain-${label}`);
	return [
		{
			name: `ours (${label})`,
			guide: guide.ours,
			build: (outDir) =>
				buildOrThrow({ args: ['--outDir', outDir], env: { CONTENT_DIR: contentDir }, logFile: join(BENCH, `ours-${label}.log`) }),
		},
		{
			name: `plain Starlight (${label})`,
			guide: guide.plain,
			build: (outDir) => {
				createPlainStarlight(plainDir, contentDir);
				return buildOrThrow({ root: plainDir, args: ['--outDir', outDir], logFile: join(BENCH, `plain-${label}.log`) });
			},
		},
	];
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

function lighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<Record<string, number>> {
	const args = [
		join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
		url,
		'--quiet',
		'--output=json',
		'--output-path=stdout',
		`--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
	mkdirSync(BENCH, { recursive: true });
	const sets = [
		{ label: 'default', dir: join(PROJECT_ROOT, 'content', 'docs'), guide: { ours: 'guides/kg-inicis-contract', plain: 'guides/kg-inicis-contract' } },
		...(existsSync(CORPUS)
			? [{ label: 'corpus', dir: CORPUS, guide: { ours: 'core-service/how-to-use/inicis-contract', plain: 'core-service/how-to-use/inicis-contract' } }]
			: []),
	];
	const rows: string[][] = [];
	const lighthouseRows: string[][] = [];
	let port = 4450;
	for (const set of sets) {
		for (const variant of variants(set.dir, set.label, set.guide)) {
			const outDir = join(BENCH, 'dist', variant.name.replace(/\W+/g, '-'));
			const { seconds } = await variant.build(outDir);
			const html = readFileSync(join(outDir, variant.guide, 'index.html'));
			const text = html.toString('utf-8');
			rows.push([variant.name, `${seconds.toFixed(1)} s`, kb(html.length), kb(gzipSync(html).length), kb(sidebarBytes(text))]);
			if (set.label !== 'default') continue;
			const server = await serveStatic(outDir, port++);
			const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/${variant.guide}/`;
			for (const preset of ['mobile', 'desktop'] as const) {
				const runs: Record<string, number>[] = [];
				for (let run = 0; run < RUNS; run++) runs.push(await lighthouse(url, preset));
				const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
				lighthouseRows.push([variant.name, preset, ...categories.map((id) => String(median(runs.map((r) => r[id]!))))]);
			}
			server.close();
		}
	}
	const table = (header: string[], body: string[][]) =>
		[header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
	console.log(`\n## Guide page weight and build time (${new Date().toISOString().slice(0, 10)}, ${process.version})\n`);
	console.log(table(['site', 'build', 'guide HTML', 'gzip', 'sidebar'], rows));
	console.log(`\n## Lighthouse 13 on the guide page, median of ${RUNS} runs\n`);
	console.log(table(['site', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO'], lighthouseRows));
}

await main();
