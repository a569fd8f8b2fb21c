import { ASSETS_CACHE, SAVED_ALL_CACHE, VISITED_CACHE } from './contract';
import { ASSETS_FOLDER, mayReferAssets, referencedAssets } from './asset-references';

/**
 * A saved page keeps its looks across deploys. Pages saved on the device (visited, or by "전체 저장") link the
 * stylesheets and scripts of the deploy they were saved from, whose file names change with every deploy; the new
 * worker's precache drops the old ones. Before it does (at install, while they are still in the old precache), the
 * old files a saved page still needs are copied to the assets cache, and any there that no saved page needs any
 * more (its pages were read again, or refreshed with the new deploy) are deleted. So old files stay exactly as
 * long as a saved page refers to them, and no longer than one deploy after.
 */
export async function keepAssetsOfSavedPages(isPrecached: (path: string) => boolean): Promise<void> {
	const needed = await assetsOfSavedPages();
	const assets = await caches.open(ASSETS_CACHE);
	for (const path of needed) {
		if (isPrecached(path) || (await assets.match(path))) continue;
		const copy = await caches.match(path);
		if (copy) await assets.put(path, copy);
	}
	for (const request of await assets.keys()) {
		const path = new URL(request.url).pathname;
		if (path.startsWith(ASSETS_FOLDER) && (!needed.has(path) || isPrecached(path))) await assets.delete(request);
	}
}

/** Every asset the saved pages need, their scripts' and stylesheets' own references followed. */
async function assetsOfSavedPages(): Promise<Set<string>> {
	const needed = new Set<string>();
	const todo: string[] = [];
	const add = (paths: string[]) => {
		for (const path of paths) if (!needed.has(path)) needed.add(path), todo.push(path);
	};
	for (const name of [VISITED_CACHE, SAVED_ALL_CACHE]) {
		const cache = await caches.open(name);
		for (const request of await cache.keys()) {
			const response = await cache.match(request);
			if (response?.headers.get('content-type')?.includes('text/html')) add(referencedAssets(await response.text(), request.url));
		}
	}
	for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
		if (!mayReferAssets(path)) continue;
		const response = await caches.match(path);
		if (response) add(referencedAssets(await response.text(), new URL(path, location.origin).href));
	}
	return needed;
}
