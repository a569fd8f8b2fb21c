/**
 * `npm run bench:scale`: build time and weight as the site grows. N articles are made at run time from
 * the corpus's real text (../shared/corpus/portone-help, never committed) next to this site's own
 * pages, and built by our site and by plain Starlight. The guide page's HTML should stay flat as N
 * grows; plain Starlight renders the whole sidebar into every page.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../setup/astro-cli.ts';
import { BENCH, build, ENGINES, median, table, type Built, type Engine } from './builds.ts';
import { CORPUS } from '../setup/corpus.ts';
import { saveResults, type ScaleResults } from './results.ts';

const SIZES = (process.env.SCALE_SIZES ?? '0,300,1000,3000').split(',').map(Number);
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** This site's pages plus `n` corpus articles, cycled with new file names and titles past 359. */
function makeContent(n: number): string {
	const dir = join(BENCH, `scale-${n}`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(PROJECT_ROOT, 'content', 'docs'), dir, { recursive: true });
	const articles = readdirSync(CORPUS, { recursive: true, encoding: 'utf-8' }).filter((file) => file.endsWith('.md')).sort();
	for (let index = 0; index < n; index++) {
		const file = articles[index % articles.length]!;
		const round = Math.floor(index / articles.length);
		const source = readFileSync(join(CORPUS, file), 'utf-8');
		const target = join(dir, 'scale', round ? file.replace(/\.md$/, `-${round + 1}.md`) : file);
		mkdirSync(join(target, '..'), { recursive: true });
		writeFileSync(target, round ? source.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/'$/, '')} (${round + 1})${title.endsWith("'") ? "'" : ''}`) : source);
	}
	return dir;
}

function dirStats(dir: string, keep: (name: string) => boolean = () => true) {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf-8' })
		.filter(keep)
		.map((name) => statSync(join(dir, name)))
		.filter((stat) => stat.isFile());
	return { count: files.length, bytes: files.reduce((sum, stat) => sum + stat.size, 0) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Builds per engine and N, alternating ours and plain so that both meet the same moments of a noisy
 * machine; the median counts. `SCALE_RUNS` sets it; by default 3 up to N = 1,000 and 1 above, where one
 * plain Starlight build takes minutes.
 */
const runsFor = (n: number) => Number(process.env.SCALE_RUNS ?? (n <= 1000 ? 3 : 1));

async function main() {
	const rows: string[][] = [];
	const results: ScaleResults = { runs: [] };
	for (const n of SIZES) {
		const dir = makeContent(n);
		const builds: Record<Engine, Built[]> = { ours: [], plain: [] };
		for (let run = 0; run < runsFor(n); run++) {
			for (const engine of ENGINES) builds[engine].push(await build(engine, { label: `scale-${n}`, dir }));
		}
		const seconds = (engine: Engine) => median(builds[engine].map((built) => built.seconds));
		for (const engine of ENGINES) {
			const built = builds[engine].at(-1)!;
			const pagefind = dirStats(join(built.outDir, 'pagefind'), (name) => !/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name));
			const guide = readFileSync(join(built.outDir, 'guides', 'kg-inicis-contract', 'index.html'));
			results.runs.push({ n, engine, seconds: seconds(engine), guideHtmlBytes: guide.length });
			rows.push([
				String(n),
				engine === 'ours' ? 'ours' : 'plain Starlight',
				`${seconds(engine).toFixed(1)} s`,
				builds[engine].map((each) => each.seconds.toFixed(1)).join(' / '),
				engine === 'ours' ? '' : `${(seconds('ours') / seconds('plain')).toFixed(2)}×`,
				mb(Math.max(...builds[engine].map((each) => each.peakRss))),
				mb(dirStats(built.outDir).bytes),
				`${mb(pagefind.bytes)} / ${pagefind.count}`,
				`${(guide.length / 1024).toFixed(1)} KB`,
			]);
		}
	}
	saveResults('scale', results);
	console.log(`\n## Build scale (${new Date().toISOString().slice(0, 10)}, ${process.version}, median build of the runs shown)\n`);
	console.log(table(['N', 'site', 'build', 'runs (s)', 'ours ÷ plain', 'peak RSS', 'dist', 'search index / files', 'guide HTML'], rows));
}

await main();
