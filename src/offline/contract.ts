/**
 * What the build step (src/integrations/offline.ts), the service worker and the pages agree on about what is
 * saved for offline use and where.
 */

/** A first visit, the service worker's background work included, downloads at most this much on the wire. */
export const FIRST_VISIT_BUDGET = 1.5 * 1024 * 1024;

/** The page shown for an address that is not saved on this device while it is offline. */
export const OFFLINE_PAGE = '/offline/';
/** On the offline page, the links to the pages every reader gets saved on the first visit. */
export const SAVED_PAGE_ATTRIBUTE = 'data-offline-saved';

/** Pages (and their Markdown copies) a reader visited: network first, this copy offline. */
export const VISITED_CACHE = 'pg-guide-visited';
/**
 * Search data and assets fetched as needed, the search data of saved pages, and old assets saved pages still link
 * (src/offline/kept-assets.ts): file names change with their content, so a copy is never stale.
 */
export const ASSETS_CACHE = 'pg-guide-assets';
/** What "전체 저장" downloaded: every file the first visit leaves out. */
export const SAVED_ALL_CACHE = 'pg-guide-saved-all';

/** Written by the build: the files "전체 저장" downloads. */
export const SAVE_ALL_MANIFEST = '/offline-all.json';

export interface SaveAllManifest {
	/** Bytes on the wire (gzip, as a host sends text) of all files. */
	bytes: number;
	/** Bytes stored on the device once saved. */
	storedBytes: number;
	/** Each file: its URL, a revision that changes with its content, its bytes on the wire. */
	files: [url: string, revision: string, bytes: number][];
}

/** Written by the build: what the worker saves so that offline search answers for the pages saved on a device. */
export const SEARCH_DATA_MANIFEST = '/offline-search.json';

export interface SearchDataManifest {
	/** Pagefind's index files when the first visit leaves them out (a large site); empty when they are precached. */
	index: string[];
	/** Each page's Pagefind fragment (search data) file, by page path, for pages whose fragment is not precached. */
	fragments: Record<string, string>;
}
