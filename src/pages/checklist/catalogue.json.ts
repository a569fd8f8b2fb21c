import type { APIRoute } from 'astro';
import { getGuideChecklists } from '../../data/checklists';
import { koreanHolidays } from '../../data/holidays';
import { adviceLines } from '../../lib/checklist/advice';
import { clientItems } from '../../lib/checklist/items';
import { PAYMENT_TYPE_LABELS } from '../../lib/procedure/vocabulary';

/**
 * `/checklist/catalogue.json`: what a restore link and the calendar need to know of every checklist of the site (its
 * items with their words and date rules, plans and fingerprint), the guide's title and address to show, and the
 * holidays business days skip. Fetched only when a link is made or opened, or a calendar file made.
 */
export const GET: APIRoute = async () => {
	const checklists = [...(await getGuideChecklists()).values()].map(({ guide, pg, link, items }) => ({
		...link,
		title: guide.data.title,
		pg,
		href: `/${guide.id}/`,
		itemFingerprints: Object.fromEntries(items.map((item) => [item.id, item.fingerprint])),
		items: clientItems(items).map((item, index) => ({ ...item, label: items[index]!.label, section: items[index]!.section, advice: adviceLines(items[index]!.waiting) })),
	}));
	return new Response(JSON.stringify({ checklists, holidays: koreanHolidays(), typeLabels: PAYMENT_TYPE_LABELS }), { headers: { 'Content-Type': 'application/json' } });
};
