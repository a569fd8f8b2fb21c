import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getSiteArticles } from './data/articles';
import { CHECKLIST_HEADING } from './data/checklists';
import { getProcedures, procedureOfGuide } from './data/procedures';
import { procedurePages } from './lib/procedure/pages';
import { assertPagesExist, assertSectionsExist, missingSections } from './lib/procedure/sections';
import { buildSidebar, categoryPagination, procedurePath } from './navigation/sidebar';
import { seoHead } from './navigation/seo-head';

/**
 * Starlight route middleware: the help-center frontmatter drives what Starlight would otherwise take
 * from folders and git — the sidebar and pagination from `category`, "마지막 업데이트" from `datetime`,
 * and the `<head>` from `seo`.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { data } = route.entry;
	const { tree, byId } = await getSiteArticles();
	const levels = data.category ?? [];
	const href = context.url.pathname;

	route.sidebar = buildSidebar(tree, levels, href);
	route.pagination = categoryPagination(tree, levels, href);
	// A page of one PG's procedure (its guide, or a page only its steps use) follows that procedure, in step order;
	// a page many procedures share keeps its category's order, not knowing which PG the reader follows.
	const paths = (await getProcedures())
		.map(({ guide, data }) => ({ guide, data, pages: procedurePages(guide.id, data.steps).filter((id) => byId.has(id)) }))
		.filter(({ pages }) => pages.includes(route.entry.id));
	const own = paths.find(({ guide }) => guide.id === route.entry.id) ?? (paths.length === 1 ? paths[0] : undefined);
	if (own) {
		const pages = own.pages.map((id) => ({ id, title: byId.get(id)!.data.title }));
		const path = procedurePath(`${own.data.pg.name} 계약 순서`, pages, href);
		route.sidebar.splice(1, 0, path.group);
		route.pagination = path.pagination;
	}
	if (data.datetime) route.lastUpdated = data.datetime;
	route.head = seoHead(route.head, data);

	// A procedure's steps link to its guide's headings as rendered: a link to none fails the build.
	const procedure = await procedureOfGuide(route.entry.id);
	if (procedure) {
		// The sections the site writes for a guide that lacks them (MarkdownContent renders them) are headings too.
		const generated = missingSections(route.headings);
		const before = generated.filter((section) => section.before).map(({ slug, text }) => ({ depth: 2, slug, text }));
		const after = generated.filter((section) => !section.before).map(({ slug, text }) => ({ depth: 2, slug, text }));
		route.headings = [...before, ...route.headings, ...after];
		assertSectionsExist(procedure.file, route.entry.id, procedure.data.steps, route.headings);
		assertPagesExist(procedure.file, procedure.data.steps, byId);
		// The checklist second, right after the page's top: on a phone the 목차 list scrolls inside a box, and the
		// checklist a reader comes back to week after week must be one tap away, not past twenty sections.
		const tocItem = (heading: { depth: number; slug: string; text: string }) => ({ ...heading, children: [] });
		route.toc?.items.splice(1, 0, ...[CHECKLIST_HEADING, ...before].map(tocItem));
		route.toc?.items.push(...after.map(tocItem));
	}
});
