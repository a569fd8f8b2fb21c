import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './astro-cli';

/**
 * The help-center corpus (never committed): `CORPUS_DIR`, else `shared/corpus/portone-help` beside the project or
 * beside any folder above it (a git worktree sits one level deeper than the main checkout). Undefined when absent.
 */
export function findCorpus(): string | undefined {
	if (process.env.CORPUS_DIR) return process.env.CORPUS_DIR;
	for (let dir = dirname(PROJECT_ROOT); ; dir = dirname(dir)) {
		const candidate = join(dir, 'shared', 'corpus', 'portone-help');
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) return undefined;
	}
}
