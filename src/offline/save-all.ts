import { SAVED_ALL_CACHE, type SaveAllManifest } from './contract';
import { FileNotServedError } from './save-all-text';

/**
 * "전체 저장": puts every file of the manifest into one cache, each under `url?rev=<revision>`, so that a later run
 * (the reader's next try after a cancel, or the service worker after a new deploy) downloads only what is missing
 * or changed, and drops what the site no longer has. Used by the page (with progress and a cancel) and by the
 * service worker; the cache, fetch and signal are passed in.
 */

export interface SaveProgress {
	/** Files and bytes (on the wire) downloaded so far, of what this run has to download. */
	files: number;
	bytes: number;
	totalFiles: number;
	totalBytes: number;
}

/** What a complete run leaves in the cache under this key: the reader's "저장됨 · n MB". */
const DONE_KEY = '/__saved-all__';
const REVISION = 'rev';
/** Downloads at once: enough to fill a phone's link, few enough to cancel promptly. */
const AT_ONCE = 4;

export interface SavedAll {
	storedBytes: number;
	files: number;
	/** ISO date of the run that completed. */
	savedAt: string;
}

export function savedKey(url: string, revision: string): string {
	return `${url}?${REVISION}=${revision}`;
}

/** The revision saved for each URL. */
async function savedRevisions(cache: Cache): Promise<Map<string, string>> {
	const saved = new Map<string, string>();
	for (const request of await cache.keys()) {
		const url = new URL(request.url);
		const revision = url.searchParams.get(REVISION);
		if (revision) saved.set(url.pathname, revision);
	}
	return saved;
}

/** The files of the manifest not saved at their revision. */
export async function missingFiles(manifest: SaveAllManifest, cache: Cache): Promise<SaveAllManifest['files']> {
	const saved = await savedRevisions(cache);
	return manifest.files.filter(([url, revision]) => saved.get(url) !== revision);
}

export async function openSavedAll(): Promise<Cache> {
	return caches.open(SAVED_ALL_CACHE);
}

/** The last complete run, if any. */
export async function readSavedAll(cache: Cache): Promise<SavedAll | undefined> {
	const response = await cache.match(DONE_KEY);
	return response ? ((await response.json()) as SavedAll) : undefined;
}

/**
 * Downloads what is missing or changed. Rejects with the first failure or the signal's reason; what was downloaded
 * until then stays saved.
 */
export async function saveAll(
	manifest: SaveAllManifest,
	cache: Cache,
	{ signal, onProgress, fetchFile = fetch }: { signal?: AbortSignal; onProgress?: (progress: SaveProgress) => void; fetchFile?: typeof fetch } = {},
): Promise<SavedAll> {
	const saved = await savedRevisions(cache);
	const todo = manifest.files.filter(([url, revision]) => saved.get(url) !== revision);
	const progress: SaveProgress = { files: 0, bytes: 0, totalFiles: todo.length, totalBytes: todo.reduce((sum, [, , bytes]) => sum + bytes, 0) };
	onProgress?.({ ...progress });
	await cache.delete(DONE_KEY);

	let next = 0;
	// The first failure stops the other downloads too.
	const stop = new AbortController();
	const stopped = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
	const download = async () => {
		while (next < todo.length) {
			stopped.throwIfAborted();
			const [url, revision, bytes] = todo[next++]!;
			const response = await fetchFile(url, { signal: stopped, cache: 'no-cache' });
			if (!response.ok) throw new FileNotServedError(url, response.status);
			await cache.put(savedKey(url, revision), response);
			const old = saved.get(url);
			if (old) await cache.delete(savedKey(url, old));
			progress.files += 1;
			progress.bytes += bytes;
			onProgress?.({ ...progress });
		}
	};
	const worker = () =>
		download().catch((error: unknown) => {
			stop.abort(error);
			throw error;
		});
	await Promise.all(Array.from({ length: AT_ONCE }, worker));
	signal?.throwIfAborted();

	// Files the site no longer has.
	const listed = new Set(manifest.files.map(([url]) => url));
	for (const [url, revision] of saved) if (!listed.has(url)) await cache.delete(savedKey(url, revision));

	const done: SavedAll = { storedBytes: manifest.storedBytes, files: manifest.files.length, savedAt: new Date().toISOString() };
	await cache.put(DONE_KEY, new Response(JSON.stringify(done), { headers: { 'content-type': 'application/json' } }));
	return done;
}
