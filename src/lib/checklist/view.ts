import { addToSeoulDay, seoulDay } from '../dates';
import { appliesTo, type ChecklistItem, type Plan } from './items';
import type { ChecklistRecord } from './record';

/** What the page shows of a checklist: each item's tick and dates, and the progress. Days are Seoul days. */
export interface ItemView {
	id: string;
	/** False for an item of the plan the reader did not choose. */
	shown: boolean;
	/** The day it was ticked, or null. */
	checkedDay: string | null;
	/** The date its due rule gives, once ticked. */
	due: { label: string; day: string } | null;
}

export interface ChecklistView {
	items: ItemView[];
	plan: Plan | null;
	/** Of the items shown. */
	done: number;
	total: number;
}

/**
 * Items missing from the record are unticked; ticks of items no longer in the content are kept but not shown.
 * Until a plan is chosen, every item shows.
 */
export function checklistView(items: ChecklistItem[], record: ChecklistRecord): ChecklistView {
	const { plan } = record;
	const views = items.map(({ id, applies, due }): ItemView => {
		const at = record.checked[id];
		const checkedDay = at === undefined ? null : seoulDay(new Date(at));
		const dueShown = checkedDay && due && appliesTo(due.applies, plan);
		return { id, shown: appliesTo(applies, plan), checkedDay, due: dueShown ? { label: due.label, day: addToSeoulDay(checkedDay, due.after) } : null };
	});
	const shown = views.filter((item) => item.shown);
	return { items: views, plan, done: shown.filter((item) => item.checkedDay).length, total: shown.length };
}
