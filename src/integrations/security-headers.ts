import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { headersFile, wronglyMatchedByCopyRules } from '../security/headers';

/**
 * Writes `dist/_headers` with the Content Security Policy the built pages carry in their `<meta>`, so that
 * the header and the meta tag cannot drift apart (Astro computes the script and style hashes at build time).
 * One header serves every page: if pages ever get different policies, the build fails rather than guess. So does a
 * page whose address a rule for the Markdown copies would match on Netlify or Cloudflare (it would be served as
 * Markdown there).
 */
export function securityHeadersIntegration(): AstroIntegration {
	return {
		name: 'pg-guide:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policies = new Map<string, string>();
				for (const file of await glob('**/*.html', { cwd: root })) {
					const html = await readFile(root + file, 'utf-8');
					// A partial (내 체크리스트's parts) is fetched into a page, never opened as one: the header covers it.
					if (!/<html[\s>]/i.test(html)) continue;
					const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
					if (!policy) throw new Error(`${file}: no Content Security Policy <meta>`);
					policies.set(policy, file);
				}
				if (policies.size !== 1) throw new Error(`pages carry ${policies.size} different Content Security Policies (e.g. ${[...policies.values()].join(', ')}); _headers has one for all`);
				const addresses = (await glob('**/*', { cwd: root })).map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
				const wrong = wronglyMatchedByCopyRules(addresses);
				if (wrong.length > 0) {
					throw new Error(
						`_headers: ${wrong.map(({ address, rule }) => `${address} would be served as a Markdown copy on Netlify by the rule ${rule}`).join('; ')}. Netlify reads the "." of "${wrong[0]!.rule}" as any character: give the page an address that does not end in "md".`,
					);
				}
				await writeFile(root + '_headers', headersFile([...policies.keys()][0]!));
				logger.info('_headers: Content-Security-Policy of the pages, security and cache headers');
			},
		},
	};
}
