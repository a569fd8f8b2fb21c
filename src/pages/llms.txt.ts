import type { APIRoute } from 'astro';
import { getSiteArticles } from '../data/articles';
import { llmsIndex } from '../data/llms';
import { SITE_DESCRIPTION, SITE_TITLE } from '../site';

/** `/llms.txt`: every article with its Korean title, description and Markdown copy (see src/data/llms.ts). */
export const GET: APIRoute = async ({ site }) => {
	const { articles } = await getSiteArticles();
	return new Response(llmsIndex(articles, site!, SITE_TITLE, SITE_DESCRIPTION), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
