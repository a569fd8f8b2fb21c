/**
 * Builds our site and plain Starlight from the same content folder, into `.bench/`: what every
 * benchmark compares.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, PROJECT_ROOT } from '../setup/astro-cli.ts';
import { createPlainStarlight } from './plain-starlight.ts';
import { CORPUS } from '../setup/corpus.ts';

export const BENCH = join(PROJECT_ROOT, '.bench');

export interface ContentSet {
	label: string;
	dir: string;
	/** The KG이니시스 guide's path in this content. */
	guide: string;
}

/** `BENCH_SETS=default` measures that content set alone (a quick look; the figures reported take every set). */
const ONLY = process.env.BENCH_SETS?.split(',').filter(Boolean);

export const CONTENT_SETS: ContentSet[] = [
	{ label: 'default', dir: join(PROJECT_ROOT, 'content', 'docs'), guide: 'guides/kg-inicis-contract' },
	...(existsSync(CORPUS) ? [{ label: 'corpus' as const, dir: CORPUS, guide: 'core-service/how-to-use/inicis-contract' }] : []),
].filter((set) => !ONLY || ONLY.includes(set.label));

export type Engine = 'ours' | 'plain';
export const ENGINES: Engine[] = ['ours', 'plain'];

export interface Built {
	engine: Engine;
	set: ContentSet;
	outDir: string;
	seconds: number;
	peakRss: number;
}

/**
 * Builds one engine's site from a content set. `searchTags: true` gives plain Starlight the articles'
 * search tags as a Pagefind meta field, which its own schema drops (ours indexes whatever the content has).
 */
export async function build(engine: Engine, set: Pick<ContentSet, 'label' | 'dir'> & Partial<ContentSet>, { searchTags = false } = {}): Promise<Built> {
	const name = `${engine}-${set.label}${engine === 'plain' && searchTags ? '-tags' : ''}`;
	const outDir = join(BENCH, 'dist', name);
	const logFile = join(BENCH, `${name}.log`);
	let root: string | undefined;
	if (engine === 'plain') {
		root = join(BENCH, `plain-${set.label}`);
		createPlainStarlight(root, set.dir, { searchTags });
	}
	const result = await astroBuild({
		root,
		args: ['--outDir', outDir],
		env: engine === 'ours' ? { CONTENT_DIR: set.dir } : {},
		logFile,
	});
	if (!result.ok) throw new Error(`${engine} build of ${set.label} failed (${result.why}); log: ${logFile}`);
	return { engine, set: set as ContentSet, outDir, seconds: result.seconds, peakRss: result.peakRss };
}

export const table = (header: string[], rows: string[][]) =>
	[header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** This site's pages plus `n` corpus articles, cycled with new file names and titles past 359: a site of any size. */
export function scaleContent(n: number): string {
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
