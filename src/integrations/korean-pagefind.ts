import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { indexableHtml } from '../lib/search/index-html';

/**
 * Builds the Pagefind index in place of Starlight's (`pagefind: false` in the Starlight config), from
 * the same pages, each with its Korean index tokens added (src/lib/search/index-html.ts). Runs from
 * Pagefind's Node API, the way Starlight runs it, so the bundle and its URL stay the same.
 *
 * The indexed copies are written to a temporary folder laid out like the site, and Pagefind reads that
 * folder itself: handing it each page through its API costs twice the time on a large site.
 */
/** Pages read and written at once: the disk stays busy, and a large site stays under any open-file limit. */
const FILES_AT_ONCE = 32;

export function koreanPagefind(): AstroIntegration {
	return {
		name: 'pg-guide-korean-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const outputPath = fileURLToPath(new URL('./pagefind/', dir));
				const copies = await mkdtemp(join(tmpdir(), 'pg-guide-pagefind-'));
				try {
					const files = await glob('**/*.html', { cwd: root });
					const indexed = await pMap(
						files,
						async (file) => {
							const content = indexableHtml(await readFile(join(root, file), 'utf-8'));
							if (content === undefined) return false;
							await mkdir(dirname(join(copies, file)), { recursive: true });
							await writeFile(join(copies, file), content);
							return true;
						},
						{ concurrency: FILES_AT_ONCE },
					);
					const { index, errors } = await pagefind.createIndex();
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: copies });
					if (added.errors.length) throw new Error(added.errors.join('\n'));
					await rm(outputPath, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) throw new Error(written.errors.join('\n'));
					logger.info(`Korean search index: ${indexed.filter(Boolean).length} of ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
					await rm(copies, { recursive: true, force: true });
				}
			},
		},
	};
}
