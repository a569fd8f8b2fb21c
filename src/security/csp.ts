/**
 * The site's Content Security Policy: one source for the `<meta>` Astro writes into every page
 * (`security.csp` in astro.config.mjs) and for the `Content-Security-Policy` header in `dist/_headers`
 * (src/integrations/security-headers.ts copies the built pages' policy there).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Directives besides `script-src` and `style-src`, which Astro writes with the hashes of the page's scripts and styles. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	// Starlight's and Expressive Code's stylesheets draw icons as `data:` SVGs.
	"img-src 'self' data:",
	"font-src 'self'",
	// Pagefind fetches its index and WebAssembly; the service worker fetches what it precaches.
	"connect-src 'self'",
	// Pagefind's `pagefind-worker.js` and our `sw.js`.
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Directives a `<meta>` policy cannot carry (browsers ignore them there): sent only as a header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * Our overrides of Starlight's theme components, whose `<script is:inline>` ends up on every page: the theme
 * provider (runs before first paint, so that a dark theme does not flash) and the theme picker. Astro does not
 * hash `is:inline` scripts (withastro/astro#16664), so we hash their source text, which Astro copies verbatim.
 */
const INLINE_SCRIPT_COMPONENTS = ['ThemeProvider', 'ThemeSelect'].map((name) => new URL(`../components/starlight/${name}.astro`, import.meta.url));

function inlineScriptHashes(component: URL): `sha256-${string}`[] {
	const file = fileURLToPath(component);
	const source = readFileSync(file, 'utf-8');
	const bodies = [...source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
	if (bodies.length === 0) throw new Error(`${file}: no <script is:inline> to hash for the Content Security Policy`);
	return bodies.map((body) => `sha256-${createHash('sha256').update(body).digest('base64')}` as const);
}

/** Astro's `security.csp` option. */
export function cspConfig() {
	return {
		directives: [...CSP_DIRECTIVES],
		scriptDirective: {
			// Scripts by hash or from our origin, never inline otherwise; Pagefind compiles WebAssembly.
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: INLINE_SCRIPT_COMPONENTS.flatMap(inlineScriptHashes),
		},
		styleDirective: {
			// `<style>` elements and stylesheets stay hash- or origin-only. Style *attributes* cannot be hashed without
			// 'unsafe-hashes', and Starlight writes them on its own markup we cannot change: `<svg style="--sl-icon-size: …">`
			// on every Icon and `<label style="--sl-select-width: …">` in the theme picker. They set CSS variables only.
			resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
		},
	};
}
