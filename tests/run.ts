/**
 * `npm test` (and `test:unit`, `test:e2e`): runs `vitest run` with the given arguments and makes sure the output
 * ends with the summary line "N passed, M failed" whatever happens. The summary reporter prints it for every run
 * that reaches its end; a run that dies before that (a config that throws, a global setup that crashes, a worker
 * killed) ends here with "0 passed, 1 failed" and Vitest's exit code, never a green or a silent end.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const VITEST = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const SUMMARY = /^\d+ passed, \d+ failed$/;

const child = spawn(process.execPath, [VITEST, 'run', ...process.argv.slice(2)], {
	stdio: ['inherit', 'pipe', 'inherit'],
	// Vitest colours only a terminal; it writes to a pipe here.
	env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

let tail = '';
child.stdout.on('data', (chunk: Buffer) => {
	process.stdout.write(chunk);
	tail = (tail + chunk.toString()).slice(-4096);
});
child.on('close', (code, signal) => {
	const last = tail.trimEnd().split('\n').at(-1) ?? '';
	if (SUMMARY.test(last)) {
		process.exitCode = code ?? 1;
		return;
	}
	const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
	process.stdout.write(`\nVitest ${how} before its summary (a config, global setup or collection crash: see above).\n0 passed, 1 failed\n`);
	process.exitCode = code || 1;
});
