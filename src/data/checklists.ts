import type { ChecklistItemData } from '../lib/checklist/items';
import { assertLinkable, checklistFingerprint, type LinkChecklist } from '../lib/checklist/link';
import { normalTypes, type PlanTypes } from '../lib/checklist/record';
import { checklistOf } from '../lib/procedure/checklist';
import { planTypes, type ProcedurePlan } from '../lib/procedure/schema';
import type { PaymentType } from '../lib/procedure/vocabulary';
import type { Article } from './articles';
import { getProcedures } from './procedures';

/**
 * The checklists of the guides in this build, by guide id, each generated from its PG's procedure: the plain data
 * the checklist island and the "내 체크리스트" page render. Read once per build.
 */

export interface GuideChecklist {
	guide: Article;
	/** The PG's display name. */
	pg: string;
	/** The procedure file it comes from, for error messages. */
	file: string;
	/** The payment types the reader chooses from. */
	types: PaymentType[];
	/** The PG's plans; a plan's `note` says what changes with it (shown beside its types). */
	plans: Pick<ProcedurePlan, 'id' | 'label' | 'note' | 'types'>[];
	/** Each plan id and its payment types: how a record or link of the plan era is read. */
	planTypes: PlanTypes;
	items: ChecklistItemData[];
	/** What a restore link needs to know of this checklist. */
	link: LinkChecklist;
}

/** The checklist's heading on its guide, also listed in the table of contents. */
export const CHECKLIST_HEADING = { depth: 2, slug: '내-체크리스트', text: '내 체크리스트' } as const;

let cached: Promise<Map<string, GuideChecklist>> | undefined;

export function getGuideChecklists(): Promise<Map<string, GuideChecklist>> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Map<string, GuideChecklist>> {
	const checklists = new Map<string, GuideChecklist>();
	for (const { guide, file, data } of await getProcedures()) {
		const { types, plans, items } = checklistOf(data);
		assertLinkable(file, items.map((item) => item.id));
		const byPlan = plans.map((plan) => [plan.id, normalTypes(planTypes(plan)) ?? []] as const);
		checklists.set(guide.id, {
			guide,
			pg: data.pg.name,
			file,
			types,
			plans: plans.map(({ id, label, note, types }) => ({ id, label, note, types })),
			planTypes: byPlan,
			items,
			link: {
				guide: guide.id,
				fingerprint: checklistFingerprint(items),
				plans: plans.map((plan) => plan.id),
				planTypes: byPlan.map(([, types]) => types),
				itemIds: items.map((item) => item.id),
			},
		});
	}
	return checklists;
}

/**
 * 내 체크리스트's checklists in its order (by guide title), each with the prefix of its element ids there, and where
 * its folded controls are fetched from (src/pages/checklist/parts): the page and each part render with the same
 * prefix, so the ids a part brings are the page's.
 */
export async function getMyChecklists(): Promise<{ checklist: GuideChecklist; prefix: string; controlsHref: string }[]> {
	const checklists = [...(await getGuideChecklists()).values()].sort((a, b) => a.guide.data.title.localeCompare(b.guide.data.title, 'ko'));
	return checklists.map((checklist, index) => ({ checklist, prefix: `checklist-${index + 1}`, controlsHref: checklistPartHref(checklist.guide.id) }));
}

/** Where a folded checklist's controls are, as a page of its own (a partial: no layout). */
export const checklistPartHref = (guideId: string) => `/checklist/parts/${guideId}/`;
