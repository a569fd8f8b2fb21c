import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCategoryTree, type CategoryNode } from '../lib/frontmatter/category';
import { ALL_PG_COMPANIES } from '../lib/frontmatter/schema';
import { slugify } from '../lib/slug';

/**
 * The site's articles as the navigation, index pages and route middleware see them. Read once per
 * build: every page asks for the same tree.
 */

export type Article = CollectionEntry<'docs'>;

export interface Term {
	label: string;
	slug: string;
	articles: Article[];
}

export interface SiteArticles {
	articles: Article[];
	tree: CategoryNode;
	byId: Map<string, Article>;
	tags: Term[];
	pgCompanies: Term[];
}

let cached: Promise<SiteArticles> | undefined;

export function getSiteArticles(): Promise<SiteArticles> {
	cached ??= load();
	return cached;
}

async function load(): Promise<SiteArticles> {
	const articles = (await getCollection('docs')).filter((article) => !article.data.draft);
	const tree = buildCategoryTree(
		articles
			.filter((article) => article.data.category)
			.map((article) => ({ id: article.id, title: article.data.title, category: article.data.category! })),
	);
	return {
		articles,
		tree,
		byId: new Map(articles.map((article) => [article.id, article])),
		tags: collectTerms(articles, (article) => article.data.tags),
		pgCompanies: collectTerms(articles, (article) => article.data.pgCompanies.filter((name) => name !== ALL_PG_COMPANIES)),
	};
}

function collectTerms(articles: Article[], termsOf: (article: Article) => string[]): Term[] {
	const terms = new Map<string, Term>();
	for (const article of articles) {
		for (const label of termsOf(article)) {
			const slug = slugify(label);
			const term = terms.get(slug) ?? { label, slug, articles: [] };
			term.articles.push(article);
			terms.set(slug, term);
		}
	}
	for (const term of terms.values()) term.articles.sort((a, b) => a.data.title.localeCompare(b.data.title, 'ko'));
	return [...terms.values()].sort((a, b) => a.label.localeCompare(b.label, 'ko'));
}
