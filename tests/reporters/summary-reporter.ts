/**
 * Prints `N passed, M failed` as the very last line of a run (after Vitest's own
 * output, teardown messages included), covering every project of the run.
 *
 * - passed: test cases whose result is `passed` (skipped / todo are not counted);
 * - failed: failed test cases, plus each module or suite with errors of its own
 *   (a file that fails to load, a failing beforeAll/afterAll), plus unhandled errors;
 *   if Vitest still exits non-zero with nothing counted, one failure is reported.
 */
import type { Reporter, SerializedError, TestModule, TestSuite, Vitest } from 'vitest/node';

interface Counts {
  passed: number;
  failed: number;
}

function countSuite(suite: TestModule | TestSuite, counts: Counts): void {
  if (suite.errors().length > 0) counts.failed += 1;
  for (const test of suite.children.tests()) {
    const { state } = test.result();
    if (state === 'passed') counts.passed += 1;
    else if (state === 'failed') counts.failed += 1;
  }
  for (const child of suite.children.suites()) countSuite(child, counts);
}

export function countResults(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): Counts {
  const counts: Counts = { passed: 0, failed: unhandledErrors.length };
  for (const module of modules) {
    const before = counts.failed;
    countSuite(module, counts);
    // A module can fail without a failed test or error attached to it (e.g. a worker crash).
    if (module.state() === 'failed' && counts.failed === before) counts.failed += 1;
  }
  return counts;
}

export default class SummaryReporter implements Reporter {
  private counts: Counts | null = null;
  private watch = false;

  onInit(vitest: Vitest): void {
    this.watch = vitest.config.watch;
    process.once('exit', (code) => this.printFinal(code));
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    this.counts = countResults(testModules, unhandledErrors);
    if (this.watch) process.stdout.write(`${SummaryReporter.line(this.counts)}\n`);
  }

  private printFinal(exitCode: number): void {
    if (this.watch || !this.counts) return;
    const counts = { ...this.counts };
    if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
    // 'exit' handlers must be synchronous; stdout to a pipe, file or TTY is on Linux.
    process.stdout.write(`${SummaryReporter.line(counts)}\n`);
  }

  private static line({ passed, failed }: Counts): string {
    return `${passed} passed, ${failed} failed`;
  }
}
