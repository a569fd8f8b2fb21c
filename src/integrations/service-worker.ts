/**
 * The site's service worker, bundled and given its precache manifest by `offline.ts` at the end of the build.
 * Every page, asset and the search index are precached on the first visit, so any page opens offline, as
 * itself. It never touches `localStorage`, where the checklists live.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';

// The parts of the worker's global scope used here (the `webworker` lib would clash with the DOM lib of the rest).
declare const self: { skipWaiting(): Promise<void>; __WB_MANIFEST: (PrecacheEntry | string)[] };

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

// Addresses that are not in the precache go to the network; offline, they get the 404 page, with its status.
registerRoute(({ request }) => request.mode === 'navigate', ({ request }) => fetch(request));
setCatchHandler(async ({ request }) => {
	const page = request.mode === 'navigate' ? await matchPrecache('/404.html') : undefined;
	return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : Response.error();
});
