import type { Period } from '../dates';
import type { WaitingView } from '../procedure/waiting';
import type { PaymentType } from '../procedure/vocabulary';

/**
 * What the checklist's content says about each item, as both the build and the browser see it. The items and the
 * payment types (the ways of paying a reader follows, each changing which steps apply) come from the guide's
 * procedure (`content/procedures/`); nothing here knows any PG.
 */

/**
 * A date counted from the tick of `from` (this item or another), shown on this item: a hard deadline (a temporary
 * MID's last day, one month after 계약완료) or, for a step where the reader waits, when the wait should end.
 */
export interface DueRule {
	from: string;
	after: Period;
	label: string;
	/** A hard limit; an expected date after it is warned about. */
	deadline: boolean;
}

/**
 * How long a waiting step takes, counted from the tick of the shown step before it: `after` the first day, `upTo`
 * the last; one of them is absent for "up to" or "or more".
 */
export interface WaitRule {
	after?: Period | undefined;
	upTo?: Period | undefined;
}

export interface ChecklistItem {
	/** Stable id: progress is stored by id, so items can be added, removed or reordered without losing any. */
	id: string;
	/** Only for these payment types; for every type when absent. */
	applies?: PaymentType[] | undefined;
	wait?: WaitRule | undefined;
	due?: DueRule | undefined;
	/** Of the item's content as built: a tick made under another fingerprint flags the item as changed. */
	fingerprint: string;
	/**
	 * A long wait (a week or more): once the step before it is ticked, the checklist suggests saving the restore
	 * link, since a browser may forget what it stored while the reader waits.
	 */
	longWait?: boolean | undefined;
}

/** An item as the build renders it. */
export interface ChecklistItemData extends ChecklistItem {
	label: string;
	/** The id of the guide heading the item links to, as rendered (`계약완료`). */
	section: string;
	note?: string | undefined;
	/** For a step where the reader waits: what to check when it takes longer than said, and whom to ask. */
	waiting?: WaitingView | undefined;
}

/** True when a step for `applies` concerns a reader who follows `types`, or who has not chosen yet. */
export const appliesTo = (applies: readonly PaymentType[] | undefined, types: readonly PaymentType[] | null) =>
	!applies || !types || applies.some((type) => types.includes(type));

/** What the browser needs of each item, from the content's fuller description; the rest is in the markup. */
export const clientItems = (items: ChecklistItem[]): ChecklistItem[] =>
	items.map(({ id, applies, wait, due, fingerprint, longWait }) => ({ id, applies, wait, due, fingerprint, longWait }));
