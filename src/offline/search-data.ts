import { ASSETS_CACHE, SEARCH_DATA_MANIFEST, VISITED_CACHE, type SearchDataManifest } from './contract';

/**
 * Offline search answers for the pages saved on this device. On a site small enough, the first visit precaches
 * the whole index, and the search data of the saved pages; on a large one it cannot (src/integrations/offline.ts),
 * so the worker adds, to the assets cache where the search box's requests find them:
 *
 * - each saved page's search data (its Pagefind fragment, a few KB) when the page is saved, so that a result for
 *   a saved page can be shown;
 * - the whole index after the first visit — on the reader's next page, never during the first — when the browser
 *   says the connection is not metered (not cellular, no data saver). Safari and Firefox do not say: there the
 *   index comes with "전체 저장", or the parts that searches used.
 *
 * Used by the service worker only; the cache and fetch are the worker's own.
 */

/** What `navigator.connection` tells, where the browser has it (Chromium; not Safari or Firefox). */
export interface Connection {
	type?: string;
	effectiveType?: string;
	saveData?: boolean;
}

/**
 * Whether downloading the index (about 1 MB on a 400-article site) costs the reader nothing: a connection the
 * browser reports, neither cellular nor slow, and no data saver. Unknown is metered.
 * @example isUnmetered({ type: 'wifi' }) → true; isUnmetered({ type: 'cellular' }) → false; isUnmetered(undefined) → false
 */
export function isUnmetered(connection: Connection | undefined): boolean {
	if (!connection || connection.saveData) return false;
	return connection.type !== 'cellular' && !/(^|-)2g$/.test(connection.effectiveType ?? '');
}

let manifest: Promise<SearchDataManifest | undefined> | undefined;
/** The deploy's list, read once per worker (a new deploy comes with a new worker). */
function readManifest(): Promise<SearchDataManifest | undefined> {
	manifest ??= fetch(SEARCH_DATA_MANIFEST, { cache: 'no-cache' })
		.then((response) => (response.ok ? (response.json() as Promise<SearchDataManifest>) : undefined))
		.catch(() => (manifest = undefined));
	return manifest;
}

/** Fetches into the assets cache what is not there yet; a failure leaves the rest for the next time. */
async function saveFiles(urls: string[]): Promise<void> {
	const cache = await caches.open(ASSETS_CACHE);
	for (const url of urls) {
		if (await cache.match(url)) continue;
		const response = await fetch(url);
		if (response.ok) await cache.put(url, response);
	}
}

/** The search data of the pages at `paths`, those whose data is not precached. */
export async function saveSearchDataOf(paths: string[]): Promise<void> {
	const fragments: SearchDataManifest['fragments'] = (await readManifest())?.fragments ?? {};
	await saveFiles(paths.map((path) => fragments[path]).filter((url): url is string => url !== undefined));
}

/** The search data of every page saved as visited: after a new deploy, the pages' new data. */
export async function saveSearchDataOfVisitedPages(): Promise<void> {
	const pages = await (await caches.open(VISITED_CACHE)).keys();
	await saveSearchDataOf(pages.map((request) => new URL(request.url).pathname));
}

/** Whether part of an index is saved beside the precache (so a new deploy's index should replace it). */
export async function hasSavedIndex(): Promise<boolean> {
	const keys = await (await caches.open(ASSETS_CACHE)).keys();
	return keys.some((request) => new URL(request.url).pathname.startsWith('/pagefind/index/'));
}

let indexSaved: Promise<void> | undefined;
/** The whole index, when it is not precached and the connection costs nothing; once per worker once it succeeded. */
export function saveIndex(connection: Connection | undefined): Promise<void> {
	if (!isUnmetered(connection)) return Promise.resolve();
	indexSaved ??= readManifest()
		.then((manifest) => {
			if (!manifest) throw new Error(`${SEARCH_DATA_MANIFEST} could not be read`);
			return saveFiles(manifest.index);
		})
		.catch((error: unknown) => {
			indexSaved = undefined;
			throw error;
		});
	return indexSaved;
}

/**
 * After a new deploy: search data of an older one goes (its file names are gone from the site). Kept: what the new
 * deploy lists or precaches.
 */
export async function dropOldSearchData(isPrecached: (path: string) => boolean): Promise<void> {
	const current = await readManifest();
	if (!current) return;
	const listed = new Set([...current.index, ...Object.values(current.fragments)]);
	const cache = await caches.open(ASSETS_CACHE);
	for (const request of await cache.keys()) {
		const path = new URL(request.url).pathname;
		if (path.startsWith('/pagefind/') && !listed.has(path) && !isPrecached(path)) await cache.delete(request);
	}
}
