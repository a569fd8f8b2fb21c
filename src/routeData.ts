import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getSiteArticles } from './data/articles';
import { CHECKLIST_HEADING } from './data/checklists';
import { procedureOfGuide } from './data/procedures';
import { assertSectionsExist } from './lib/procedure/sections';
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

	// The 404 entry is a draft only to keep it out of the catch-all route (see the loader): no draft notice.
	if (route.id === '404') data.draft = false;
	route.sidebar = buildSidebar(tree, levels, href);
	route.pagination = categoryPagination(tree, levels, href);
	if (data.datetime) route.lastUpdated = data.datetime;
	route.head = seoHead(route.head, data);

	// A procedure's steps link to its guide's headings as rendered: a link to none fails the build.
	const procedure = await procedureOfGuide(route.entry.id);
	if (procedure) {
		assertSectionsExist(procedure.file, route.entry.id, procedure.data.steps, route.headings);
		route.toc?.items.push({ ...CHECKLIST_HEADING, children: [] });
	}
});
