import { ownValue } from './own';
import { parseTickDate, TICK_DAYS, type ChecklistRecord } from './record';

/**
 * Two tabs that write at the same moment each read the record before the other's write reached them (a browser
 * keeps a copy of `localStorage` per tab and passes writes on a few milliseconds later), so the later write would
 * drop the earlier one's tick. Each tick and the types carry the time of their last change instead, and records
 * merge key by key, the later change winning: whichever order writes arrive in, every tab settles on the same record.
 */

/** The payment types' key among the change times; item ids cannot start with `#`. */
export const TYPES_KEY = '#types';

const valueOf = (record: ChecklistRecord, key: string) => (key === TYPES_KEY ? (record.types?.join() ?? '') : (ownValue(record.checked, key) ?? ''));

/**
 * The keys whose value differs between `before` and `after`: the ticks (date or fingerprint) and the types. Only
 * these are stamped as changed, so a change never claims keys it did not touch (another tab's tick stays its own).
 */
export function changedKeys(before: ChecklistRecord, after: ChecklistRecord): string[] {
	const keys = new Set([...Object.keys(before.checked), ...Object.keys(after.checked)]);
	const differ = [...keys].filter(
		(key) => valueOf(before, key) !== valueOf(after, key) || ownValue(before.fingerprints, key) !== ownValue(after.fingerprints, key),
	);
	return valueOf(before, TYPES_KEY) === valueOf(after, TYPES_KEY) ? differ : [...differ, TYPES_KEY];
}

/**
 * When a change made at `now` is stamped: never before a change the record already holds, so that a device clock
 * set back (or wrong, then corrected) cannot make a newer change lose to an older one; never outside the date gate.
 */
export function stampTime(record: ChecklistRecord, now: Date): string {
	const latest = Math.max(...Object.values(record.changed ?? {}).map(Date.parse), Date.parse(`${TICK_DAYS.first}T00:00:00+09:00`) - 1);
	const at = new Date(Math.max(now.getTime(), latest + 1)).toISOString();
	return parseTickDate(at) ?? new Date(latest).toISOString();
}

/** `record` with `keys` marked as changed at `at`. */
export function stamp(record: ChecklistRecord, keys: Iterable<string>, at: string): ChecklistRecord {
	return { ...record, changed: { ...record.changed, ...Object.fromEntries([...keys].map((key) => [key, at])) } };
}

/** Of two records, the one whose `key` changed last; at the same time, one fixed order (a tick over none). */
function latest(a: ChecklistRecord, b: ChecklistRecord, key: string): ChecklistRecord {
	const atA = ownValue(a.changed ?? {}, key) ?? '';
	const atB = ownValue(b.changed ?? {}, key) ?? '';
	// Change times are all written by `toISOString` (the record's date gate makes sure), so they sort as text.
	if (atA !== atB) return atA > atB ? a : b;
	return valueOf(a, key) >= valueOf(b, key) ? a : b;
}

/** Every tick and the types from whichever record changed it last; `a`'s guide and key order first. */
export function mergeRecords(a: ChecklistRecord, b: ChecklistRecord): ChecklistRecord {
	const keys = new Set([...Object.keys(a.checked), ...Object.keys(b.checked), ...Object.keys(a.changed ?? {}), ...Object.keys(b.changed ?? {}), TYPES_KEY]);
	const checked: [string, string][] = [];
	const fingerprints: [string, string][] = [];
	const changed: [string, string][] = [];
	let types = a.types;
	for (const key of keys) {
		const source = latest(a, b, key);
		const at = ownValue(source.changed ?? {}, key);
		if (at) changed.push([key, at]);
		if (key === TYPES_KEY) types = source.types;
		else {
			const tick = ownValue(source.checked, key);
			if (tick === undefined) continue;
			checked.push([key, tick]);
			// What the item said when ticked goes with its tick.
			const fingerprint = ownValue(source.fingerprints, key);
			if (fingerprint !== undefined) fingerprints.push([key, fingerprint]);
		}
	}
	return { ...a, checked: Object.fromEntries(checked), types, fingerprints: Object.fromEntries(fingerprints), changed: Object.fromEntries(changed) };
}

/** Same ticks, types, change times and fingerprints, in whatever key order. */
export function sameRecord(a: ChecklistRecord, b: ChecklistRecord): boolean {
	const entries = (record: Record<string, string> = {}) => JSON.stringify(Object.entries(record).sort());
	return (
		valueOf(a, TYPES_KEY) === valueOf(b, TYPES_KEY) &&
		entries(a.checked) === entries(b.checked) &&
		entries(a.changed) === entries(b.changed) &&
		entries(a.fingerprints) === entries(b.fingerprints)
	);
}
