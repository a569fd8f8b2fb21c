/**
 * Global setup of the `e2e` Vitest project: build the site once, serve `dist/`
 * with `astro preview`, hand its URL to the tests, and stop it afterwards.
 *
 * A failed build does not throw here (that would abort the whole run, unit
 * tests included): the reason is passed to the tests as `e2eSetupError`, and
 * tests/setup/e2e-setup.ts fails every e2e file with it.
 *
 * Env:
 *   E2E_SKIP_BUILD=1   reuse the existing dist/ instead of running `astro build`
 *   E2E_PORT=NNNN      preferred port for the preview server (default 4329; a free one is picked if taken)
 *   E2E_BASE_URL=URL   use an already running server; no build, no preview
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './context';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 4329;
const SERVER_START_TIMEOUT_MS = 60_000;
const LOG_TAIL_LINES = 60;

function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

/** Astro 7 needs Node >= 22.12; inside npm scripts the pinned Node 24 is current. */
function nodeBinary(root: string): string {
  const major = Number.parseInt(process.versions.node, 10);
  if (major >= 22) return process.execPath;
  const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

function astroCli(root: string): string {
  return join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs `astro build`, saving its output to `logFile`. Resolves with an error message or null. */
async function build(root: string, logFile: string): Promise<string | null> {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const out = createWriteStream(logFile);
  const started = Date.now();
  log(`astro build … (output: ${logFile})`);
  const child = spawn(nodeBinary(root), [astroCli(root), 'build'], {
    cwd: root,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  await new Promise<void>((resolve) => out.end(resolve));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.code === 0) {
    log(`astro build ok in ${seconds}s`);
    return null;
  }
  const why = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
  const output = tail(readFileSync(logFile, 'utf8'), LOG_TAIL_LINES);
  const headline = `astro build failed (${why}) after ${seconds}s. Full log: ${logFile}`;
  log(`${headline} (its last lines are in each e2e file's failure below)`);
  return `${headline}\n--- last lines ---\n${output}`;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

function randomFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function pickPort(): Promise<number> {
  const wanted = Number.parseInt(process.env.E2E_PORT ?? '', 10) || DEFAULT_PORT;
  if (await isPortFree(wanted)) return wanted;
  const port = await randomFreePort();
  log(`port ${wanted} is taken, using ${port}`);
  return port;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`astro preview exited early (${child.exitCode ?? child.signalCode}):\n${tail(output(), LOG_TAIL_LINES)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`astro preview did not answer at ${url} within ${SERVER_START_TIMEOUT_MS / 1000}s:\n${tail(output(), LOG_TAIL_LINES)}`);
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (isRunning(child)) child.kill('SIGKILL');
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  project.provide('e2eSetupError', null);

  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', new URL(external).origin);
    log(`using the running server at ${external} (no build, no preview)`);
    return async () => {};
  }

  const fail = (message: string) => {
    project.provide('e2eSetupError', message);
    project.provide('baseURL', '');
    return async () => {};
  };

  if (process.env.E2E_SKIP_BUILD === '1') {
    log('E2E_SKIP_BUILD=1: using the existing dist/');
  } else {
    const buildError = await build(root, join(root, 'test-results', 'astro-build.log'));
    if (buildError) return fail(buildError);
  }
  if (!existsSync(join(root, 'dist'))) {
    return fail(`dist/ does not exist in ${root}: nothing to preview (build the site or unset E2E_SKIP_BUILD).`);
  }

  const port = await pickPort();
  const baseURL = `http://${HOST}:${port}`;
  let output = '';
  // --ignore-lock: never refuse because another preview runs, and never auto-background
  // (Astro backgrounds `astro preview` when it thinks an agent runs it).
  const child = spawn(
    nodeBinary(root),
    [astroCli(root), 'preview', '--port', String(port), '--host', HOST, '--ignore-lock'],
    { cwd: root, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  // Last resort if Vitest goes away without running the teardown.
  const killNow = () => {
    if (isRunning(child)) child.kill('SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    killNow();
    process.kill(process.pid, signal);
  };
  process.once('exit', killNow);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  const teardown = async () => {
    process.off('exit', killNow);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    await stopServer(child);
  };

  try {
    await waitForServer(baseURL, child, () => output);
  } catch (error) {
    await teardown();
    const message = error instanceof Error ? error.message : String(error);
    log(message);
    return fail(message);
  }
  log(`astro preview serving dist/ at ${baseURL}`);
  project.provide('baseURL', baseURL);
  return teardown;
}
