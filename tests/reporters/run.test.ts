/**
 * `npm test`'s report hides nothing: skipped tests are named on the line before the summary, and a run that
 * Vitest cannot even start still ends with a summary line that counts a failure (tests/run.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../setup/astro-cli';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'vitest');

/** Runs `node tests/run.ts --config <fixture>` as `npm test` would, outside this Vitest run. */
function runTests(config: string): Promise<{ code: number | null; lines: string[] }> {
	// Variables of this Vitest worker would make the child think it is one.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));
	const child = spawn(process.execPath, [join(PROJECT_ROOT, 'tests', 'run.ts'), '--config', join(FIXTURES, config)], {
		cwd: PROJECT_ROOT,
		env: { ...env, NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let out = '';
	child.stdout.on('data', (chunk) => (out += chunk));
	return new Promise((resolve) => child.on('close', (code) => resolve({ code, lines: out.trimEnd().split('\n') })));
}

test('skipped and todo tests are named on the line before the summary', async () => {
	const { code, lines } = await runTests('skips.config.ts');
	expect(code).toBe(0);
	expect(lines.at(-1)).toBe('1 passed, 0 failed');
	expect(lines.at(-2)).toBe(
		'2 skipped: skips.fixture-test.ts > a suite whose data is absent > reads the data; skips.fixture-test.ts > something for later',
	);
}, 60_000);

test.each([
	['a config that throws', 'config-throws.config.ts'],
	['a global setup that crashes', 'setup-throws.config.ts'],
])('%s still ends with a summary line counting a failure', async (_, config) => {
	const { code, lines } = await runTests(config);
	expect(code).not.toBe(0);
	expect(lines.at(-1)).toBe('0 passed, 1 failed');
}, 60_000);
