/**
 * The site's service worker, bundled and given its precache manifest by src/integrations/offline.ts at the end of
 * the build.
 *
 * - Precached on the first visit (revisioned, so a new deploy downloads only what changed): the shell (styles,
 *   scripts, icons), the pages every reader needs offline (the links on the offline page: home, /checklist/, each
 *   guide with a checklist, the offline page itself) and the search index with those pages' search data.
 * - Any other page: network first, the copy saved when it was last visited when offline (or after 4 s without an
 *   answer). Network first, not stale-while-revalidate: a guide's deadlines and documents change, and a reader
 *   online should never act on last month's copy; a page is a few KB, so waiting for it costs little. The page
 *   open when the worker takes over (loaded before it existed) is saved then: the page asks with Workbox's
 *   `CACHE_URLS` message (the inline registration script in src/integrations/offline.ts).
 * - Search data and assets fetched as needed: from the cache first (their names change with their content). A
 *   saved page's search data is saved with it, and on a large site the index after the first visit
 *   (src/offline/search-data.ts).
 * - Offline, anything not cached is looked up in every cache of the site ("전체 저장" included); a page found
 *   nowhere gets the offline page.
 * - A new deploy: old stylesheets and scripts that saved pages link are kept until no saved page needs them
 *   (src/offline/kept-assets.ts); what "전체 저장" saved, and saved pages' search data, are brought up to date.
 *
 * It never touches `localStorage`, where the checklists live.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ASSETS_CACHE, OFFLINE_PAGE, SAVE_ALL_MANIFEST, VISITED_CACHE, type SaveAllManifest } from './contract';
import { keepAssetsOfSavedPages } from './kept-assets';
import { openSavedAll, readSavedAll, saveAll } from './save-all';
import { dropOldSearchData, hasSavedIndex, saveIndex, saveSearchDataOf, saveSearchDataOfVisitedPages, type Connection } from './search-data';

// The parts of the worker's global scope used here (the `webworker` lib would clash with the DOM lib of the rest).
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
}
declare const self: {
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	navigator: { connection?: Connection };
	__WB_MANIFEST: (PrecacheEntry | string)[];
};

// A new deploy takes over at once: its precache is complete, and pages keep nothing the old one needs.
self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

// The index after the first visit: a navigation reaches the worker only from the reader's second page on. Before
// Workbox's routes: the listener that answers (`respondWith`) stops the event for the listeners after it.
self.addEventListener('fetch', (event) => {
	if (event.request.mode === 'navigate') event.waitUntil(saveIndex(self.navigator.connection).catch(() => {}));
});

precacheAndRoute(self.__WB_MANIFEST, {
	// `/guides/x/` is found as `guides/x/index.html` (Workbox's `directoryIndex`); `/guides/x`, which a host
	// would redirect, the same way. Query strings (`?utm_…`) never make a page miss.
	urlManipulation: ({ url }) => (/(\/|\.\w+)$/.test(url.pathname) ? [] : [new URL(`${url.pathname}/index.html`, url)]),
	ignoreURLParametersMatching: [/.*/],
});

/** Whether this deploy's precache holds `path` (then no other cache needs a copy). */
const isPrecached = (path: string) => getCacheKeyForURL(path) !== undefined;

/** A page of the site, or a copy of one for machines: `/guides/x/`, `/guides/x`, `/guides/x.md`, `/llms.txt`. */
const isPage = (url: URL) => url.origin === location.origin && !/^\/(pagefind|_astro|icons)\//.test(url.pathname) && /(\/|\/[^./]+|\.md|\.txt)$/.test(url.pathname);

/** When the network and the strategy's own cache fail: any cache of the site, then the offline page. */
const fromAnyCache: WorkboxPlugin = {
	handlerDidError: async ({ request }) => {
		const url = new URL(request.url);
		const page = /(\/|\.\w+)$/.test(url.pathname) ? url.pathname : `${url.pathname}/`;
		const saved = (await caches.match(request, { ignoreSearch: true })) ?? (await caches.match(page, { ignoreSearch: true }));
		if (saved || request.mode !== 'navigate') return saved;
		const offline = await matchPrecache(`${OFFLINE_PAGE}index.html`);
		return offline && new Response(offline.body, { status: 503, statusText: 'Offline', headers: offline.headers });
	},
};

/** A page saved as visited brings its search data. */
const withSearchData: WorkboxPlugin = {
	cacheDidUpdate: async ({ request }) => saveSearchDataOf([new URL(request.url).pathname]),
};

// Navigations, and the page that asks to be saved when the worker takes over (`CACHE_URLS`: a message, not a
// navigation). Not a page's own `fetch` of a page ("전체 저장" keeps what it downloads in its own cache).
registerRoute(
	({ request, url, event }) => request.mode === 'navigate' || (event.type === 'message' && isPage(url)),
	new NetworkFirst({ cacheName: VISITED_CACHE, networkTimeoutSeconds: 4, plugins: [fromAnyCache, withSearchData] }),
);
registerRoute(
	({ url }) => url.origin === location.origin && /^\/(pagefind|_astro|icons)\//.test(url.pathname),
	new CacheFirst({ cacheName: ASSETS_CACHE, plugins: [fromAnyCache] }),
);

// Before the precache drops the last deploy's files (at activation), the ones saved pages link are kept.
self.addEventListener('install', (event) => event.waitUntil(keepAssetsOfSavedPages(isPrecached).catch(() => {})));

/** A reader who saved everything keeps everything: changed files are downloaded again, the rest stays. */
async function refreshSavedAll() {
	const cache = await openSavedAll();
	if (!(await readSavedAll(cache))) return;
	const manifest = (await (await fetch(SAVE_ALL_MANIFEST, { cache: 'no-cache' })).json()) as SaveAllManifest;
	await saveAll(manifest, cache);
}

/** After a new deploy: search data of the saved pages (and the index, if one was saved) replace the old. */
async function refreshSearchData() {
	const hadIndex = await hasSavedIndex();
	await dropOldSearchData(isPrecached);
	await saveSearchDataOfVisitedPages();
	if (hadIndex) await saveIndex(self.navigator.connection);
}

// Not held in `waitUntil`: pages would wait for it. Cut short, it resumes where it stopped the next time.
self.addEventListener('activate', () => {
	void refreshSavedAll().catch(() => {});
	void refreshSearchData().catch(() => {});
});
