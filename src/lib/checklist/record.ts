/**
 * The stored form of one guide's checklist: one versioned record per guide, which is also what an export file
 * holds. Everything read from storage or from a file goes through here to be validated (and, when older,
 * migrated); nothing else knows the format.
 */

import type { Plan } from './items';

export const RECORD_VERSION = 3;

export interface ChecklistRecord {
	version: typeof RECORD_VERSION;
	/** The guide's entry id, e.g. `guides/kg-inicis-contract`. */
	guide: string;
	/** Ticked item ids and when each tick was made (ISO 8601). By id, never by position. */
	checked: Record<string, string>;
	/** The way of paying the reader chose, which decides some items; null until chosen. */
	plan: Plan | null;
	/** Each ticked item's content fingerprint when it was ticked, so that a changed step can be pointed out. */
	fingerprints: Record<string, string>;
	/**
	 * When each item's tick (by id) and the plan (`PLAN_KEY`) last changed here or in another tab (ISO 8601): what
	 * lets two tabs' writes merge item by item (see merge.ts). Kept in storage only, not in export files.
	 */
	changed?: Record<string, string>;
}

export const emptyRecord = (guide: string): ChecklistRecord => ({ version: RECORD_VERSION, guide, checked: {}, plan: null, fingerprints: {} });

/**
 * Each older version's record, brought up to the next version. Version 1 had no plan choice; version 2 did not
 * know what the ticked items said when ticked (so none of its ticks is flagged as changed).
 */
const MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {
	1: (record) => ({ ...record, version: 2, plan: null }),
	2: (record) => ({ ...record, version: 3, fingerprints: {} }),
};

export type ParseResult =
	| { ok: true; record: ChecklistRecord }
	/**
	 * `newer`: written by a newer version of the site, which this one must read as nothing and never overwrite.
	 * `date`: the tick of `item` has a date `parseTickDate` refuses.
	 */
	| { ok: false; reason: 'invalid' | 'foreign' | 'newer' }
	| { ok: false; reason: 'date'; item: string; value: unknown };

export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Years a tick can be dated in: outside them a date is a mistake or an attack, and date arithmetic may overflow. */
const YEARS = { first: 2000, last: 2100 };
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The one gate for every tick date that enters a record (storage, migration, import): an ISO 8601 date-time with
 * its offset (`2024-01-25T15:00:00.000Z`), a real calendar date, in 2000–2100. Returns it in the form `toISOString`
 * writes, or null. `Date.parse` alone takes `2024-02-30` (as 3월 1일), `+275760-09-13` and `2024/01/05`.
 */
export function parseTickDate(value: unknown): string | null {
	const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
	if (!match) return null;
	const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map(Number) as number[];
	const calendar = new Date(Date.UTC(year!, month! - 1, day!));
	if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day) return null;
	if (hour! > 23 || minute! > 59 || second > 59) return null;
	const date = new Date(value as string);
	const utcYear = date.getUTCFullYear();
	if (Number.isNaN(date.getTime()) || utcYear < YEARS.first || utcYear > YEARS.last) return null;
	return date.toISOString();
}

/** A record of `guide` as parsed JSON (storage, or the record in an export file). */
export function parseRecordValue(value: unknown, guide: string): ParseResult {
	if (!isObject(value) || !Number.isInteger(value.version) || typeof value.guide !== 'string') return { ok: false, reason: 'invalid' };
	if ((value.version as number) > RECORD_VERSION) return { ok: false, reason: 'newer' };
	if (value.guide !== guide) return { ok: false, reason: 'foreign' };
	let current = value;
	while (MIGRATIONS[current.version as number]) current = MIGRATIONS[current.version as number]!(current);
	const { version, checked, plan, fingerprints, changed } = current;
	if (version !== RECORD_VERSION || !isObject(checked)) return { ok: false, reason: 'invalid' };
	if (plan !== null && (typeof plan !== 'string' || plan === '')) return { ok: false, reason: 'invalid' };
	if (!isObject(fingerprints) || !Object.values(fingerprints).every((value) => typeof value === 'string')) return { ok: false, reason: 'invalid' };
	if (changed !== undefined && !(isObject(changed) && Object.values(changed).every((at) => parseTickDate(at) === at))) return { ok: false, reason: 'invalid' };
	const ticks: Record<string, string> = {};
	for (const [item, at] of Object.entries(checked)) {
		const date = parseTickDate(at);
		if (date === null) return { ok: false, reason: 'date', item, value: at };
		ticks[item] = date;
	}
	const record: ChecklistRecord = { version: RECORD_VERSION, guide, checked: ticks, plan: plan as Plan | null, fingerprints: { ...(fingerprints as Record<string, string>) } };
	if (changed) record.changed = { ...(changed as Record<string, string>) };
	return { ok: true, record };
}

/** The value of JSON `text`, or undefined when it is not JSON. */
export const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

/** A stored record of `guide`. */
export const parseRecord = (text: string, guide: string): ParseResult => parseRecordValue(parseJson(text), guide);

