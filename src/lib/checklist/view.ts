import { addToSeoulDay, type Holidays } from '../dates';
import type { PaymentType } from '../procedure/vocabulary';
import { appliesTo, type ChecklistItem } from './items';
import { ownValue } from './own';
import { tickDay, type ChecklistRecord } from './record';

/**
 * A date shown on an item: the expected window of a step being waited for (from the tick of the step before it),
 * or a due rule's date. Days are Seoul days (YYYY-MM-DD).
 */
export interface DateView {
	/** The due rule's label; null for a waiting step's window, which is the step's own. */
	label: string | null;
	/** The first day; null for "up to" (~12/9). */
	day: string | null;
	/** The last day; null for "or more" (12/9 이후). Equal to `day` for one day. */
	until: string | null;
	deadline: boolean;
	/** The item whose tick it counts from. */
	from: string;
	/** Today is after the last day (an expected window, an expected end or a deadline). */
	passed: boolean;
}

/** What the page shows of a checklist: each item's tick and dates, and the progress. */
export interface ItemView {
	id: string;
	/** False for an item of payment types the reader did not choose. */
	shown: boolean;
	/** The day it was ticked, or null. */
	checkedDay: string | null;
	dates: DateView[];
	/** An expected date passed and the wait is not over: time to check and ask. */
	overdue: boolean;
	/** Ticked while the item said something else than it does now. */
	changed: boolean;
}

export interface ChecklistView {
	items: ItemView[];
	types: PaymentType[] | null;
	/** Of the items shown. */
	done: number;
	total: number;
	/**
	 * Expected dates that fall after a deadline, e.g. the card review ending after the 바로오픈 MID's last day; `item`:
	 * the step whose expected date it is.
	 */
	late: { item: string; expected: DateView; deadline: DateView }[];
}

/**
 * Items missing from the record are unticked; ticks of items no longer in the content are kept but not shown.
 * Until types are chosen, every item shows. `today` (Seoul) tells which dates passed; business days skip `holidays`.
 * - A waiting step's window shows once the shown step before it is ticked, until the step itself is ticked.
 * - A due rule shows once its `from` item is ticked; an expected end (not a deadline) until the wait is over: the
 *   item is ticked, or, when it counts from its own tick, the shown item after it is.
 */
export function checklistView(items: readonly ChecklistItem[], record: ChecklistRecord, today: string, holidays?: Holidays): ChecklistView {
	const { types } = record;
	const dayOf = (id: string) => {
		const at = ownValue(record.checked, id);
		return at === undefined ? null : tickDay(at);
	};
	const shownItems = items.filter((item) => appliesTo(item.applies, types));
	const views = items.map((item): ItemView => {
		const { id, wait, due, fingerprint } = item;
		const checkedDay = dayOf(id);
		const shown = appliesTo(item.applies, types);
		const position = shownItems.indexOf(item);
		const previous = position > 0 ? shownItems[position - 1]!.id : null;
		const before = previous && dayOf(previous);
		const after = position >= 0 && position < shownItems.length - 1 ? dayOf(shownItems[position + 1]!.id) : null;
		const dates: DateView[] = [];
		if (shown && wait && before && !checkedDay) {
			const day = wait.after ? addToSeoulDay(before, wait.after, holidays) : null;
			const until = wait.upTo ? addToSeoulDay(before, wait.upTo, holidays) : null;
			dates.push({ label: null, day, until, deadline: false, from: previous!, passed: until !== null && today > until });
		}
		const from = due && dayOf(due.from);
		const waitOver = due && !due.deadline && (due.from === id ? after !== null : checkedDay !== null);
		// An expected end beside the step's own window says the same thing twice: the window is enough.
		const twice = due && !due.deadline && dates.length > 0;
		if (shown && due && from && !waitOver && !twice) {
			const day = addToSeoulDay(from, due.after, holidays);
			dates.push({ label: due.label, day, until: day, deadline: due.deadline, from: due.from, passed: today > day });
		}
		const ticked = ownValue(record.fingerprints, id);
		const changed = checkedDay !== null && ticked !== undefined && ticked !== fingerprint;
		return { id, shown, checkedDay, dates, overdue: dates.some((date) => !date.deadline && date.passed), changed };
	});
	const shown = views.filter((item) => item.shown);
	const dates = shown.flatMap((item) => item.dates.map((date) => ({ item: item.id, date })));
	const late = dates.flatMap(({ item, date: expected }) =>
		expected.deadline
			? []
			: dates.filter(({ date: due }) => due.deadline && (expected.until ?? expected.day)! > due.day!).map(({ date: deadline }) => ({ item, expected, deadline })),
	);
	return { items: views, types, done: shown.filter((item) => item.checkedDay).length, total: shown.length, late };
}

/**
 * The shown item ticked before `id` (the step it follows), when it was ticked after `day`: a tick dated before the
 * step it follows is worth a second look.
 */
export function tickBeforePrevious(view: ChecklistView, id: string, day: string): ItemView | null {
	const shown = view.items.filter((item) => item.shown);
	const index = shown.findIndex((item) => item.id === id);
	const previous = index > 0 ? shown[index - 1] : undefined;
	return previous?.checkedDay && previous.checkedDay > day ? previous : null;
}

/**
 * A date as the checklist writes it, short: `12/7~9`, `12/30~1/2`, `~12/9` (up to), `12/9 이후` (or more), `12/9`.
 * The year shows when it is not `year`.
 */
export function shortDates({ day, until }: Pick<DateView, 'day' | 'until'>, year: string): string {
	const short = (value: string, after?: string) => {
		const [y, m, d] = value.split('-').map(Number) as [number, number, number];
		if (after && after.slice(0, 7) === value.slice(0, 7)) return `${d}`;
		return `${value.slice(0, 4) === year || after ? '' : `${y}/`}${m}/${d}`;
	};
	if (day && until) return day === until ? short(day) : `${short(day)}~${short(until, day)}`;
	if (until) return `~${short(until)}`;
	return `${short(day!)} 이후`;
}
