/**
 * When to suggest saving a restore link: browsers may delete what a site stored (Safari after 7 days without a
 * visit), so progress that exists only here should be saved elsewhere now and then, and before a long wait.
 */
import type { ChecklistRecord } from './record';

/** One key for the whole site: a restore link carries every guide's progress. */
export const SAVED_AT_KEY = 'pg-contract-guide:saved-at';

/** How long progress may go without a link or export before the checklist suggests one. */
export const SUGGEST_AFTER_DAYS = 5;

/**
 * True when the record has ticks and nothing was saved (link or export) in the last days — counting from the
 * first tick when nothing was ever saved.
 */
export function backupDue(record: ChecklistRecord, savedAt: string | null, now: Date): boolean {
	const ticks = Object.values(record.checked).map(Date.parse);
	if (ticks.length === 0) return false;
	const since = savedAt ? Date.parse(savedAt) : Math.min(...ticks);
	return now.getTime() - since >= SUGGEST_AFTER_DAYS * 86_400_000;
}
