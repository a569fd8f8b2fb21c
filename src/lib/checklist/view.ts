import { addToSeoulDay, seoulDay } from '../dates';
import type { ChecklistItem } from './items';
import type { ChecklistRecord } from './record';

/** What the page shows of a checklist: each item's tick and dates, and the progress. Days are Seoul days. */
export interface ItemView {
	id: string;
	/** The day it was ticked, or null. */
	checkedDay: string | null;
	/** The date its due rule gives, once ticked. */
	due: { label: string; day: string } | null;
}

export interface ChecklistView {
	items: ItemView[];
	done: number;
	total: number;
}

/** Items missing from the record are unticked; ticks of items no longer in the content are kept but not shown. */
export function checklistView(items: ChecklistItem[], record: ChecklistRecord): ChecklistView {
	const views = items.map(({ id, due }): ItemView => {
		const at = record.checked[id];
		const checkedDay = at === undefined ? null : seoulDay(new Date(at));
		return { id, checkedDay, due: checkedDay && due ? { label: due.label, day: addToSeoulDay(checkedDay, due.after) } : null };
	});
	return { items: views, done: views.filter((item) => item.checkedDay).length, total: views.length };
}
