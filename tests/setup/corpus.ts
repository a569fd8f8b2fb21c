/**
 * The 359 real help-center articles, in `../shared/corpus/portone-help` beside the repository (never committed).
 * `CORPUS_DIR` points elsewhere, e.g. in a worktree whose `../shared` is not the shared folder.
 */
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './astro-cli.ts';

export const CORPUS = process.env.CORPUS_DIR ? resolve(process.env.CORPUS_DIR) : join(PROJECT_ROOT, '..', 'shared', 'corpus', 'portone-help');
