import type { APIRoute } from 'astro';
import { getSiteArticles } from '../data/articles';
import { articleAsMarkdown } from '../data/llms';

/** `/llms-full.txt`: every article as Markdown, in one file. */
export const GET: APIRoute = async ({ site }) => {
	const { articles } = await getSiteArticles();
	const sorted = [...articles].sort((a, b) => a.id.localeCompare(b.id));
	return new Response(sorted.map((article) => articleAsMarkdown(article, site!)).join('\n\n---\n\n'), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
