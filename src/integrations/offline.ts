import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
// Only the function used: `workbox-build`'s index also loads generateSW's bundler, 0.3 s of every build.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';

/**
 * Makes the built site work offline: once the search index is written (this integration comes last, after
 * Starlight's and any other Pagefind step), bundles `service-worker.ts` to `sw.js` and gives it Workbox's
 * precache manifest of every page, asset and the search index, each with a revision, so that a new deploy
 * replaces exactly what changed.
 */

const SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

const PRECACHE = {
	// `checklist/catalogue.json`: restore links work offline too.
	globPatterns: ['**/*.{html,css,js,svg,png,webmanifest}', 'pagefind/**/*', 'checklist/catalogue.json'],
	// Pagefind's own UI bundles: Starlight brings its own UI, which loads `pagefind.js`.
	globIgnores: ['sw.js', 'pagefind/*-ui.*'],
};

/** Inline on every page: small enough not to cost a request. Failing to register only means no offline. */
const REGISTER = `if('serviceWorker'in navigator)addEventListener('load',()=>navigator.serviceWorker.register('/sw.js').catch(()=>{}))`;

export function offlineIntegration(): AstroIntegration {
	return {
		name: 'pg-guide:offline',
		hooks: {
			'astro:config:setup': ({ command, injectScript }) => {
				// Built sites only: in development a worker would serve stale pages.
				if (command === 'build') injectScript('head-inline', REGISTER);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const swDest = join(outDir, 'sw.js');
				await build({
					entryPoints: [SOURCE],
					outfile: swDest,
					bundle: true,
					minify: true,
					format: 'iife',
					target: 'es2022',
					// Workbox's development logging goes.
					define: { 'process.env.NODE_ENV': '"production"' },
					logLevel: 'warning',
				});
				const { count, size, warnings } = await injectManifest({
					swSrc: swDest,
					swDest,
					globDirectory: outDir,
					...PRECACHE,
					// Vite's file names change with their content: no revision needed.
					dontCacheBustURLsMatching: /^_astro\//,
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`sw.js: ${count} files (${(size / 1024).toFixed(0)} KB) precached for offline use`);
			},
		},
	};
}
