import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import pMap from 'p-map';
import { createMdxMdastHandle, dropHandle } from 'satteri';
import { glob } from 'tinyglobby';
import { FrontmatterError, keyLine, readFrontmatter } from '../lib/frontmatter/read';
import { findDecomposedJamo } from '../lib/korean/jamo';
import { originalLine, repairMdxSource, type Repair } from '../lib/mdx/repair-source';
import { ARTICLE_PATTERN, articleIds, entryId } from './article-files';

/**
 * Loads help-center articles from any folder (Starlight's own `docsLoader` only reads `src/content/docs/`).
 *
 * The articles are `.md` or `.mdx` files that use MDX components without importing them. Each file is
 * staged as MDX in `.astro/articles/`: the body repaired where a lenient CMS allowed what MDX does not
 * (see `repairMdxSource`), and the components of article-components.ts handed to it as MDX's `components` export
 * (every name that module exports, so that it is the one list of what an article may use). The original files are never
 * written. Frontmatter is validated against the collection schema, and the body checked as MDX, with the original
 * file named and lines counted in it: the staged copy keeps every body line where the author wrote it.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const COMPONENTS = fileURLToPath(new URL('../components/article-components.ts', import.meta.url));
/** Pages every site needs; a content folder without its own gets ours. */
const FALLBACK_PAGES = fileURLToPath(new URL('../fallback-pages/', import.meta.url));
const FALLBACK_IDS = ['index', '404'];
/** Articles read and staged at once: the disk stays busy, and a large folder stays under any open-file limit. */
const FILES_AT_ONCE = 32;

export interface HelpCenterLoaderOptions {
	/** Folder of articles, relative to the project root (or absolute). */
	base: string;
}

export function helpCenterLoader({ base }: HelpCenterLoaderOptions): Loader {
	return {
		name: 'help-center-loader',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const baseDir = resolve(root, base);
			const stagingDir = resolve(root, '.astro/articles');
			const files = await glob(ARTICLE_PATTERN, { cwd: baseDir });
			if (files.length === 0) context.logger.warn(`No articles found in ${baseDir}`);

			await rm(stagingDir, { recursive: true, force: true });
			context.store.clear();
			const owners = articleIds(baseDir, files);
			const articles = [
				...[...owners].map(([id, file]) => ({ root, baseDir, stagingDir, file, id })),
				...FALLBACK_IDS.filter((id) => !owners.has(id)).map((id) => ({ root, baseDir: FALLBACK_PAGES, stagingDir, file: `${id}.mdx`, id })),
			];
			const staged = await pMap(articles, (article) => stageArticle(context, article), { concurrency: FILES_AT_ONCE });
			// In file order, whichever file was read first.
			for (const entry of staged) context.store.set(entry);

			context.watcher?.add(baseDir);
			context.watcher?.on('all', async (event, changed) => {
				if (!changed.startsWith(baseDir) || !/\.mdx?$/.test(changed)) return;
				const file = relative(baseDir, changed).replace(/\\/g, '/');
				if (event === 'unlink') return context.store.delete(entryId(file));
				// Checked like the first load: an article of the folder (not `_`-named), at an address no other file has.
				try {
					const files = await glob(ARTICLE_PATTERN, { cwd: baseDir });
					if (!files.includes(file)) return;
					articleIds(baseDir, files);
					context.store.set(await stageArticle(context, { root, baseDir, stagingDir, file, id: entryId(file) }));
				} catch (error) {
					context.logger.error((error as Error).message);
				}
			});
		},
	};
}

async function readArticle(sourcePath: string) {
	const source = await readFile(sourcePath, 'utf-8');
	const match = FRONTMATTER.exec(source);
	const frontmatter = match?.[1] ?? '';
	let data: Record<string, unknown>;
	try {
		data = readFrontmatter(frontmatter);
	} catch (error) {
		if (!(error instanceof FrontmatterError)) throw error;
		throw new Error(`${sourcePath}${error.line ? `:${error.line}` : ''}: ${error.message}`);
	}
	const head = match?.[0] ?? '';
	return { source, frontmatter, frontmatterLines: head.split('\n').length - 1, body: source.slice(head.length), data };
}

/**
 * Astro's schema error lists the fields at fault (`  **tags.1**: …`) and points at line 0 of the file: it points at
 * the line of the first field instead.
 */
function atFieldLine(error: unknown, sourcePath: string, frontmatter: string): unknown {
	const field = error instanceof Error ? /^\s+\**([\w-]+)[.\w-]*\**: /m.exec(error.message)?.[1] : undefined;
	const line = field && keyLine(frontmatter, field);
	if (line && error instanceof Error && 'loc' in error) error.loc = { file: sourcePath, line, column: 1 };
	return error;
}

/** Fails, naming the article file and the line in it, where the body is not MDX the compiler can read. */
function assertMdxSyntax(sourcePath: string, body: string, bodyStart: number, repairs: Repair[]) {
	try {
		// Parsed in Satteri's native arena and dropped: no tree comes to JavaScript (40 ms for the 359-article corpus).
		dropHandle(createMdxMdastHandle(body));
	} catch (error) {
		// Satteri writes positions in the body it was given as `line:column`.
		const at = (line: string, column: string) => `${bodyStart + originalLine(Number(line), repairs)}:${column}`;
		const message = (error as Error).message.replace(/\b(\d+):(\d+)\b/g, (_, line: string, column: string) => at(line, column));
		throw new Error(`${sourcePath}:${message.replace(/^(\d+:\d+): /, '$1: MDX로 읽을 수 없습니다: ')}`);
	}
}

/**
 * The staged copy's frontmatter and components export, taking as many lines as the article's frontmatter did (when
 * that had three lines or more), so that the body's lines keep their numbers in errors that name the staged copy.
 * The frontmatter is the data already read, as one line of JSON (which YAML reads): no alias is expanded a second
 * time. `slug` tells the links validator the page's address; Starlight routes by the entry id, which is the same.
 */
function stagedHeader(data: Record<string, unknown>, id: string, componentsImport: string, lines: number): string {
	const header = `---\n${JSON.stringify({ ...data, slug: id })}\n---\nimport * as components from '${componentsImport}'; export { components };\n`;
	// ESM in MDX ends at a blank line.
	return header + '\n'.repeat(Math.max(1, lines - 4));
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

interface ArticleLocation {
	root: string;
	baseDir: string;
	stagingDir: string;
	file: string;
	id: string;
}

/** Validates an article's frontmatter and writes its MDX to the staging folder: the entry to store. */
async function stageArticle(
	{ parseData, generateDigest, logger }: LoaderContext,
	{ root, baseDir, stagingDir, file, id }: ArticleLocation,
): Promise<StoredEntry> {
	const sourcePath = join(baseDir, file);
	const { source, frontmatter, frontmatterLines, body, data } = await readArticle(sourcePath);
	const parsed = await parseData({ id, data, filePath: sourcePath }).catch((error: unknown) => {
		throw atFieldLine(error, sourcePath, frontmatter);
	});
	// Starlight's 404 route renders the 404 entry; as a draft, its catch-all route does not render it a second time.
	if (id === '404') parsed.draft = true;

	for (const { line, text } of findDecomposedJamo(source)) {
		logger.warn(`${relative(root, sourcePath)}:${line}: 분해된 한글 자모(NFD)가 있습니다: "${text}" — NFC로 저장해 주세요`);
	}

	const { source: mdxBody, repairs } = repairMdxSource(body);
	assertMdxSyntax(sourcePath, mdxBody, frontmatterLines, repairs);
	const stagedPath = join(stagingDir, `${id}.mdx`);
	const componentsImport = relative(dirname(stagedPath), COMPONENTS).replace(/\\/g, '/');
	await mkdir(dirname(stagedPath), { recursive: true });
	await writeFile(stagedPath, stagedHeader(data, id, componentsImport, frontmatterLines) + mdxBody);
	return {
		id,
		data: parsed,
		body,
		filePath: relative(root, stagedPath).replace(/\\/g, '/'),
		digest: generateDigest(source),
		deferredRender: true,
	};
}
