import { addToSeoulDay, seoulDay, type Holidays } from '../dates';
import { appliesTo, type ChecklistItem, type Plan } from './items';
import type { ChecklistRecord } from './record';

/** A date an item's due rule gives, once ticked: a day, or the first and last day of a range. */
export interface DueDay {
	label: string;
	day: string;
	/** The range's last day, when the rule gives a range (2~3영업일). */
	until: string | null;
	deadline: boolean;
	note: string | null;
}

/** What the page shows of a checklist: each item's tick and dates, and the progress. Days are Seoul days. */
export interface ItemView {
	id: string;
	/** False for an item of the plan the reader did not choose. */
	shown: boolean;
	/** The day it was ticked, or null. */
	checkedDay: string | null;
	due: DueDay | null;
	/** Ticked while the item said something else than it does now. */
	changed: boolean;
}

export interface ChecklistView {
	items: ItemView[];
	plan: Plan | null;
	/** Of the items shown. */
	done: number;
	total: number;
	/** Expected dates that fall after a deadline, e.g. the card review ending after the 바로오픈 MID's last day. */
	late: { expected: DueDay; deadline: DueDay }[];
}

/**
 * Items missing from the record are unticked; ticks of items no longer in the content are kept but not shown.
 * Until a plan is chosen, every item shows. Business days skip `holidays`.
 */
export function checklistView(items: ChecklistItem[], record: ChecklistRecord, holidays?: Holidays): ChecklistView {
	const { plan } = record;
	const views = items.map(({ id, applies, due, fingerprint }): ItemView => {
		const at = record.checked[id];
		const checkedDay = at === undefined ? null : seoulDay(new Date(at));
		const ticked = record.fingerprints[id];
		const changed = checkedDay !== null && ticked !== undefined && ticked !== fingerprint;
		if (!checkedDay || !due || !appliesTo(due.applies, plan)) return { id, shown: appliesTo(applies, plan), checkedDay, due: null, changed };
		const dueDay: DueDay = {
			label: due.label,
			day: addToSeoulDay(checkedDay, due.after, holidays),
			until: due.upTo ? addToSeoulDay(checkedDay, due.upTo, holidays) : null,
			deadline: due.deadline ?? false,
			note: due.note ?? null,
		};
		return { id, shown: appliesTo(applies, plan), checkedDay, due: dueDay, changed };
	});
	const shown = views.filter((item) => item.shown);
	const dues = shown.flatMap((item) => (item.due ? [item.due] : []));
	const late = dues.flatMap((expected) =>
		expected.deadline ? [] : dues.filter((due) => due.deadline && (expected.until ?? expected.day) > due.day).map((deadline) => ({ expected, deadline })),
	);
	return { items: views, plan, done: shown.filter((item) => item.checkedDay).length, total: shown.length, late };
}
