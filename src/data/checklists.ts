import type { ChecklistItemData } from '../lib/checklist/items';
import { checklistOf } from '../lib/procedure/checklist';
import type { ProcedurePlan } from '../lib/procedure/schema';
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
	/** The ways of paying the reader chooses between; a plan's `note` says what changes with it. */
	plans: Pick<ProcedurePlan, 'id' | 'label' | 'note'>[];
	items: ChecklistItemData[];
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
		const { plans, items } = checklistOf(data);
		checklists.set(guide.id, {
			guide,
			pg: data.pg.name,
			file,
			plans: plans.map(({ id, label, note }) => ({ id, label, note })),
			items,
		});
	}
	return checklists;
}
