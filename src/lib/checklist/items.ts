import type { Period } from '../dates';
import type { WaitingView } from '../procedure/waiting';

/**
 * What the checklist's content says about each item, as both the build and the browser see it. The items and the
 * plans (the ways of paying a PG offers, each changing which steps apply) come from the guide's procedure
 * (`content/procedures/`); nothing here knows any PG.
 */

/** A plan's id, as declared in the procedure and stored in the reader's record. */
export type Plan = string;

/** A date shown once the item is ticked, e.g. a temporary MID's last day, one month after 계약완료. */
export interface DueRule {
	after: Period;
	/** The latest day, when the date is a range. */
	upTo?: Period | undefined;
	label: string;
	/** Only for these plans; for every plan when absent. */
	applies?: Plan[] | undefined;
	/** A hard limit; an expected date after it is warned about. */
	deadline?: boolean | undefined;
	/** What to check on the day, in the calendar event. */
	note?: string | undefined;
}

export interface ChecklistItem {
	/** Stable id: progress is stored by id, so items can be added, removed or reordered without losing any. */
	id: string;
	/** Only for these plans; for every plan when absent. */
	applies?: Plan[] | undefined;
	due?: DueRule | undefined;
	/** Of the item's content as built: a tick made under another fingerprint flags the item as changed. */
	fingerprint: string;
	/** A long wait follows: once ticked, the checklist suggests saving the restore link. */
	waitFollows?: boolean | undefined;
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

/** True when something meant for `applies` concerns a reader who chose `plan`, or who has not chosen yet. */
export const appliesTo = (applies: Plan[] | undefined, plan: Plan | null) => !applies || !plan || applies.includes(plan);

/** What the browser needs of each item, from the content's fuller description; the rest is in the markup. */
export const clientItems = (items: ChecklistItem[]): ChecklistItem[] =>
	items.map(({ id, applies, due, fingerprint, waitFollows }) => ({ id, applies, due, fingerprint, waitFollows }));
