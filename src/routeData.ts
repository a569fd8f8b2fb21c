import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getSiteArticles } from './data/articles';
import { CHECKLIST_HEADING, getGuideChecklists } from './data/checklists';
import { assertSectionsExist } from './lib/checklist/schema';
import { buildSidebar, categoryPagination } from './navigation/sidebar';
import { seoHead } from './navigation/seo-head';

/**
 * Starlight route middleware: the help-center frontmatter drives what Starlight would otherwise take
 * from folders and git — the sidebar and pagination from `category`, "마지막 업데이트" from `datetime`,
 * and the `<head>` from `seo`.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { data } = route.entry;
	const { tree } = await getSiteArticles();
	const levels = data.category ?? [];
	const href = context.url.pathname;

	route.sidebar = buildSidebar(tree, levels, href);
	route.pagination = categoryPagination(tree, levels, href);
	if (data.datetime) route.lastUpdated = data.datetime;
	route.head = seoHead(route.head, data);

	// A guide's checklist links its items to the guide's headings as rendered: a link to none fails the build.
	const checklist = (await getGuideChecklists()).get(route.entry.id);
	if (checklist) {
		assertSectionsExist(checklist.file, route.entry.id, checklist.items, route.headings);
		route.toc?.items.push({ ...CHECKLIST_HEADING, children: [] });
	}
});
