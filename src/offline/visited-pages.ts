import { VISITED_CACHE } from './contract';

/** The pages saved on this device because they were visited, with their headings, for the offline page. */
export async function listVisitedPages(): Promise<{ path: string; title: string }[]> {
	if (!('caches' in globalThis)) return [];
	const cache = await caches.open(VISITED_CACHE);
	const pages = [];
	for (const request of await cache.keys()) {
		const response = await cache.match(request);
		if (!response?.headers.get('content-type')?.includes('text/html')) continue;
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		const path = new URL(request.url).pathname;
		pages.push({ path, title: page.querySelector('h1')?.textContent?.trim() || decodeURI(path) });
	}
	return pages;
}

