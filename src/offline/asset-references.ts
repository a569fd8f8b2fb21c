/**
 * The hashed assets (`/_astro/…`) a saved file needs: an HTML page's stylesheets and scripts, a script's imports
 * (`from"./view.B3H0vbCd.js"`), a stylesheet's fonts and images. Read from the text, as the browser would resolve
 * them against the file's own URL; `data:` URLs and other folders are not assets of a deploy.
 *
 * @example referencedAssets('<link href="/_astro/page.Ab1.css"><script src="/_astro/a.Cd2.js">', 'https://x.example/guides/a/')
 *   → ['/_astro/page.Ab1.css', '/_astro/a.Cd2.js']
 * @example referencedAssets('import{a}from"./view.B3H.js";', 'https://x.example/_astro/page.Ef3.js') → ['/_astro/view.B3H.js']
 */
const REFERENCE = /["'(]((?:\.{1,2}\/|\/)[^"'()\s?#]+\.(?:js|css|woff2?|png|svg|jpe?g|webp|avif|gif))(?=[?#"')])/g;
export const ASSETS_FOLDER = '/_astro/';

export function referencedAssets(text: string, fileUrl: string): string[] {
	const found = new Set<string>();
	for (const [, reference] of text.matchAll(REFERENCE)) {
		const { pathname } = new URL(reference!, fileUrl);
		if (pathname.startsWith(ASSETS_FOLDER)) found.add(pathname);
	}
	return [...found];
}

/** Whether an asset's text can refer to further assets. */
export const mayReferAssets = (path: string) => /\.(js|css)$/.test(path);
