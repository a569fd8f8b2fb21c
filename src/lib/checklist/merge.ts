import type { ChecklistRecord } from './record';

/**
 * Two tabs that write at the same moment each read the record before the other's write reached them (a browser
 * keeps a copy of `localStorage` per tab and passes writes on a few milliseconds later), so the later write would
 * drop the earlier one's tick. Each tick and the plan carry the time of their last change instead, and records merge
 * key by key, the later change winning: whichever order writes arrive in, every tab settles on the same record.
 */

/** The plan's key among the change times; item ids cannot start with `#`. */
export const PLAN_KEY = '#plan';

/** `record` with `keys` marked as changed at `at`. */
export function stamp(record: ChecklistRecord, keys: Iterable<string>, at: string): ChecklistRecord {
	const changed = { ...record.changed };
	for (const key of keys) changed[key] = at;
	return { ...record, changed };
}

const valueOf = (record: ChecklistRecord, key: string) => (key === PLAN_KEY ? record.plan : record.checked[key]) ?? '';

/** Of two records, the one whose `key` changed last; at the same time, one fixed order (a tick over none). */
function latest(a: ChecklistRecord, b: ChecklistRecord, key: string): ChecklistRecord {
	const atA = a.changed?.[key] ?? '';
	const atB = b.changed?.[key] ?? '';
	// Change times are all written by `toISOString` (the record's date gate makes sure), so they sort as text.
	if (atA !== atB) return atA > atB ? a : b;
	return valueOf(a, key) >= valueOf(b, key) ? a : b;
}

/** Every tick and the plan from whichever record changed it last; `a`'s guide and key order first. */
export function mergeRecords(a: ChecklistRecord, b: ChecklistRecord): ChecklistRecord {
	const keys = new Set([...Object.keys(a.checked), ...Object.keys(b.checked), ...Object.keys(a.changed ?? {}), ...Object.keys(b.changed ?? {}), PLAN_KEY]);
	const merged: ChecklistRecord = { ...a, checked: {}, plan: null, changed: {} };
	for (const key of keys) {
		const source = latest(a, b, key);
		const at = source.changed?.[key];
		if (at) merged.changed![key] = at;
		if (key === PLAN_KEY) merged.plan = source.plan;
		else if (source.checked[key] !== undefined) merged.checked[key] = source.checked[key]!;
	}
	return merged;
}

/** Same ticks, plan and change times, in whatever key order. */
export function sameRecord(a: ChecklistRecord, b: ChecklistRecord): boolean {
	const entries = (record: Record<string, string> = {}) => JSON.stringify(Object.entries(record).sort());
	return a.plan === b.plan && entries(a.checked) === entries(b.checked) && entries(a.changed) === entries(b.changed);
}
