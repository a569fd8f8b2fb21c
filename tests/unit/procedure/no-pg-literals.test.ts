/**
 * No PG-specific name lives in `src/` code: every PG fact comes from its procedure file (content/procedures/).
 * The search's table of PG names and Latin spellings is the one exception. Comments may use a PG as an example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PROCEDURES = join(ROOT, 'content', 'procedures');
/** How readers type PG names, for the search: the one place PG names belong in src/. */
const ALLOWED = new Set(['src/lib/korean/aliases.ts']);
/** Words of the procedure format that are also a PG's Latin spelling: `easypay` is the kind 간편결제 and 이지페이's name. */
const FORMAT_WORDS = new Set(['easypay']);

/** Every way a procedure names its PG: `KG이니시스`, `이니시스`, `kg inicis`, `inicis`, `네이버페이(결제형)` → `네이버페이`. */
function pgNames(): string[] {
	const names = new Set<string>();
	for (const file of readdirSync(PROCEDURES).filter((name) => /\.ya?ml$/.test(name))) {
		const { pg } = yaml.load(readFileSync(join(PROCEDURES, file), 'utf-8')) as { pg: { name: string; latin?: string[] } };
		for (const name of [pg.name, pg.name.replace(/\(.*\)/, ''), pg.name.replace(/[A-Za-z\s]+/g, ''), ...(pg.latin ?? [])]) {
			const trimmed = name.trim().toLowerCase();
			// Two Hangul syllables, or four Latin letters, are a name; shorter parts match too much (`kg`, `페이`).
			if (/[가-힣]{2,}/.test(trimmed) || /^[a-z\s]{4,}$/.test(trimmed)) names.add(trimmed);
		}
	}
	return [...names].filter((name) => !FORMAT_WORDS.has(name));
}

const stripComments = (source: string) =>
	source
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|astro|mjs|json|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

describe('src/ holds no PG name (the search alias table aside)', () => {
	const names = pgNames();

	it('knows the PG names of every procedure', () => {
		expect(names).toContain('kg이니시스');
		expect(names).toContain('이니시스');
		expect(names).toContain('inicis');
	});

	it.each(sourceFiles(join(ROOT, 'src')).map((file) => relative(ROOT, file)).filter((file) => !ALLOWED.has(file)))('%s', (file) => {
		const code = stripComments(readFileSync(join(ROOT, file), 'utf-8')).toLowerCase();
		expect(names.filter((name) => code.includes(name))).toEqual([]);
	});
});
