/**
 * The stored form of one guide's checklist: one versioned record per guide, which is also what an export file
 * holds. Everything read from storage or from a file goes through here to be validated (and, when older,
 * migrated); nothing else knows the format.
 */

import type { Plan } from './items';

export const RECORD_VERSION = 2;

export interface ChecklistRecord {
	version: typeof RECORD_VERSION;
	/** The guide's entry id, e.g. `guides/kg-inicis-contract`. */
	guide: string;
	/** Ticked item ids and when each tick was made (ISO 8601). By id, never by position. */
	checked: Record<string, string>;
	/** The way of paying the reader chose, which decides some items; null until chosen. */
	plan: Plan | null;
	/**
	 * When each item's tick (by id) and the plan (`PLAN_KEY`) last changed here or in another tab (ISO 8601): what
	 * lets two tabs' writes merge item by item (see merge.ts). Kept in storage only, not in export files.
	 */
	changed?: Record<string, string>;
}

export const emptyRecord = (guide: string): ChecklistRecord => ({ version: RECORD_VERSION, guide, checked: {}, plan: null });

/** Each older version's record, brought up to the next version. Version 1 had no plan choice. */
const MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {
	1: (record) => ({ ...record, version: 2, plan: null }),
};

export type ParseResult =
	| { ok: true; record: ChecklistRecord }
	/**
	 * `newer`: written by a newer version of the site, which this one must read as nothing and never overwrite.
	 * `date`: the tick of `item` has a date `parseTickDate` refuses.
	 */
	| { ok: false; reason: 'invalid' | 'foreign' | 'newer' }
	| { ok: false; reason: 'date'; item: string; value: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
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

function parseValue(value: unknown, guide: string): ParseResult {
	if (!isObject(value) || !Number.isInteger(value.version) || typeof value.guide !== 'string') return { ok: false, reason: 'invalid' };
	if ((value.version as number) > RECORD_VERSION) return { ok: false, reason: 'newer' };
	if (value.guide !== guide) return { ok: false, reason: 'foreign' };
	let current = value;
	while (MIGRATIONS[current.version as number]) current = MIGRATIONS[current.version as number]!(current);
	const { version, checked, plan, changed } = current;
	if (version !== RECORD_VERSION || !isObject(checked)) return { ok: false, reason: 'invalid' };
	if (plan !== null && (typeof plan !== 'string' || plan === '')) return { ok: false, reason: 'invalid' };
	if (changed !== undefined && !(isObject(changed) && Object.values(changed).every((at) => parseTickDate(at) === at))) return { ok: false, reason: 'invalid' };
	const ticks: Record<string, string> = {};
	for (const [item, at] of Object.entries(checked)) {
		const date = parseTickDate(at);
		if (date === null) return { ok: false, reason: 'date', item, value: at };
		ticks[item] = date;
	}
	const record: ChecklistRecord = { version: RECORD_VERSION, guide, checked: ticks, plan: plan as Plan | null };
	if (changed) record.changed = { ...(changed as Record<string, string>) };
	return { ok: true, record };
}

const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

/** A stored record of `guide`. */
export const parseRecord = (text: string, guide: string): ParseResult => parseValue(parseJson(text), guide);

/** Marks an export file as ours, so that any other JSON file is told apart from a damaged one. */
const EXPORT_FORMAT = 'pg-contract-guide/checklist';

export function exportRecord({ changed: _changed, ...record }: ChecklistRecord, now: Date): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...record }, null, 2)}\n`;
}

const IMPORT_ERRORS = {
	json: 'JSON 파일이 아닙니다.',
	format: '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.',
	invalid: '체크리스트 파일이 손상되어 읽을 수 없습니다.',
	foreign: '다른 가이드의 체크리스트 파일입니다.',
	newer: '더 새로운 버전의 사이트에서 내보낸 파일이라 읽을 수 없습니다.',
};

const shown = (value: unknown) => {
	const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

export type ImportResult =
	| { ok: true; record: ChecklistRecord; /** Ticks of items this checklist does not have, left out. */ dropped: number }
	| { ok: false; error: string };

/**
 * The record in an export file of `guide`, or why the file is refused (in Korean, for the reader). `items` are the
 * checklist's items, id → label: ticks of other ids are left out (and counted), and a bad date names its item.
 */
export function parseExport(text: string, guide: string, items: ReadonlyMap<string, string>): ImportResult {
	const value = parseJson(text);
	if (value === undefined) return { ok: false, error: IMPORT_ERRORS.json };
	if (!isObject(value) || value.format !== EXPORT_FORMAT) return { ok: false, error: IMPORT_ERRORS.format };
	const ticks = isObject(value.checked) ? Object.entries(value.checked) : [];
	const knownTicks = ticks.filter(([id]) => items.has(id));
	const dropped = ticks.length - knownTicks.length;
	const result = parseValue(isObject(value.checked) ? { ...value, checked: Object.fromEntries(knownTicks) } : value, guide);
	if (result.ok) return { ...result, dropped };
	if (result.reason === 'date') {
		return { ok: false, error: `‘${items.get(result.item)}’ 항목의 날짜(${shown(result.value)})를 읽을 수 없습니다. 2000~2100년의 ISO 8601 날짜(예: 2024-01-25T15:00:00.000Z)여야 합니다.` };
	}
	return { ok: false, error: IMPORT_ERRORS[result.reason] };
}
