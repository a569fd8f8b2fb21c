import type { AstroIntegration } from 'astro';

/**
 * Where the site is deployed: canonical links, Open Graph, the sitemap and llms.txt use it. `SITE_URL` at build
 * time; without it, the local preview's address, which a deployed site must not carry, so a build says so.
 */
export const LOCAL_SITE = 'http://localhost:4321';

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
	return env.SITE_URL || LOCAL_SITE;
}

/** Warns at the end of a build without `SITE_URL`, where the warning is seen. */
export function siteUrlIntegration(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
	return {
		name: 'pg-guide:site-url',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (env.SITE_URL) return;
				logger.warn(
					`SITE_URL이 없어 llms.txt, canonical 링크, Open Graph와 sitemap이 ${LOCAL_SITE}를 가리킵니다. 배포할 사이트는 SITE_URL=https://<도메인> npm run build 로 빌드하세요.`,
				);
			},
		},
	};
}
