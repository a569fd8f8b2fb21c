// @ts-check
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { cspConfig } from './src/security/csp.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { offlineIntegration } from './src/integrations/offline.ts';
import { siteUrl, siteUrlIntegration } from './src/integrations/site-url.ts';
import { anchorIconsIntegration } from './src/markdown/anchor-icons.ts';
import { koreanPagefind } from './src/integrations/korean-pagefind.ts';
import { emptyHeadingsPlugin } from './src/markdown/empty-headings.ts';
import { headingHighlightsPlugin } from './src/markdown/heading-highlights.ts';
import { headingLevelsPlugin } from './src/markdown/heading-levels.ts';
import { linkRepairPlugin } from './src/markdown/link-repair.ts';
import { CONTENT_DIR } from './src/content-dir.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from './src/site.ts';
import { articlePathsByName } from './src/loaders/article-files.ts';
import { missingImagesIntegration, missingImagesPlugin } from './src/markdown/missing-images.ts';
import { safeLinksPlugin } from './src/markdown/safe-links.ts';
import { glossaryTermsPlugin } from './src/markdown/glossary-terms.ts';
import { createTermMatcher } from './src/lib/glossary/match.ts';
import { parseGlossary } from './src/lib/glossary/schema.ts';
import { readFileSync } from 'node:fs';
import { stepNumbersPlugin } from './src/markdown/step-numbers.ts';

/** The articles' folder, as the loader resolves it: the link repair asks it which articles exist. */
const contentDir = resolve(fileURLToPath(new URL('.', import.meta.url)), CONTENT_DIR);

/** The glossary, checked by its schema (a mistake stops the build naming the field): its terms are marked in articles. */
const glossary = parseGlossary(readFileSync(new URL('./content/glossary.yaml', import.meta.url), 'utf-8'), 'content/glossary.yaml');

export default defineConfig({
	site: siteUrl(),
	trailingSlash: 'always',
	// Component styles go to cached stylesheets instead of every page's HTML.
	build: { inlineStylesheets: 'never' },
	// Scripts by hash on every page; see src/security/csp.ts (and README, 보안) for what the policy allows and why.
	security: { csp: cspConfig() },
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					// Every MDX file triggers this harmless warning in Astro 7 (withastro/astro#18087); 359 of them bury real ones.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	markdown: {
		processor: satteri({
			// Factories, so that each document gets its own plugin state.
			mdastPlugins: [headingHighlightsPlugin(), emptyHeadingsPlugin(), () => headingLevelsPlugin(), linkRepairPlugin(articlePathsByName(contentDir)), glossaryTermsPlugin(createTermMatcher(glossary.terms))],
			hastPlugins: [() => missingImagesPlugin(), safeLinksPlugin, stepNumbersPlugin],
		}),
	},
	integrations: [
		// Starlight's own sitemap, but without 내 체크리스트's parts (src/pages/checklist/parts): fetched into a page, not pages.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/checklist/parts/') }),
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			locales: { root: { label: '한국어', lang: 'ko' } },
			// Installable: the manifest names the site and its icons (the service worker comes from `offlineIntegration`).
			head: [
				{ tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#3d4bd8' } },
			],
			sidebar: [],
			// Articles are staged as MDX here by the help-center loader; Starlight's heading anchors apply to them.
			markdown: { processedDirs: ['.astro/articles'] },
			// Our integration builds the search index, with Korean tokens (src/integrations/korean-pagefind.ts).
			pagefind: false,
			customCss: ['./src/styles/korean.css', './src/styles/sidebar.css', './src/styles/layout.css'],
			routeMiddleware: './src/routeData.ts',
			// src/pages/404.astro renders the content folder's 404 page (or ours).
			disable404Route: true,
			components: {
				Head: './src/components/starlight/Head.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				Sidebar: './src/components/starlight/Sidebar.astro',
				Search: './src/components/starlight/Search.astro',
				LastUpdated: './src/components/starlight/LastUpdated.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				// Theme scripts that do not throw where storage is blocked.
				ThemeProvider: './src/components/starlight/ThemeProvider.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
			},
			plugins: [
				starlightLinksValidator({
					// Pages of ours outside Starlight's collection, which the validator cannot see, and the home page,
					// which always exists (the loader supplies one) but which it cannot match to a staged file.
					exclude: ['/', '/checklist/', '/compare/', '/choose/', '/glossary/', '/glossary/#*', '/tags/**', '/pg/**', '/category/**'],
				}),
			],
		}),
		anchorIconsIntegration(),
		koreanPagefind(),
		missingImagesIntegration(),
		securityHeadersIntegration(),
		siteUrlIntegration(),
		// Last: its build step precaches what the others wrote, the search index included.
		offlineIntegration(),
	],
});
