import type { Period } from '../dates';

/**
 * What the checklist's content says about each item, as both the build and the browser see it. The two ways of
 * using KG이니시스 the guide tells apart: 일반결제 opens at once on a 바로오픈 MID, 정기·간편결제 waits for the
 * card companies' review.
 */
export const PLANS = ['일반결제', '정기·간편결제'] as const;
export type Plan = (typeof PLANS)[number];

/** A date shown once the item is ticked, e.g. the 바로오픈 MID's last day, one month after 계약완료. */
export interface DueRule {
	after: Period;
	/** The latest day, when the date is a range. */
	upTo?: Period | undefined;
	label: string;
	/** Only for this plan; for every plan when absent. */
	applies?: Plan | undefined;
	/** A hard limit; an expected date after it is warned about. */
	deadline?: boolean | undefined;
	note?: string | undefined;
}

export interface ChecklistItem {
	/** Stable id: progress is stored by id, so items can be added, removed or reordered without losing any. */
	id: string;
	/** Only for this plan; for every plan when absent. */
	applies?: Plan | undefined;
	due?: DueRule | undefined;
	/** Of the item's content as built: a tick made under another fingerprint flags the item as changed. */
	fingerprint: string;
	/** A long wait follows: once ticked, the checklist suggests saving the restore link. */
	waitFollows?: boolean | undefined;
}

/** True when something meant for `applies` concerns a reader who chose `plan`, or who has not chosen yet. */
export const appliesTo = (applies: Plan | undefined, plan: Plan | null) => !applies || !plan || applies === plan;

/** What the browser needs of each item, from the content's fuller description; the rest is in the markup. */
export const clientItems = (items: ChecklistItem[]): ChecklistItem[] =>
	items.map(({ id, applies, due, fingerprint, waitFollows }) => ({ id, applies, due, fingerprint, waitFollows }));
