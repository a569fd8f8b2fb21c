/**
 * `npm run bench`: every benchmark in one run — site (page HTML, page weight, Lighthouse), search, the
 * checklist island and build scale, each beside plain Starlight — printed with one summary table of the
 * goals, and written with the date and machine to docs/benchmarks.md under "Latest run".
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../setup/astro-cli.ts';
import { table } from './builds.ts';
import { goalsTable } from './goals.ts';

const SCRIPTS = ['site', 'search', 'checklist', 'scale'];
const DOC = join(PROJECT_ROOT, 'docs', 'benchmarks.md');
const MARKER = '## Latest run';

const sections = SCRIPTS.map((name) => {
	console.log(`\n# bench:${name}`);
	const run = spawnSync(process.execPath, [join(import.meta.dirname, `${name}.ts`)], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'inherit'] });
	process.stdout.write(run.stdout);
	if (run.status !== 0) throw new Error(`bench:${name} failed (exit ${run.status})`);
	return run.stdout.trim().replace(/^## /gm, '### ');
});

const summary = `### Goals at a glance\n\n${table(['goal', 'ours', 'plain Starlight', 'met'], goalsTable())}`;
console.log(`\n${summary}`);

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const doc = readFileSync(DOC, 'utf-8');
const head = doc.slice(0, doc.indexOf(MARKER) === -1 ? doc.length : doc.indexOf(MARKER)).trimEnd();
writeFileSync(DOC, `${head}\n\n${MARKER}\n\n${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${summary}\n\n${sections.join('\n\n')}\n`);
console.log(`\nWritten to ${DOC}`);
