/**
 * Ends a run with two lines, after Vitest's own output (teardown messages included), covering every project:
 *
 *   K skipped: <file> > <test>; …
 *   N passed, M failed
 *
 * - passed: test cases whose result is `passed`;
 * - skipped: test cases skipped or todo, each named, so that a suite skipping itself cannot pass unseen;
 * - failed: failed test cases, plus each module or suite with errors of its own
 *   (a file that fails to load, a failing beforeAll/afterAll), plus unhandled errors;
 *   if Vitest still exits non-zero with nothing counted, one failure is reported.
 *
 * A run that dies before any test is collected (a config or global-setup crash) never reaches this reporter's
 * last hook; `tests/run.ts`, which `npm test` runs, prints the summary line for it.
 */
import { relative } from 'node:path';
import type { Reporter, SerializedError, TestModule, TestSuite, Vitest } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  /** Names of the skipped tests: `file > suite > test`. */
  skipped: string[];
}

function countSuite(suite: TestModule | TestSuite, file: string, counts: Counts): void {
  if (suite.errors().length > 0) counts.failed += 1;
  // In file order, tests and suites alike.
  for (const child of suite.children) {
    if (child.type === 'suite') {
      countSuite(child, file, counts);
      continue;
    }
    const { state } = child.result();
    if (state === 'passed') counts.passed += 1;
    else if (state === 'failed') counts.failed += 1;
    else if (state === 'skipped') counts.skipped.push(`${file} > ${child.fullName}`);
  }
}

export function countResults(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, root = process.cwd()): Counts {
  const counts: Counts = { passed: 0, failed: unhandledErrors.length, skipped: [] };
  for (const module of modules) {
    const before = counts.failed;
    countSuite(module, relative(root, module.moduleId), counts);
    // A module can fail without a failed test or error attached to it (e.g. a worker crash).
    if (module.state() === 'failed' && counts.failed === before) counts.failed += 1;
  }
  return counts;
}

/** The closing lines of a run. */
export function summaryLines({ passed, failed, skipped }: Counts): string {
  const list = skipped.length > 0 ? `${skipped.length} skipped: ${skipped.join('; ')}` : '0 skipped';
  return `${list}\n${passed} passed, ${failed} failed\n`;
}

export default class SummaryReporter implements Reporter {
  private counts: Counts | null = null;
  private watch = false;
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.watch = vitest.config.watch;
    this.root = vitest.config.root;
    process.once('exit', (code) => this.printFinal(code));
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    this.counts = countResults(testModules, unhandledErrors, this.root);
    if (this.watch) process.stdout.write(summaryLines(this.counts));
  }

  private printFinal(exitCode: number): void {
    if (this.watch || !this.counts) return;
    const counts = { ...this.counts };
    if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
    // 'exit' handlers must be synchronous; stdout to a pipe, file or TTY is on Linux.
    process.stdout.write(summaryLines(counts));
  }
}
