import { slugify } from '../slug';

/**
 * `category` is a breadcrumb written as one string: "결제서비스 (채널설정 및 이용안내) > 이용안내 > 결제대행사 계약".
 * The CMS repeats a level when a branch has no sub-level ("세금계산서 > 세금계산서", "결제연동 > 결제 연동"),
 * so a level that only repeats its parent collapses into it.
 */

export const CATEGORY_SEPARATOR = '>';

/** The short label of a level: "결제서비스 (채널설정 및 이용안내)" reads as "결제서비스" in tight places. */
export function shortLabel(level: string): string {
	return level.replace(/\s*\([^)]*\)\s*$/, '') || level;
}

const levelKey = (level: string) => shortLabel(level).replace(/\s+/g, '');

/** Splits a category string into its levels: trimmed, no empty levels, no level that repeats its parent. */
export function parseCategory(category: string): string[] {
	const levels = category
		.split(CATEGORY_SEPARATOR)
		.map((level) => level.trim())
		.filter(Boolean);
	return levels.filter((level, index) => index === 0 || levelKey(level) !== levelKey(levels[index - 1]!));
}

/** A URL segment for a level, without its parenthetical. */
export function levelSlug(level: string): string {
	return slugify(shortLabel(level));
}

export interface CategoryArticle {
	id: string;
	title: string;
	category: string[];
}

export interface CategoryNode {
	label: string;
	/** Levels from the top, this one included. */
	levels: string[];
	/** URL path under /category/, e.g. "결제서비스/이용안내". */
	slug: string;
	children: CategoryNode[];
	articles: CategoryArticle[];
}

/** The category tree, in order of first appearance; articles inside a node sorted by title (Korean collation). */
export function buildCategoryTree(articles: CategoryArticle[]): CategoryNode {
	const root: CategoryNode = { label: '', levels: [], slug: '', children: [], articles: [] };
	for (const article of articles) {
		let node = root;
		for (const level of article.category) {
			let child = node.children.find((candidate) => candidate.label === level);
			if (!child) {
				const levels = [...node.levels, level];
				child = { label: level, levels, slug: levels.map(levelSlug).join('/'), children: [], articles: [] };
				node.children.push(child);
			}
			node = child;
		}
		node.articles.push(article);
	}
	const sortArticles = (node: CategoryNode) => {
		node.articles.sort((a, b) => a.title.localeCompare(b.title, 'ko'));
		node.children.forEach(sortArticles);
	};
	sortArticles(root);
	return root;
}

/** Every node below the root, depth first. */
export function flattenCategories(node: CategoryNode): CategoryNode[] {
	return node.children.flatMap((child) => [child, ...flattenCategories(child)]);
}

/** Number of articles in a node and all its descendants. */
export function countArticles(node: CategoryNode): number {
	return node.articles.length + node.children.reduce((sum, child) => sum + countArticles(child), 0);
}
