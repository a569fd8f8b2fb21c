import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { PageFragment } from '../lib/search/contract';

/** Pagefind's mark before the JSON of a fragment, once unzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** A Pagefind fragment file (`pagefind/fragment/<id>.pf_fragment`): gzip, `pagefind_dcd`, then the page's data as JSON. */
export async function readFragment(path: string): Promise<PageFragment> {
	const text = (await promisify(gunzip)(await readFile(path))).toString('utf-8');
	if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${path}: not a Pagefind fragment`);
	return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as PageFragment;
}
