import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { indexableHtml } from '../lib/search/index-html';

/**
 * Builds the Pagefind index in place of Starlight's (`pagefind: false` in the Starlight config), from
 * the same pages, each with its Korean index tokens added (src/lib/search/index-html.ts). Runs from
 * Pagefind's Node API, the way Starlight runs it, so the bundle and its URL stay the same.
 */
const CONCURRENCY = 4;

export function koreanPagefind(): AstroIntegration {
	return {
		name: 'pg-guide-korean-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const outputPath = fileURLToPath(new URL('./pagefind/', dir));
				try {
					const { index, errors } = await pagefind.createIndex();
					if (!index) throw new Error(errors.join('\n'));
					const files = await glob('**/*.html', { cwd: root });
					let indexed = 0;
					// Pagefind indexes in its own process: keep it busy while the next pages get their tokens.
					await Promise.all(
						Array.from({ length: CONCURRENCY }, async (_, worker) => {
							for (let next = worker; next < files.length; next += CONCURRENCY) {
								const file = files[next]!;
								const content = indexableHtml(await readFile(root + file, 'utf-8'));
								if (content === undefined) continue;
								const url = '/' + file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
								const added = await index.addHTMLFile({ url, content });
								if (added.errors.length) throw new Error(added.errors.join('\n'));
								indexed++;
							}
						}),
					);
					await rm(outputPath, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) throw new Error(written.errors.join('\n'));
					logger.info(`Korean search index: ${indexed} of ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
