import { describe, expect, test } from 'vitest';
import { cspDirectives, headerPathMatchers, headersFile, wronglyMatchedByCopyRules } from '../../../src/security/headers';

describe('cspDirectives', () => {
	test('splits on ;, trims, folds spaces and drops the empty tail', () => {
		expect(cspDirectives("default-src 'self';img-src 'self' data:; script-src  'self' 'sha256-a=';")).toEqual(["default-src 'self'", "img-src 'self' data:", "script-src 'self' 'sha256-a='"]);
	});
});

describe('headersFile', () => {
	const file = headersFile("default-src 'self'; script-src 'self' 'sha256-a=';");
	const rule = (path: string) => new RegExp(`^${path.replace(/[*/.]/g, '\\$&')}\\n((?:  .+\\n?)+)`, 'm').exec(file)?.[1] ?? '';

	test('every path gets the policy with frame-ancestors and the security headers', () => {
		const all = rule('/*');
		expect(all).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'\n");
		expect(all).toContain('  X-Content-Type-Options: nosniff\n');
		expect(all).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(all).toContain(`${feature}=()`);
		expect(all).not.toContain('Cache-Control');
	});

	test('only content-hashed files are cached for a year; the worker and the manifest are revalidated', () => {
		for (const path of ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*']) expect(rule(path)).toBe('  Cache-Control: public, max-age=31536000, immutable\n');
		for (const path of ['/sw.js', '/manifest.webmanifest']) expect(rule(path).trim()).toBe('Cache-Control: no-cache');
		expect(file.match(/immutable/g)).toHaveLength(3);
	});
});

describe('the rule for the Markdown copies on Netlify and Cloudflare Pages', () => {
	const { netlify, cloudflare } = headerPathMatchers('/*.md');

	test('matches every copy on both hosts, and no ordinary page', () => {
		for (const copy of ['/guides/kg-inicis-contract.md', '/core-service/how-to-use/inicis-contract.md', '/index.md']) {
			expect(netlify.test(copy), copy).toBe(true);
			expect(cloudflare.test(copy), copy).toBe(true);
		}
		for (const page of ['/', '/guides/kg-inicis-contract/', '/checklist/', '/llms.txt', '/_astro/page.Ab1.js']) {
			expect(netlify.test(page), page).toBe(false);
			expect(cloudflare.test(page), page).toBe(false);
		}
	});

	test('on Netlify, its "." is any character: a page whose address ends in md would be served as Markdown', () => {
		expect(netlify.test('/tags/cmd/')).toBe(true);
		expect(netlify.test('/guides/pg-MD')).toBe(true);
		expect(cloudflare.test('/tags/cmd/')).toBe(false);
		expect(wronglyMatchedByCopyRules(['/guides/a.md', '/guides/a/', '/tags/cmd/', '/guides/amd.png'])).toEqual([{ address: '/tags/cmd/', rule: '/*.md' }]);
	});

	test('other rules read as the hosts read them', () => {
		expect(headerPathMatchers('/_astro/*').netlify.test('/_astro/a/b.js')).toBe(true);
		expect(headerPathMatchers('/_astro/*').cloudflare.test('/_astro/a/b.js')).toBe(true);
		expect(headerPathMatchers('/sw.js').netlify.test('/swxjs')).toBe(false);
	});
});
