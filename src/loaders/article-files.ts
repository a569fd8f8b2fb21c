import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * Which articles a content folder holds, and their addresses: one owner for what the loader stages and what the
 * link-repair plugin links to. The loader and the Markdown pipeline run as separate module instances, so nothing
 * is registered from one to the other: each asks the folder.
 */

/** Articles: `.md` and `.mdx` files; a name starting with `_` is left out. */
export const ARTICLE_PATTERN = '**/[^_]*.{md,mdx}';

/** `guides/kg-inicis-contract.mdx` → `guides/kg-inicis-contract`, the page's path. */
export function entryId(file: string): string {
	return file.replace(/\\/g, '/').replace(/\.mdx?$/, '');
}

/**
 * Each article's id and file, in file order. Two files for one address fail, naming both: `a.md` beside `a.mdx`,
 * and `guides/a.mdx` beside `guides/a/index.mdx` (both /guides/a/, of which Starlight would build one).
 */
export function articleIds(baseDir: string, files: string[]): Map<string, string> {
	const owners = new Map<string, string>();
	const byAddress = new Map<string, string>();
	for (const file of [...files].sort()) {
		const id = entryId(file);
		const address = id.replace(/(^|\/)index$/, '');
		const owner = byAddress.get(address);
		if (owner) throw new Error(`${join(baseDir, file)}: 같은 주소(/${address}/)의 글이 이미 있습니다: ${join(baseDir, owner)}`);
		byAddress.set(address, file);
		owners.set(id, file);
	}
	return owners;
}

/** How long a scan of the folder answers for names it does not know (a new file in `astro dev` shows up after it). */
const RESCAN_AFTER_MS = 2_000;

/**
 * An article's page path by its file name without extension (the help center links `/content/<name>`), read from
 * the folder and read again, at most every 2 s, when asked for a name it does not know.
 */
export function articlePathsByName(baseDir: string): (name: string) => string | undefined {
	let paths = new Map<string, string>();
	let scannedAt = -Infinity;
	const scan = () => {
		paths = new Map([...articleIds(baseDir, globSync(ARTICLE_PATTERN, { cwd: baseDir })).keys()].map((id) => [id.split('/').at(-1)!, `/${id}/`]));
		scannedAt = performance.now();
	};
	return (name) => {
		if (!paths.has(name) && performance.now() - scannedAt > RESCAN_AFTER_MS) scan();
		return paths.get(name);
	};
}
