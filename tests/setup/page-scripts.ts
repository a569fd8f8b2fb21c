/**
 * The JS a page runs as it loads, fetched from a served site: what the checklist test holds to its limit
 * and the checklist benchmark reports.
 */
import { gzipSync } from 'node:zlib';

/** Every JS file a page runs as it loads: its scripts and, recursively, their static imports (not lazy `import()`). */
export async function pageScripts(pageUrl: string) {
	const html = await fetch(pageUrl).then((response) => response.text());
	const files = new Map<string, string>();
	const scripts: { name: string; imports: Set<string> }[] = [];
	const closure = async (code: string, base: string, into: Set<string>) => {
		for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
			const url = new URL(specifier!, base).href;
			if (into.has(url)) continue;
			into.add(url);
			if (!files.has(url)) files.set(url, await fetch(url).then((response) => response.text()));
			await closure(files.get(url)!, url, into);
		}
	};
	for (const [, attributes, inline] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type="(?!module)[^"]+"/.test(attributes!)) continue;
		const src = /src="([^"]+)"/.exec(attributes!)?.[1];
		const imports = new Set<string>();
		if (src) {
			const url = new URL(src, pageUrl).href;
			imports.add(url);
			files.set(url, await fetch(url).then((response) => response.text()));
			await closure(files.get(url)!, url, imports);
		} else {
			const name = `inline #${scripts.length}`;
			files.set(name, inline!);
			imports.add(name);
			await closure(inline!, pageUrl, imports);
		}
		scripts.push({ name: src ?? `inline #${scripts.length}`, imports });
	}
	const gzip = (names: Iterable<string>) => [...names].reduce((sum, name) => sum + gzipSync(files.get(name)!).length, 0);
	return { files, scripts, gzip };
}

const LAZY_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const ANY_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g;

/**
 * The chunks `code` (at `base`) loads lazily with `import()`, and what those import in turn, each with its gzip
 * size; files in `loaded` (the page's own scripts) are not counted again.
 */
async function lazyChunks(code: string, base: string, loaded: Set<string>) {
	const chunks: { file: string; bytes: number }[] = [];
	const seen = new Set(loaded);
	const visit = async (source: string, from: string, pattern: RegExp) => {
		for (const [, specifier] of source.matchAll(pattern)) {
			const url = new URL(specifier!, from).href;
			if (seen.has(url)) continue;
			seen.add(url);
			const text = await fetch(url).then((response) => response.text());
			chunks.push({ file: url, bytes: gzipSync(text).length });
			await visit(text, url, ANY_IMPORT);
		}
	};
	await visit(code, base, LAZY_IMPORT);
	return chunks;
}

/**
 * What the checklist island adds to a page: the script that defines `<pg-checklist>` and the modules only
 * it imports, gzip (its first paint); beside the rest of the page's JS; and the chunks it loads only when asked
 * (restore link, QR code, calendar), each with its gzip size.
 */
export async function checklistWeight(pageUrl: string) {
	const { files, scripts, gzip } = await pageScripts(pageUrl);
	const defines = (name: string) => /customElements\.define\(["'`]pg-checklist["'`]/.test(files.get(name)!);
	const islands = scripts.filter((script) => [...script.imports].some(defines));
	const rest = new Set(scripts.filter((script) => !islands.includes(script)).flatMap((script) => [...script.imports]));
	const islandFiles = islands.flatMap((island) => [...island.imports]).filter((name) => !rest.has(name));
	const loaded = new Set(scripts.flatMap((script) => [...script.imports]));
	const onDemand = [];
	for (const file of islandFiles) onDemand.push(...(await lazyChunks(files.get(file)!, file, loaded)));
	return { islandScripts: islands.length, islandFiles, islandBytes: gzip(islandFiles), otherFiles: rest.size, otherBytes: gzip(rest), onDemand };
}
