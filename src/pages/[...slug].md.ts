import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteArticles, type Article } from '../data/articles';
import { articleAsMarkdown } from '../data/llms';

/** Each article as Markdown, at its page's address with `.md` for the slash: `/guides/x/` → `/guides/x.md`. */
export const getStaticPaths = (async () => {
	const { articles } = await getSiteArticles();
	return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props, site }) =>
	new Response(articleAsMarkdown(props.article, site!), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
