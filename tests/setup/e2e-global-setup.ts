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
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, astroCli, childEnv, nodeBinary } from './astro-cli';
import './context';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 4329;
const SERVER_START_TIMEOUT_MS = 60_000;
const LOG_TAIL_LINES = 60;

function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs `astro build`. Resolves with an error message or null. */
async function build(root: string, logFile: string): Promise<string | null> {
  log(`astro build … (output: ${logFile})`);
  const result = await astroBuild({ root, logFile });
  if (result.ok) {
    log(`astro build ok in ${result.seconds.toFixed(1)}s`);
    return null;
  }
  const headline = `astro build failed (${result.why}) after ${result.seconds.toFixed(1)}s. Full log: ${logFile}`;
  log(`${headline} (its last lines are in each e2e file's failure below)`);
  return `${headline}\n--- last lines ---\n${tail(result.output, LOG_TAIL_LINES)}`;
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
