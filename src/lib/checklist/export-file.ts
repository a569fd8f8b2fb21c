/**
 * The export file: a record with a mark saying it is ours, and reading one back with messages for the reader.
 * Apart from record.ts so that the page loads it only when a file is exported or imported.
 */
import { isObject, parseJson, parseRecordValue, type ChecklistRecord, type PlanTypes } from './record';

/** Marks an export file as ours, so that any other JSON file is told apart from a damaged one. */
const EXPORT_FORMAT = 'pg-contract-guide/checklist';

/** Without the change times, which only tabs of one browser need. */
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
 * `plans` read the plan of a file from before payment types.
 */
export function parseExport(text: string, guide: string, items: ReadonlyMap<string, string>, plans?: PlanTypes): ImportResult {
	const value = parseJson(text);
	if (value === undefined) return { ok: false, error: IMPORT_ERRORS.json };
	if (!isObject(value) || value.format !== EXPORT_FORMAT) return { ok: false, error: IMPORT_ERRORS.format };
	const ticks = isObject(value.checked) ? Object.entries(value.checked) : [];
	const knownTicks = ticks.filter(([id]) => items.has(id));
	const dropped = ticks.length - knownTicks.length;
	const result = parseRecordValue(isObject(value.checked) ? { ...value, checked: Object.fromEntries(knownTicks) } : value, guide, plans);
	if (!result.ok) return { ok: false, error: IMPORT_ERRORS[result.reason] };
	// The reader asked for this file: a date it cannot take refuses the file, naming the item, and changes nothing.
	const [bad] = result.aside;
	if (bad) return { ok: false, error: `‘${items.get(bad.item)}’ 항목의 날짜(${shown(bad.value)})를 읽을 수 없습니다. 2000~2100년의 ISO 8601 날짜(예: 2024-01-25T15:00:00.000Z)여야 합니다.` };
	return { ok: true, record: result.record, dropped };
}
