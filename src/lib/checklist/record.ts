/**
 * The stored form of one guide's checklist: one versioned record per guide, which is also what an export file
 * holds. Everything read from storage or from a file goes through here to be validated (and, when older,
 * migrated); nothing else knows the format.
 */

import { PAYMENT_TYPES, type PaymentType } from '../procedure/vocabulary';

export const RECORD_VERSION = 4;

export interface ChecklistRecord {
	version: typeof RECORD_VERSION;
	/** The guide's entry id, e.g. `guides/kg-inicis-contract`. */
	guide: string;
	/** Ticked item ids and when each tick was made (ISO 8601). By id, never by position. */
	checked: Record<string, string>;
	/** The payment types the reader follows, in vocabulary order; null until chosen (every step shows). */
	types: PaymentType[] | null;
	/** Each ticked item's content fingerprint when it was ticked, so that a changed step can be pointed out. */
	fingerprints: Record<string, string>;
	/**
	 * When each item's tick (by id) and the types (`TYPES_KEY`) last changed here or in another tab (ISO 8601): what
	 * lets two tabs' writes merge item by item (see merge.ts). Kept in storage only, not in export files.
	 */
	changed?: Record<string, string>;
}

/** A guide's plans as earlier versions stored them (`plan: <id>`), each with the payment types it stands for. */
export type PlanTypes = readonly (readonly [plan: string, types: readonly PaymentType[]])[];

export const emptyRecord = (guide: string): ChecklistRecord => ({ version: RECORD_VERSION, guide, checked: {}, types: null, fingerprints: {} });

/** `types` as a record keeps them: known types only, each once, in vocabulary order; none is null (not chosen). */
export function normalTypes(types: readonly unknown[]): PaymentType[] | null {
	const kept = PAYMENT_TYPES.filter((type) => types.includes(type));
	return kept.length > 0 ? kept : null;
}

/** A plan id of an earlier version as the payment types it stands for (a plan named after a type is that type). */
export function typesOfPlan(plan: unknown, plans: PlanTypes): PaymentType[] | null {
	if (typeof plan !== 'string') return null;
	const entry = plans.find(([id]) => id === plan);
	return normalTypes(entry ? entry[1] : [plan]);
}

/**
 * A record of an older version brought up to this one. Version 1 had no plan choice; version 2 did not know what the
 * ticked items said when ticked (so none of its ticks is flagged as changed); versions 2 and 3 kept one plan id,
 * which becomes the payment types of that plan.
 */
function migrate({ plan, changed, fingerprints, ...record }: Record<string, unknown>, plans: PlanTypes): Record<string, unknown> {
	const times = isObject(changed) ? Object.entries(changed).map(([key, at]) => [key === '#plan' ? '#types' : key, at]) : undefined;
	return { ...record, types: typesOfPlan(plan, plans), fingerprints: record.version === 3 ? fingerprints : {}, ...(times && { changed: Object.fromEntries(times) }) };
}

/** A tick read from storage or a file that `parseTickDate` refused: set aside, the rest of the record kept. */
export interface AsideTick {
	item: string;
	value: unknown;
}

export type ParseResult =
	/** `aside`: ticks with a date the gate refused, left out of `record`. */
	| { ok: true; record: ChecklistRecord; aside: AsideTick[] }
	/** `newer`: written by a newer version of the site, which this one must read as nothing and never overwrite. */
	| { ok: false; reason: 'invalid' | 'foreign' | 'newer' };

export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The days a tick can be dated on, in Seoul: outside them a date is a mistake, an attack or a wrong device clock,
 * and date arithmetic may overflow. A restore link counts days from the first.
 */
export const TICK_DAYS = { first: '2000-01-01', last: '2100-12-31' } as const;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const SEOUL_OFFSET = 9 * 3_600_000;
const SEOUL_FIRST = Date.parse(`${TICK_DAYS.first}T00:00:00+09:00`);
const SEOUL_END = Date.parse(`${TICK_DAYS.last}T24:00:00+09:00`);

const isCalendarDay = (year: number, month: number, day: number) => {
	const calendar = new Date(Date.UTC(year, month - 1, day));
	return calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
};

/**
 * The one gate for every tick date that enters a record (storage, migration, import, a restore link, a typed day,
 * the device clock): an ISO 8601 date-time with its offset (`2024-01-25T15:00:00.000Z`), a real calendar date, on a
 * Seoul day in `TICK_DAYS`. Returns it in the form `toISOString` writes, or null. `Date.parse` alone takes
 * `2024-02-30` (as 3월 1일), `+275760-09-13` and `2024/01/05`.
 */
export function parseTickDate(value: unknown): string | null {
	const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
	if (!match) return null;
	const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map(Number) as number[];
	if (!isCalendarDay(year!, month!, day!) || hour! > 23 || minute! > 59 || second > 59) return null;
	const time = Date.parse(value as string);
	if (Number.isNaN(time) || time < SEOUL_FIRST || time >= SEOUL_END) return null;
	return new Date(time).toISOString();
}

/**
 * A Seoul day as typed (`2024-01-22`, from a date input) as the tick it stands for, noon in Seoul; null unless it is
 * a real day in `TICK_DAYS` and not after `today` (a step is not done in the future).
 */
export function parseTickDay(day: string, today: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match || day > today) return null;
	return parseTickDate(`${day}T12:00:00+09:00`);
}

/** The Seoul day of a tick date the gate let in (YYYY-MM-DD): plain arithmetic, no `Intl`, so it cannot throw. */
export const tickDay = (at: string) => new Date(Date.parse(at) + SEOUL_OFFSET).toISOString().slice(0, 10);

const stringEntries = (value: unknown) => (isObject(value) ? Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : []);

/**
 * A record of `guide` as parsed JSON (storage, or the record in an export file); `plans` read the plan id of a
 * version 3 record. One bad entry never costs the others: a tick with a date the gate refuses is set aside (and
 * returned, to tell the reader), a change time or fingerprint that is not one is left out, unknown types dropped.
 */
export function parseRecordValue(value: unknown, guide: string, plans: PlanTypes = []): ParseResult {
	if (!isObject(value) || !Number.isInteger(value.version) || (value.version as number) < 1 || typeof value.guide !== 'string') return { ok: false, reason: 'invalid' };
	if ((value.version as number) > RECORD_VERSION) return { ok: false, reason: 'newer' };
	if (value.guide !== guide) return { ok: false, reason: 'foreign' };
	const { checked, types, fingerprints, changed } = value.version === RECORD_VERSION ? value : migrate(value, plans);
	if (!isObject(checked)) return { ok: false, reason: 'invalid' };
	const aside: AsideTick[] = [];
	const ticks: [string, string][] = [];
	for (const [item, at] of Object.entries(checked)) {
		const date = parseTickDate(at);
		if (date === null) aside.push({ item, value: at });
		else ticks.push([item, date]);
	}
	const ticked = new Set(ticks.map(([item]) => item));
	const record: ChecklistRecord = {
		version: RECORD_VERSION,
		guide,
		// Object.fromEntries defines own properties: an id such as `__proto__` stays an id.
		checked: Object.fromEntries(ticks),
		types: Array.isArray(types) ? normalTypes(types) : null,
		fingerprints: Object.fromEntries(stringEntries(fingerprints).filter(([item]) => ticked.has(item))),
	};
	if (changed !== undefined) record.changed = Object.fromEntries(stringEntries(changed).filter(([, at]) => parseTickDate(at) === at));
	return { ok: true, record, aside };
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
export const parseRecord = (text: string, guide: string, plans?: PlanTypes): ParseResult => parseRecordValue(parseJson(text), guide, plans);
