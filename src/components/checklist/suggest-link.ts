/**
 * Suggesting the restore link: before a long wait, or when progress went unsaved for days. Loaded once a checklist
 * has progress, and by whatever saves progress elsewhere (a link copied, a file exported).
 */
import { backupDue, SAVED_AT_KEY } from '../../lib/checklist/backup';
import type { ChecklistStore } from '../../lib/checklist/store';

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

/** Shows or hides the suggestion of the checklist `element`; `waitStarted`: a step before a long wait was ticked here. */
export function renderSuggestion(element: HTMLElement, store: ChecklistStore, waitStarted: boolean) {
	const suggest = element.querySelector<HTMLElement>('[data-suggest-link]')!;
	const linkShown = !element.querySelector<HTMLElement>('[data-link-panel]')!.hidden;
	const due = store.saving && backupDue(store.record, savedAt(), new Date());
	suggest.hidden = linkShown || Object.keys(store.record.checked).length === 0 || !(waitStarted || due);
	suggest.querySelector<HTMLElement>('[data-suggest-wait]')!.hidden = !waitStarted;
	suggest.querySelector<HTMLElement>('[data-suggest-days]')!.hidden = waitStarted;
}
