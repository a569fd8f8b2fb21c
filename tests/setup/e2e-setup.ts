/**
 * Setup file of the `e2e` project (runs inside each e2e test file).
 * If the global setup could not build or serve the site, fail the file with the reason.
 */
import { beforeAll, inject } from 'vitest';
import './context';

beforeAll(() => {
  const error = inject('e2eSetupError');
  if (error) throw new Error(error);
});
