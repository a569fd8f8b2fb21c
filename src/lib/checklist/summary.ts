import type { ChecklistView, DateView } from './view';

/** A date of an item, for lists of dates across a checklist. */
export interface ItemDate {
	id: string;
	date: DateView;
}

export interface ChecklistSummary {
	done: number;
	total: number;
	/** The first shown item not ticked, or null when all are. */
	next: string | null;
	/** Expected dates passed while waiting, in item order. */
	overdue: ItemDate[];
	/** The nearest date not passed (a deadline before an expected date on the same day), or null. */
	upcoming: ItemDate | null;
}

/** What a summary row shows of a checklist: progress, the next step, and which dates need attention. */
export function checklistSummary(view: ChecklistView): ChecklistSummary {
	const dated = view.items.flatMap((item) => (item.shown ? item.dates.map((date) => ({ id: item.id, date })) : []));
	const overdue = dated.filter(({ date }) => !date.deadline && date.passed);
	const first = ({ date }: ItemDate) => (date.day ?? date.until)!;
	const upcoming = dated.filter(({ date }) => !date.passed).sort((a, b) => first(a).localeCompare(first(b)) || Number(b.date.deadline) - Number(a.date.deadline))[0] ?? null;
	const next = view.items.find((item) => item.shown && !item.checkedDay)?.id ?? null;
	return { done: view.done, total: view.total, next, overdue, upcoming };
}

/** A summary as a row says it: the overdue waits, then the next step (with its date when it is the nearest), then the nearest date. */
export interface SummaryLines {
	overdue: ItemDate[];
	/** Null when the next step is one of the overdue waits already named; `done` when every step is ticked. */
	next: { id: string; date: DateView | null } | 'done' | null;
	/** The nearest date, unless it is the next step's. */
	upcoming: ItemDate | null;
}

export function summaryLines({ overdue, next, upcoming }: ChecklistSummary): SummaryLines {
	const nextDate = upcoming && upcoming.id === next ? upcoming.date : null;
	return {
		overdue,
		next: next === null ? 'done' : overdue.some(({ id }) => id === next) ? null : { id: next, date: nextDate },
		upcoming: nextDate ? null : upcoming,
	};
}
