import { articleMarkdown } from '../lib/mdx/article-markdown';
import { escapeMarkdown } from '../lib/mdx/markdown-text';
import { formatSeoulDate } from '../lib/dates';
import type { Article } from './articles';

/**
 * The site for machines (https://llmstxt.org): `/llms.txt` lists every article with its Korean title, description
 * and Markdown copy; `/<page>.md` is each article as Markdown; `/llms-full.txt` is all of them in one file. Only the
 * article itself: no navigation, step overview or checklist, which the site adds around it. Titles, descriptions and
 * categories are text, escaped as Markdown (a `]` in a title would end its link).
 */

/** `guides/kg-inicis-contract` → `/guides/kg-inicis-contract.md`. */
export const markdownPath = (article: Article) => `/${article.id}.md`;
const pagePath = (article: Article) => (article.id === 'index' ? '/' : `/${article.id}/`);
const description = (article: Article) => article.data.description ?? article.data.seo?.description;

/** A frontmatter text on one line, as Markdown. */
const inline = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/** Per article: `/llms-full.txt` and the article's own copy are written from one conversion. */
const converted = new Map<string, string>();

export function articleAsMarkdown(article: Article, site: URL): string {
	const key = `${site.href} ${article.id} ${article.digest}`;
	let markdown = converted.get(key);
	if (markdown === undefined) converted.set(key, (markdown = toMarkdown(article, site)));
	return markdown;
}

function toMarkdown(article: Article, site: URL): string {
	const about = [
		`원문: ${new URL(pagePath(article), site).href}`,
		article.data.category && `분류: ${inline(article.data.category.join(' > '))}`,
		article.data.datetime && `마지막 업데이트: ${formatSeoulDate(article.data.datetime)}`,
	].filter(Boolean);
	const summary = description(article);
	return [`# ${inline(article.data.title)}`, summary && `> ${inline(summary)}`, about.join('\n'), articleMarkdown(article.body ?? '')]
		.filter(Boolean)
		.join('\n\n');
}

export function llmsIndex(articles: Article[], site: URL, title: string, summary: string): string {
	const groups = new Map<string, Article[]>();
	for (const article of articles) {
		const group = article.data.category?.join(' > ') ?? '기타';
		groups.set(group, [...(groups.get(group) ?? []), article]);
	}
	const sections = [...groups]
		.sort(([a], [b]) => (a === '기타' ? 1 : b === '기타' ? -1 : a.localeCompare(b, 'ko')))
		.map(([group, list]) => {
			const lines = list
				.sort((a, b) => a.data.title.localeCompare(b.data.title, 'ko'))
				.map((article) => {
					const text = description(article);
					return `- [${inline(article.data.title)}](${new URL(markdownPath(article), site).href})${text ? `: ${inline(text)}` : ''}`;
				});
			return `## ${inline(group)}\n\n${lines.join('\n')}`;
		});
	return [
		`# ${title}`,
		`> ${summary}`,
		`글마다 Markdown 사본이 있습니다(아래 링크, 또는 페이지 주소 끝의 / 대신 .md). 모든 글을 한 파일로: ${new URL('/llms-full.txt', site).href}`,
		...sections,
	].join('\n\n') + '\n';
}
