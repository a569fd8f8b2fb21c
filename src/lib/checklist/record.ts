/**
 * The stored form of one guide's checklist: one versioned record per guide, which is also what an export file
 * holds. Everything read from storage or from a file goes through here to be validated (and, when older,
 * migrated); nothing else knows the format.
 */

import { PLANS, type Plan } from './items';

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
	/** `newer`: written by a newer version of the site, which this one must read as nothing and never overwrite. */
	| { ok: false; reason: 'invalid' | 'foreign' | 'newer' };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isTimestamp = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function parseValue(value: unknown, guide: string): ParseResult {
	if (!isObject(value) || !Number.isInteger(value.version) || typeof value.guide !== 'string') return { ok: false, reason: 'invalid' };
	if ((value.version as number) > RECORD_VERSION) return { ok: false, reason: 'newer' };
	if (value.guide !== guide) return { ok: false, reason: 'foreign' };
	let current = value;
	while (MIGRATIONS[current.version as number]) current = MIGRATIONS[current.version as number]!(current);
	const { version, checked, plan, fingerprints } = current;
	if (version !== RECORD_VERSION || !isObject(checked) || !Object.values(checked).every(isTimestamp)) return { ok: false, reason: 'invalid' };
	if (plan !== null && !PLANS.includes(plan as Plan)) return { ok: false, reason: 'invalid' };
	if (!isObject(fingerprints) || !Object.values(fingerprints).every((value) => typeof value === 'string')) return { ok: false, reason: 'invalid' };
	return {
		ok: true,
		record: {
			version: RECORD_VERSION,
			guide,
			checked: { ...(checked as Record<string, string>) },
			plan: plan as Plan | null,
			fingerprints: { ...(fingerprints as Record<string, string>) },
		},
	};
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

export function exportRecord(record: ChecklistRecord, now: Date): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...record }, null, 2)}\n`;
}

const IMPORT_ERRORS = {
	json: 'JSON 파일이 아닙니다.',
	format: '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.',
	invalid: '체크리스트 파일이 손상되어 읽을 수 없습니다.',
	foreign: '다른 가이드의 체크리스트 파일입니다.',
	newer: '더 새로운 버전의 사이트에서 내보낸 파일이라 읽을 수 없습니다.',
};

/** The record in an export file of `guide`, or why the file is refused (in Korean, for the reader). */
export function parseExport(text: string, guide: string): { ok: true; record: ChecklistRecord } | { ok: false; error: string } {
	const value = parseJson(text);
	if (value === undefined) return { ok: false, error: IMPORT_ERRORS.json };
	if (!isObject(value) || value.format !== EXPORT_FORMAT) return { ok: false, error: IMPORT_ERRORS.format };
	const result = parseValue(value, guide);
	return result.ok ? result : { ok: false, error: IMPORT_ERRORS[result.reason] };
}
