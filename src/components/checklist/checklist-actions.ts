/**
 * What the checklist does only when asked: export and import files, the restore link, calendar reminders, printing. One
 * module loaded on the first such request, so that the island's first paint stays small.
 */
import { exportRecord, parseExport } from '../../lib/checklist/export-file';
import { tickDay, type ChecklistRecord, type PlanTypes } from '../../lib/checklist/record';
import type { ChecklistStore } from '../../lib/checklist/store';

export { downloadCalendar } from './calendar-download';
export { showLinkPanel } from './restore-link';
import { markSaved } from './suggest-link';

/** Downloads the record of the checklist `element` as an export file; returns what happened, in Korean. */
export function exportFile(element: HTMLElement, record: ChecklistRecord): string {
	markSaved();
	const url = URL.createObjectURL(new Blob([exportRecord(record, new Date())], { type: 'application/json' }));
	const name = `checklist-${element.dataset.guide!.split('/').pop()}-${tickDay(new Date().toISOString())}.json`;
	Object.assign(document.createElement('a'), { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url));
	return `${name}을 다운로드 폴더에 받았습니다.`;
}

/** Replaces `store`'s checklist with `file`'s; the record replaced (for undo) and what happened, in Korean. */
export async function importFile(element: HTMLElement, store: ChecklistStore, file: File): Promise<{ previous: ChecklistRecord | null; message: string }> {
	const labels = new Map(
		[...element.querySelectorAll<HTMLElement>('[data-item]')].map((item) => [item.dataset.item!, item.querySelector('.checklist__label')!.firstChild!.textContent!.trim()]),
	);
	const result = parseExport(await file.text(), store.guide, labels, JSON.parse(element.dataset.plans!) as PlanTypes);
	const previous = store.record;
	// A file that cannot be saved is not said to be imported.
	const error = !result.ok ? result.error : store.change(() => result.record) ? null : '이 브라우저에 저장할 수 없어 가져오지 않았습니다.';
	if (error !== null || !result.ok) return { previous: null, message: `가져오지 못했습니다. ${error} 체크리스트는 그대로입니다.` };
	const dropped = result.dropped ? ` 이 체크리스트에 없는 항목 ${result.dropped}개는 빼고 가져왔습니다.` : '';
	return { previous, message: `${file.name}에서 체크리스트를 가져왔습니다.${dropped}` };
}

/** Prints the checklist alone (see the print styles). */
export function printChecklist() {
	const root = document.documentElement;
	root.dataset.print = 'checklist';
	window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
	window.print();
}
