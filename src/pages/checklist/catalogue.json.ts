import type { APIRoute } from 'astro';
import { getGuideChecklists } from '../../data/checklists';

/**
 * `/checklist/catalogue.json`: what a restore link needs to know of every checklist of the site (its items,
 * plans and fingerprint) and the guide's title and address to show. Fetched only when a link is made or opened.
 */
export const GET: APIRoute = async () => {
	const checklists = [...(await getGuideChecklists()).values()].map(({ guide, link, items }) => ({
		...link,
		title: guide.data.title,
		href: `/${guide.id}/`,
		itemFingerprints: Object.fromEntries(items.map((item) => [item.id, item.fingerprint])),
	}));
	return new Response(JSON.stringify({ checklists }), { headers: { 'Content-Type': 'application/json' } });
};
