import type { APIRoute } from 'astro';
import config from 'virtual:starlight/user-config';
import { getSiteArticles } from '../data/articles';
import { llmsIndex } from '../data/llms';

/** `/llms.txt`: every article with its Korean title, description and Markdown copy (see src/data/llms.ts). */
export const GET: APIRoute = async ({ site }) => {
	const { articles } = await getSiteArticles();
	const title = config.title[config.defaultLocale.lang ?? 'ko'] ?? Object.values(config.title)[0]!;
	return new Response(llmsIndex(articles, site!, title, config.description ?? ''), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
