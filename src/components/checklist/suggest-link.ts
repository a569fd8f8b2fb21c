/**
 * Suggesting the restore link: before a long wait, or when progress went unsaved for days. Loaded once a checklist
 * has progress, and by whatever saves progress elsewhere (a link copied, a file exported).
 */
import { backupDue, SAVED_AT_KEY } from '../../lib/checklist/backup';
import type { ChecklistItem } from '../../lib/checklist/items';
import type { ChecklistStore } from '../../lib/checklist/store';
import type { ChecklistView } from '../../lib/checklist/view';

/** Notes that progress was just saved outside this browser (link, QR code, file). */
export function markSaved() {
	try {
		localStorage.setItem(SAVED_AT_KEY, new Date().toISOString());
	} catch {
		// Storage blocked: nothing is kept to remind about.
	}
}

function savedAt(): string | null {
	try {
		return localStorage.getItem(SAVED_AT_KEY);
	} catch {
		return null;
	}
}

/**
 * Shows or hides the suggestion of the checklist `element`: after a step ticked on this page (`ticked`) whose next
 * step, among those the reader follows, is a long wait; or when progress went unsaved for days.
 */
export function renderSuggestion(element: HTMLElement, store: ChecklistStore, view: ChecklistView, items: ChecklistItem[], ticked: string[]) {
	const shown = view.items.filter((item) => item.shown);
	const longWait = new Set(items.filter((item) => item.longWait).map((item) => item.id));
	const waitStarted = ticked.some((id) => {
		const next = shown[shown.findIndex((item) => item.id === id) + 1];
		return Object.hasOwn(store.record.checked, id) && next !== undefined && longWait.has(next.id) && next.checkedDay === null;
	});
	const suggest = element.querySelector<HTMLElement>('[data-suggest-link]')!;
	const linkShown = !element.querySelector<HTMLElement>('[data-link-panel]')!.hidden;
	const due = store.saving && backupDue(store.record, savedAt(), new Date());
	suggest.hidden = linkShown || Object.keys(store.record.checked).length === 0 || !(waitStarted || due);
	suggest.querySelector<HTMLElement>('[data-suggest-wait]')!.hidden = !waitStarted;
	suggest.querySelector<HTMLElement>('[data-suggest-days]')!.hidden = waitStarted;
}
