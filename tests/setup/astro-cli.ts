/**
 * Runs the Astro CLI of this project from tests: the global setup's build and preview, and the build
 * tests of other content folders.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Astro 7 needs Node >= 22.12; inside npm scripts the pinned Node 24 is current. */
export function nodeBinary(root = PROJECT_ROOT): string {
	const major = Number.parseInt(process.versions.node, 10);
	if (major >= 22) return process.execPath;
	const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
	return existsSync(pinned) ? pinned : process.execPath;
}

export function astroCli(root = PROJECT_ROOT): string {
	return join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

/**
 * What Vitest sets for its own `import.meta.env` (NODE_ENV=test, DEV=1, …). Passed on, they made builds from tests
 * development builds (`import.meta.env.DEV` true), in which Starlight renders and starts no search.
 */
const VITEST_ENV = ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'];

export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const name of VITEST_ENV) delete env[name];
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

export interface BuildResult {
	ok: boolean;
	/** Peak resident memory of the build process, in bytes (0 where /proc is not available). */
	peakRss: number;
	/** Why it failed (exit code or signal), empty when ok. */
	why: string;
	/** Everything the build printed. */
	output: string;
	seconds: number;
}

/** Runs `astro build` with extra arguments and environment, saving its output to `logFile`. */
export async function astroBuild(options: { args?: string[]; env?: NodeJS.ProcessEnv; logFile: string; root?: string }): Promise<BuildResult> {
	const root = options.root ?? PROJECT_ROOT;
	mkdirSync(dirname(options.logFile), { recursive: true });
	const out = createWriteStream(options.logFile);
	const started = Date.now();
	// Our Astro, run in `root`: the benchmarks build a plain Starlight project with it too.
	const child = spawn(nodeBinary(), [astroCli(), 'build', ...(options.args ?? [])], {
		cwd: root,
		env: childEnv(options.env),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.pipe(out, { end: false });
	child.stderr.pipe(out, { end: false });
	// The kernel keeps the process's peak resident memory (VmHWM); read it until the process is gone.
	let peakRss = 0;
	const memory = setInterval(() => {
		try {
			const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
			if (kb) peakRss = Math.max(peakRss, Number(kb) * 1024);
		} catch {
			// Gone already, or no /proc: the last reading stands.
		}
	}, 100);
	const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
		child.once('error', (error) => resolve({ code: null, signal: null, error }));
		child.once('close', (code, signal) => resolve({ code, signal }));
	});
	clearInterval(memory);
	await new Promise<void>((resolve) => out.end(resolve));
	const why = result.code === 0 ? '' : result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
	return { ok: result.code === 0, why, peakRss, output: readFileSync(options.logFile, 'utf8'), seconds: (Date.now() - started) / 1000 };
}
