/**
 * The site's service worker, bundled and given its precache manifest by src/integrations/offline.ts at the end of
 * the build.
 *
 * - Precached on the first visit (revisioned, so a new deploy downloads only what changed): the shell (styles,
 *   scripts, icons), the pages every reader needs offline (the links on the offline page: home, /checklist/, each
 *   guide with a checklist, the offline page itself) and the search index with those pages' search data.
 * - Any other page: network first, the copy saved when it was last visited when offline (or after 4 s without an
 *   answer). Network first, not stale-while-revalidate: a guide's deadlines and documents change, and a reader
 *   online should never act on last month's copy; a page is a few KB, so waiting for it costs little.
 * - Search data and assets fetched as needed: from the cache first (their names change with their content).
 * - Offline, anything not cached is looked up in every cache of the site ("전체 저장" included); a page found
 *   nowhere gets the offline page. After a new deploy, what "전체 저장" saved is brought up to date here.
 *
 * It never touches `localStorage`, where the checklists live.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ASSETS_CACHE, OFFLINE_PAGE, SAVE_ALL_MANIFEST, VISITED_CACHE, type SaveAllManifest } from './contract';
import { openSavedAll, readSavedAll, saveAll } from './save-all';

// The parts of the worker's global scope used here (the `webworker` lib would clash with the DOM lib of the rest).
declare const self: {
	skipWaiting(): Promise<void>;
	addEventListener(type: 'activate', listener: () => void): void;
	__WB_MANIFEST: (PrecacheEntry | string)[];
};

// A new deploy takes over at once: its precache is complete, and pages keep nothing the old one needs.
self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

precacheAndRoute(self.__WB_MANIFEST, {
	// `/guides/x/` is found as `guides/x/index.html` (Workbox's `directoryIndex`); `/guides/x`, which a host
	// would redirect, the same way. Query strings (`?utm_…`) never make a page miss.
	urlManipulation: ({ url }) => (/(\/|\.\w+)$/.test(url.pathname) ? [] : [new URL(`${url.pathname}/index.html`, url)]),
	ignoreURLParametersMatching: [/.*/],
});

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

registerRoute(
	({ request, url }) => request.mode === 'navigate' || /\.(md|txt)$/.test(url.pathname),
	new NetworkFirst({ cacheName: VISITED_CACHE, networkTimeoutSeconds: 4, plugins: [fromAnyCache] }),
);
registerRoute(
	({ url }) => url.origin === location.origin && /^\/(pagefind|_astro|icons)\//.test(url.pathname),
	new CacheFirst({ cacheName: ASSETS_CACHE, plugins: [fromAnyCache] }),
);

/** A reader who saved everything keeps everything: changed files are downloaded again, the rest stays. */
async function refreshSavedAll() {
	const cache = await openSavedAll();
	if (!(await readSavedAll(cache))) return;
	const manifest = (await (await fetch(SAVE_ALL_MANIFEST, { cache: 'no-cache' })).json()) as SaveAllManifest;
	await saveAll(manifest, cache);
}
// Not held in `waitUntil`: pages would wait for it. Cut short, it resumes where it stopped the next time.
self.addEventListener('activate', () => void refreshSavedAll().catch(() => {}));
