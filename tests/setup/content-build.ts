/**
 * `astro build` into a temporary folder, for the tests that build other content folders (tests/fixtures/, the real
 * help-center corpus) or the site with other procedures (a new deploy that changed them).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { astroBuild, PROJECT_ROOT } from './astro-cli';
import { procedureVariant, type VARIANTS } from './procedure-variants';

export const fixture = (name: string) => join(PROJECT_ROOT, 'tests', 'fixtures', name);

/** Builds with `env` (CONTENT_DIR, PROCEDURE_DIR, …); the log is named for `folder`, the folder built from. */
async function buildInto(folder: string, env: NodeJS.ProcessEnv) {
	const outDir = mkdtempSync(join(tmpdir(), 'pg-guide-build-'));
	const result = await astroBuild({
		args: ['--outDir', outDir],
		env,
		logFile: join(PROJECT_ROOT, 'test-results', `build-${relative(PROJECT_ROOT, folder).replace(/[^\w]+/g, '-')}.log`),
	});
	const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf-8');
	return { ...result, outDir, page };
}

/** `CONTENT_DIR=<contentDir> astro build`; whether it failed is for the test to check. */
export function buildContent(contentDir: string, env: NodeJS.ProcessEnv = {}) {
	return buildInto(contentDir, { CONTENT_DIR: contentDir, ...env });
}

/**
 * This site with KG이니시스's procedure changed as the variant `name` says (see procedure-variants.ts) in place of
 * content/procedures: the next deploy, for the tests of what a reader's saved progress meets. Throws when it does not
 * build.
 */
export async function buildProcedureVariant(name: keyof typeof VARIANTS) {
	const procedureDir = procedureVariant(name);
	const build = await buildInto(join(PROJECT_ROOT, procedureDir), { PROCEDURE_DIR: procedureDir });
	if (!build.ok) throw new Error(`variant build failed: ${build.why}\n${build.output.slice(-2000)}`);
	return build;
}
