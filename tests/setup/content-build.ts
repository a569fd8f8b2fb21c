/**
 * `CONTENT_DIR=<folder> astro build` into a temporary folder, for the tests that build other content folders
 * (tests/fixtures/, the real help-center corpus).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { astroBuild, PROJECT_ROOT } from './astro-cli';

export const fixture = (name: string) => join(PROJECT_ROOT, 'tests', 'fixtures', name);

export async function buildContent(contentDir: string, env: NodeJS.ProcessEnv = {}) {
	const outDir = mkdtempSync(join(tmpdir(), 'pg-guide-build-'));
	const result = await astroBuild({
		args: ['--outDir', outDir],
		env: { CONTENT_DIR: contentDir, ...env },
		logFile: join(PROJECT_ROOT, 'test-results', `build-${relative(PROJECT_ROOT, contentDir).replace(/[^\w]+/g, '-')}.log`),
	});
	const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf-8');
	return { ...result, outDir, page };
}
