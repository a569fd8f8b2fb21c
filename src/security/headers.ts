/**
 * The `_headers` file (Netlify and Cloudflare Pages format) for the built site: the pages' own Content
 * Security Policy plus what only a header can say, and how long each kind of file may be cached.
 */
import { HEADER_ONLY_DIRECTIVES } from './csp';

/** Directives of a policy, trimmed, without the empty one after a trailing `;`. */
export function cspDirectives(policy: string): string[] {
	return policy
		.split(';')
		.map((directive) => directive.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

/** Powerful features no page of a documentation site uses: denied, also to anything it might embed. */
const DENIED_FEATURES = ['accelerometer', 'bluetooth', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid', 'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb'];

/**
 * Cache rules by path. Files whose names change with their content may be kept for a year: Vite's `_astro/`
 * assets and Pagefind's index chunks and fragments (`ko_<hash>.pf_index`). What keeps its name across deploys
 * must be revalidated: the service worker and the manifest (the browser would otherwise miss an update).
 * HTML is left to the host's default, `max-age=0, must-revalidate` on both Netlify and Cloudflare Pages: a
 * `Cache-Control` on `/*` would also match `/_astro/*`, and Cloudflare joins the two values instead of
 * letting the more specific one win.
 */
const CACHE_RULES: [path: string, cacheControl: string][] = [
	['/_astro/*', 'public, max-age=31536000, immutable'],
	['/pagefind/index/*', 'public, max-age=31536000, immutable'],
	['/pagefind/fragment/*', 'public, max-age=31536000, immutable'],
	['/sw.js', 'no-cache'],
	['/manifest.webmanifest', 'no-cache'],
	// What "전체 저장" downloads: read again on every save, so that it never lists files of an older deploy.
	['/offline-all.json', 'no-cache'],
	// What the worker saves for offline search: never an older deploy's list (src/offline/search-data.ts).
	['/offline-search.json', 'no-cache'],
];

/**
 * The copies for machines (src/data/llms.ts): Korean text must be read as UTF-8, which hosts do not say for `.md`
 * and `.txt` by default; the Markdown copies stay out of search engines, where the pages are.
 */
const MACHINE_COPIES: [path: string, headers: [string, string][]][] = [
	['/llms.txt', [['Content-Type', 'text/plain; charset=utf-8']]],
	['/llms-full.txt', [['Content-Type', 'text/plain; charset=utf-8']]],
	['/*.md', [['Content-Type', 'text/markdown; charset=utf-8'], ['X-Robots-Tag', 'noindex']]],
];

/**
 * How each host reads a `_headers` path. Cloudflare Pages: `*` matches anything, every other character is itself.
 * Netlify (netlify/build's headers-parser): a segment holding `*` becomes a regular expression with `*` as `.*` and
 * its other characters left unescaped, a trailing slash optional, case ignored — so the `.` of `/*.md` matches any
 * character, and `/*.md` matches `/guides/cmd/` too.
 */
export function headerPathMatchers(rule: string): { netlify: RegExp; cloudflare: RegExp } {
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
	const segments = rule
		.split('/')
		.filter(Boolean)
		.map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.includes('*') ? part.replaceAll('*', '(.*)') : escape(part)));
	return {
		netlify: new RegExp(`^/${segments.join('/')}/?$`, 'iu'),
		cloudflare: new RegExp(`^${rule.split('*').map(escape).join('.*')}$`),
	};
}

/**
 * Addresses of the site a machine-copy rule would wrongly match on either host: not a copy (its address does not
 * end as the rule's does), yet matched — a page served as Markdown and kept out of search engines.
 */
export function wronglyMatchedByCopyRules(addresses: string[]): { address: string; rule: string }[] {
	return MACHINE_COPIES.filter(([rule]) => rule.includes('*')).flatMap(([rule]) => {
		const { netlify, cloudflare } = headerPathMatchers(rule);
		const suffix = rule.slice(rule.lastIndexOf('*') + 1);
		return addresses.filter((address) => !address.endsWith(suffix) && (netlify.test(address) || cloudflare.test(address))).map((address) => ({ address, rule }));
	});
}

/** The `_headers` text for pages whose `<meta>` carries `pagePolicy`. */
export function headersFile(pagePolicy: string): string {
	const policy = [...cspDirectives(pagePolicy), ...HEADER_ONLY_DIRECTIVES].join('; ');
	const rule = (path: string, headers: [string, string][]) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return [
		'# Written at build time by src/integrations/security-headers.ts from src/security/: edit those, not this file.',
		rule('/*', [
			['Content-Security-Policy', policy],
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'strict-origin-when-cross-origin'],
			['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
		]),
		...CACHE_RULES.map(([path, cacheControl]) => rule(path, [['Cache-Control', cacheControl]])),
		...MACHINE_COPIES.map(([path, headers]) => rule(path, headers)),
	].join('\n\n') + '\n';
}
