import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, siteUrl, siteUrlIntegration } from '../../../src/integrations/site-url';

/** What a build without and with `SITE_URL` logs at its end. */
function warnings(env: NodeJS.ProcessEnv): string[] {
	const warned: string[] = [];
	const logger = { warn: (message: string) => warned.push(message) } as unknown as AstroIntegrationLogger;
	const done = siteUrlIntegration(env).hooks['astro:build:done'] as (options: { logger: AstroIntegrationLogger }) => void;
	done({ logger });
	return warned;
}

describe('SITE_URL', () => {
	it('a build without it warns that llms.txt, canonical links and the sitemap point at the local preview', () => {
		expect(siteUrl({})).toBe(LOCAL_SITE);
		const [warning, ...more] = warnings({});
		expect(more).toEqual([]);
		for (const part of ['SITE_URL', 'llms.txt', 'canonical', 'sitemap', LOCAL_SITE]) expect(warning).toContain(part);
	});

	it('a build with it is the deployed address, without a warning', () => {
		expect(siteUrl({ SITE_URL: 'https://guide.example' })).toBe('https://guide.example');
		expect(warnings({ SITE_URL: 'https://guide.example' })).toEqual([]);
	});
});
