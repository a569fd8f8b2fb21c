import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { CategoryNode } from '../lib/frontmatter/category';
import { articleHref, categoryHref, GLOSSARY_PATH } from '../lib/paths';

/**
 * The sidebar, built from `category` instead of folders. Starlight renders the whole sidebar into every
 * page, so on a site of hundreds of articles it would outweigh the article itself: only the branch of
 * the current page is expanded; every other category is one link to its own index page.
 */

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** At most this many articles of one category are listed; the rest are a link away, on the category page. */
export const ARTICLE_WINDOW = 10;
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

const link = (label: string, href: string, currentHref: string): SidebarLink => ({
	type: 'link',
	label,
	href,
	isCurrent: href === currentHref,
	badge: undefined,
	attrs: {},
});

/** `currentLevels`: the category of the page being rendered (empty for pages outside the tree). */
export function buildSidebar(tree: CategoryNode, currentLevels: string[], currentHref: string): SidebarEntry[] {
	const entries: SidebarEntry[] = [
		link('홈', '/', currentHref),
		link('결제대행사 고르기', '/choose/', currentHref),
		link('PG 계약 비교', '/compare/', currentHref),
		link('용어 풀이', GLOSSARY_PATH, currentHref),
		link('내 체크리스트', '/checklist/', currentHref),
	];
	const branch = (node: CategoryNode, depth: number): SidebarEntry => {
		const onPath = node.label === currentLevels[depth];
		if (!onPath) return link(node.label, categoryHref(node.slug), currentHref);
		return {
			type: 'group',
			label: node.label,
			collapsed: false,
			badge: undefined,
			entries: [
				...node.children.map((child) => branch(child, depth + 1)),
				...articleLinks(node, currentHref),
			],
		};
	};
	entries.push(...tree.children.map((child) => branch(child, 0)));
	return entries;
}

/** The category's articles: all of them, or a window around the current one and a link to the rest. */
function articleLinks(node: CategoryNode, currentHref: string): SidebarEntry[] {
	const links = node.articles.map((article) => link(article.title, articleHref(article.id), currentHref));
	if (links.length <= ARTICLE_WINDOW) return links;
	const current = Math.max(0, links.findIndex((entry) => entry.isCurrent));
	const start = Math.min(Math.max(0, current - Math.floor(ARTICLE_WINDOW / 2)), links.length - ARTICLE_WINDOW);
	return [
		...links.slice(start, start + ARTICLE_WINDOW),
		link(`${node.label} 전체 ${links.length}개 보기`, categoryHref(node.slug), currentHref),
	];
}

/** Previous and next article in the current page's category, in sidebar order. */
export function categoryPagination(tree: CategoryNode, currentLevels: string[], currentHref: string) {
	let node: CategoryNode | undefined = tree;
	for (const level of currentLevels) node = node?.children.find((child) => child.label === level);
	const links = (node?.articles ?? []).map((article) => link(article.title, articleHref(article.id), currentHref));
	const index = links.findIndex((entry) => entry.isCurrent);
	if (index === -1) return { prev: undefined, next: undefined };
	return { prev: links[index - 1], next: links[index + 1] };
}

/**
 * A PG's procedure as a path through the site: its pages in step order, as a sidebar group above the categories and
 * as 이전/다음. `pages` are article ids with their titles, in order.
 */
export function procedurePath(label: string, pages: { id: string; title: string }[], currentHref: string) {
	const links = pages.map((page) => link(page.title, articleHref(page.id), currentHref));
	const index = links.findIndex((entry) => entry.isCurrent);
	const group: SidebarEntry = { type: 'group', label, collapsed: false, badge: undefined, entries: links };
	return { group, pagination: { prev: links[index - 1], next: links[index + 1] } };
}
