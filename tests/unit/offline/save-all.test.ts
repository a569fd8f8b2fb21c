import { describe, expect, it } from 'vitest';
import type { SaveAllManifest } from '../../../src/offline/contract';
import { missingFiles, readSavedAll, saveAll, savedKey, type SaveProgress } from '../../../src/offline/save-all';

const ORIGIN = 'https://guide.example';

/** The parts of the Cache API that saving uses, over a Map of absolute URLs. */
class MemoryCache {
	readonly entries = new Map<string, Response>();
	async keys() {
		return [...this.entries.keys()].map((url) => new Request(url));
	}
	async match(key: string) {
		return this.entries.get(new URL(key, ORIGIN).href)?.clone();
	}
	async put(key: string, response: Response) {
		this.entries.set(new URL(key, ORIGIN).href, response);
	}
	async delete(key: string) {
		return this.entries.delete(new URL(key, ORIGIN).href);
	}
	paths() {
		return [...this.entries.keys()].map((url) => url.slice(ORIGIN.length)).sort();
	}
}
const asCache = (cache: MemoryCache) => cache as unknown as Cache;

/** A server that answers every path with its name, and remembers what was asked. */
function server() {
	const fetched: string[] = [];
	const fetchFile = (async (url: string, init?: RequestInit) => {
		init?.signal?.throwIfAborted();
		fetched.push(url);
		return new Response(url, { status: url.includes('gone') ? 404 : 200 });
	}) as typeof fetch;
	return { fetched, fetchFile };
}

const manifest = (files: SaveAllManifest['files']): SaveAllManifest => ({
	bytes: files.reduce((sum, [, , bytes]) => sum + bytes, 0),
	storedBytes: 3_000_000,
	files,
});

describe('saveAll', () => {
	it('saves every file under its revision, reports progress in bytes, and records the run', async () => {
		const cache = new MemoryCache();
		const { fetched, fetchFile } = server();
		const progress: SaveProgress[] = [];
		const done = await saveAll(manifest([['/a/', 'r1', 100], ['/b/', 'r1', 300]]), asCache(cache), { fetchFile, onProgress: (step) => progress.push(step) });
		expect(fetched.sort()).toEqual(['/a/', '/b/']);
		expect(cache.paths()).toEqual(['/__saved-all__', savedKey('/a/', 'r1'), savedKey('/b/', 'r1')]);
		expect(await (await cache.match(savedKey('/b/', 'r1')))!.text()).toBe('/b/');
		expect(progress[0]).toEqual({ files: 0, bytes: 0, totalFiles: 2, totalBytes: 400 });
		expect(progress.at(-1)).toEqual({ files: 2, bytes: 400, totalFiles: 2, totalBytes: 400 });
		expect(done).toMatchObject({ storedBytes: 3_000_000, files: 2 });
		expect(await readSavedAll(asCache(cache))).toEqual(done);
	});

	it('after a new deploy, downloads only what changed and drops what the site no longer has', async () => {
		const cache = new MemoryCache();
		await saveAll(manifest([['/a/', 'r1', 1], ['/b/', 'r1', 1], ['/old/', 'r1', 1]]), asCache(cache), { fetchFile: server().fetchFile });
		const next = manifest([['/a/', 'r1', 1], ['/b/', 'r2', 1], ['/new/', 'r1', 1]]);
		expect(await missingFiles(next, asCache(cache))).toEqual([['/b/', 'r2', 1], ['/new/', 'r1', 1]]);
		const { fetched, fetchFile } = server();
		await saveAll(next, asCache(cache), { fetchFile });
		expect(fetched.sort()).toEqual(['/b/', '/new/']);
		expect(cache.paths()).toEqual(['/__saved-all__', savedKey('/a/', 'r1'), savedKey('/b/', 'r2'), savedKey('/new/', 'r1')]);
	});

	it('a cancel keeps what was downloaded and records no complete run; the next run fetches the rest', async () => {
		const cache = new MemoryCache();
		const files: SaveAllManifest['files'] = Array.from({ length: 20 }, (_, index) => [`/p${index}/`, 'r1', 10]);
		const cancel = new AbortController();
		const { fetchFile } = server();
		const run = saveAll(manifest(files), asCache(cache), {
			fetchFile,
			signal: cancel.signal,
			onProgress: ({ files: saved }) => saved === 5 && cancel.abort(new Error('취소')),
		});
		await expect(run).rejects.toThrow('취소');
		const kept = cache.paths().length;
		expect(kept).toBeGreaterThanOrEqual(5);
		expect(kept).toBeLessThan(20);
		expect(await readSavedAll(asCache(cache))).toBeUndefined();
		const rest = server();
		await saveAll(manifest(files), asCache(cache), { fetchFile: rest.fetchFile });
		expect(rest.fetched).toHaveLength(20 - kept);
		expect(await readSavedAll(asCache(cache))).toBeDefined();
	});

	it('a failed download fails the run, naming the file, and records no complete run', async () => {
		const cache = new MemoryCache();
		await expect(saveAll(manifest([['/gone/', 'r1', 1]]), asCache(cache), { fetchFile: server().fetchFile })).rejects.toThrow('/gone/: 404');
		expect(await readSavedAll(asCache(cache))).toBeUndefined();
	});
});
