import { backupDue, SAVED_AT_KEY } from '../../lib/checklist/backup';
import type { ChecklistItem, Plan } from '../../lib/checklist/items';
import { isRestoreLink } from '../../lib/checklist/link-key';
import type { ChecklistRecord } from '../../lib/checklist/record';
import { ChecklistStore } from '../../lib/checklist/store';
import { checklistView, type ChecklistView } from '../../lib/checklist/view';
import { formatSeoulDay, seoulDay } from '../../lib/dates';
import { inAppBrowser } from '../../lib/in-app-browser';

/** Files, the restore link and the calendar: loaded on the first request for any of them. */
const actions = () => import('./checklist-actions');

const started = (view: ChecklistView) => view.done > 0 || view.plan !== null;

/**
 * `<pg-checklist>`: enhances the server-rendered list of a guide's checklist into checkboxes whose ticks, dates
 * and plan choice are kept by `ChecklistStore`. Every control is native, so keyboards and screen readers work
 * as they do anywhere; progress is announced through an `aria-live` region. The restore link and the calendar
 * file are loaded only when asked for.
 */
class ChecklistElement extends HTMLElement {
	#store!: ChecklistStore;
	#items: ChecklistItem[] = [];
	#holidays: ReadonlySet<string> = new Set();
	/** What the last reset or import replaced, until something else changes. */
	#undo: ChecklistRecord | null = null;
	/** Set once a step followed by a long wait is ticked on this page. */
	#waitStarted = false;
	#enhanced = false;
	/** Watches an untouched checklist on a guide until it comes near the screen (see `connectedCallback`). */
	#nearScreen: IntersectionObserver | null = null;

	connectedCallback() {
		this.#store = new ChecklistStore(this.dataset.guide!, () => localStorage);
		this.#items = JSON.parse(this.dataset.items!);
		this.#holidays = new Set(JSON.parse(this.dataset.holidays!));
		this.addEventListener('change', this);
		this.addEventListener('click', this);
		// The reset dialog's close does not bubble.
		this.addEventListener('close', this, true);
		window.addEventListener('storage', this);
		// An untouched checklist's server-rendered state is already right: it is rendered when it is first seen
		// (opened, on 내 체크리스트, where every guide's checklist starts folded; near the screen, on a guide), which
		// keeps the page's first seconds free for the reader.
		const fold = this.querySelector('details[data-fold]');
		if (!fold) this.#enhance();
		if (started(this.#view()) || this.#store.notice) {
			this.#render();
			if (this.#store.notice) this.#unfold();
		} else if (fold) {
			fold.addEventListener('toggle', () => this.#render(), { once: true });
		} else {
			this.#nearScreen = new IntersectionObserver(([entry]) => entry!.isIntersecting && this.#render(), { rootMargin: '100% 0px' });
			this.#nearScreen.observe(this);
		}
		// A restore link opened here: the first checklist of the page asks what to do with it.
		if (isRestoreLink(location.hash) && document.querySelector('pg-checklist') === this) {
			void actions().then(({ openRestoreDialog }) => openRestoreDialog((message) => this.#offerUndo(null, message)));
		}
	}

	disconnectedCallback() {
		window.removeEventListener('storage', this);
		this.#nearScreen?.disconnect();
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLElement;
		if (event instanceof StorageEvent) {
			if (this.#store.sync(event.key)) this.#render();
		} else if (event.type === 'close') {
			if ((target as HTMLDialogElement).returnValue === 'reset') this.#offerUndo(this.#store.reset(), '체크리스트를 초기화했습니다.');
		} else if (event.type === 'change') {
			this.#change(target as HTMLInputElement);
		} else {
			this.#act(target.closest<HTMLElement>('[data-action]'));
		}
	}

	#change(input: HTMLInputElement) {
		if (input.type === 'file') return void this.#import(input);
		const id = input.closest<HTMLElement>('[data-item]')?.dataset.item;
		if (input.type === 'date') {
			if (input.value) this.#store.setTickDay(id!, input.value);
			input.hidden = true;
		} else if (input.type === 'checkbox') {
			const item = this.#items.find((candidate) => candidate.id === id)!;
			this.#store.toggle(id!, input.checked, item.fingerprint);
			if (input.checked) {
				void this.#keepStorage();
				if (item.waitFollows) this.#waitStarted = true;
			}
		} else this.#store.choosePlan(input.value as Plan);
		this.#offerUndo(null, '');
	}

	#act(button: HTMLElement | null) {
		const action = button?.dataset.action;
		if (action === 'reset') this.querySelector('dialog')!.showModal();
		else if (action === 'import') this.querySelector<HTMLInputElement>('[data-import]')!.click();
		else if (action === 'export') void this.#export();
		else if (action === 'print') this.#print();
		else if (action === 'link') void this.#showLink();
		else if (action === 'calendar') void this.#calendar();
		else if (action === 'edit-date') this.#editDate(button!);
		else if (action === 'undo') {
			this.#offerUndo(null, '되돌렸습니다.', this.#undo);
			// The undo button is gone: the keyboard stays where it was, beside it.
			this.querySelector<HTMLElement>('[data-action="reset"]')!.focus();
		}
	}

	/** Shows `message`; with a replaced record, offers to bring it back. `restore` brings one back. */
	#offerUndo(replaced: ChecklistRecord | null, message: string, restore?: ChecklistRecord | null) {
		this.#enhance();
		if (restore) this.#store.restore(restore);
		this.#undo = replaced;
		this.querySelector<HTMLElement>('[data-action="undo"]')!.hidden = !replaced;
		this.querySelector('[data-status]')!.textContent = message;
		this.#render();
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const { importFile } = await actions();
		const { previous, message } = await importFile(this, this.#store, file);
		input.value = '';
		this.#offerUndo(previous, message);
	}

	async #export() {
		const { exportFile } = await actions();
		this.#markSaved();
		this.#offerUndo(null, exportFile(this, this.#store.record));
	}

	/** Prints the checklist alone (see the print styles). */
	#print() {
		const root = document.documentElement;
		root.dataset.print = 'checklist';
		window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
		window.print();
	}

	async #showLink() {
		const panel = this.querySelector<HTMLElement>('[data-link-panel]')!;
		const { showLinkPanel } = await actions();
		await showLinkPanel(panel, this.#store.record);
		this.#render();
		panel.querySelector('input')!.focus();
	}

	async #calendar() {
		const { downloadCalendar } = await actions();
		this.#offerUndo(null, downloadCalendar(this, this.#view()));
	}

	#editDate(button: HTMLElement) {
		const input = button.parentElement!.querySelector<HTMLInputElement>('[data-date-input]')!;
		input.hidden = false;
		input.focus();
	}

	/** Once progress exists, asks the browser to keep this site's storage (not to delete it when space runs low). */
	async #keepStorage() {
		if (!navigator.storage?.persist || (await navigator.storage.persisted())) return;
		await navigator.storage.persist();
		await this.#showPersisted();
	}

	async #showPersisted() {
		const line = this.querySelector<HTMLElement>('[data-persisted]')!;
		line.hidden = !this.#store.saving || !navigator.storage?.persisted;
		if (line.hidden) return;
		const persisted = await navigator.storage.persisted();
		line.querySelector<HTMLElement>('[data-persisted-yes]')!.hidden = !persisted;
		line.querySelector<HTMLElement>('[data-persisted-no]')!.hidden = persisted;
	}

	#savedAt(): string | null {
		try {
			return localStorage.getItem(SAVED_AT_KEY);
		} catch {
			return null;
		}
	}

	#markSaved() {
		try {
			localStorage.setItem(SAVED_AT_KEY, new Date().toISOString());
		} catch {
			// Storage blocked: nothing is kept to remind about.
		}
	}

	#showInAppNotice() {
		const app = inAppBrowser(navigator.userAgent, location.href.split('#')[0]!);
		if (!app) return;
		const notice = this.querySelector<HTMLElement>('[data-in-app]')!;
		notice.querySelector('[data-in-app-name]')!.textContent = app.app;
		notice.querySelector<HTMLElement>('[data-in-app-external]')!.hidden = !app.openExternal;
		notice.querySelector<HTMLElement>('[data-in-app-menu]')!.hidden = !!app.openExternal;
		const open = notice.querySelector<HTMLAnchorElement>('[data-open-external]')!;
		if (app.openExternal) {
			open.href = app.openExternal;
			open.hidden = false;
		}
		notice.hidden = false;
	}

	/**
	 * Puts the controls in the page and says what only a script knows (in-app browser, kept storage): at once on
	 * a guide; on 내 체크리스트, where a folded checklist's controls are a `<template>`, when it is first rendered.
	 */
	#enhance() {
		if (this.#enhanced) return;
		this.#enhanced = true;
		const controls = this.querySelector<HTMLTemplateElement>('template[data-fold-controls]');
		controls?.replaceWith(controls.content);
		this.#showInAppNotice();
		void this.#showPersisted();
	}

	/** On 내 체크리스트 every checklist starts folded under its title. */
	#unfold() {
		this.querySelector('details[data-fold]')?.setAttribute('open', '');
	}

	#view(): ChecklistView {
		return checklistView(this.#items, this.#store.record, this.#holidays);
	}

	#render() {
		this.#enhance();
		this.#nearScreen?.disconnect();
		this.#nearScreen = null;
		const view = this.#view();
		for (const item of view.items) {
			const li = this.querySelector<HTMLElement>(`[data-item="${item.id}"]`)!;
			li.hidden = !item.shown;
			li.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = item.checkedDay !== null;
			li.querySelector<HTMLElement>('[data-changed]')!.hidden = !item.changed;
			const due = item.due && `${item.due.label}: ${formatSeoulDay(item.due.day)}${item.due.until ? `~${formatSeoulDay(item.due.until)}` : ''}`;
			li.querySelector('[data-dates]')!.textContent = [item.checkedDay && `${formatSeoulDay(item.checkedDay)} 완료`, due].filter(Boolean).join(' · ');
			li.querySelector<HTMLElement>('[data-action="edit-date"]')!.hidden = item.checkedDay === null;
			const dateInput = li.querySelector<HTMLInputElement>('[data-date-input]')!;
			if (item.checkedDay) dateInput.value = item.checkedDay;
			else dateInput.hidden = true;
			dateInput.max = seoulDay(new Date());
		}
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === view.plan;
		// Started checklists come first on the 내 체크리스트 page, unfolded.
		if (started(view) && !this.hasAttribute('data-started')) this.#unfold();
		this.toggleAttribute('data-started', started(view));
		const progress = this.querySelector('progress')!;
		progress.max = view.total;
		progress.value = view.done;
		// Set only when it changes, so that screen readers announce progress, not every render.
		const text = `${view.done}/${view.total} 완료`;
		const live = this.querySelector('[data-progress]')!;
		if (live.textContent !== text) live.textContent = text;
		const { notice } = this.#store;
		// The notices' Korean text is in the page, not in this script.
		const notices = this.querySelector<HTMLTemplateElement>('template[data-notices]')!.content;
		this.querySelector('[data-notice]')!.textContent = notice ? notices.querySelector(`[data-kind="${notice}"]`)!.textContent : '';
		const late = this.querySelector<HTMLElement>('[data-late]')!;
		const [first] = view.late;
		late.hidden = !first;
		if (first) {
			late.querySelector('[data-late-expected]')!.textContent = `${first.expected.label}(${formatSeoulDay(first.expected.until ?? first.expected.day)})`;
			late.querySelector('[data-late-deadline]')!.textContent = `${first.deadline.label}(${formatSeoulDay(first.deadline.day)})`;
		}
		this.#renderSuggestion(view);
	}

	/** Suggests saving the restore link before a long wait, or when progress went unsaved for days. */
	#renderSuggestion(view: ChecklistView) {
		const suggest = this.querySelector<HTMLElement>('[data-suggest-link]')!;
		const linkShown = !this.querySelector<HTMLElement>('[data-link-panel]')!.hidden;
		const due = this.#store.saving && backupDue(this.#store.record, this.#savedAt(), new Date());
		suggest.hidden = linkShown || view.done === 0 || !(this.#waitStarted || due);
		suggest.querySelector<HTMLElement>('[data-suggest-wait]')!.hidden = !this.#waitStarted;
		suggest.querySelector<HTMLElement>('[data-suggest-days]')!.hidden = this.#waitStarted;
	}
}

customElements.define('pg-checklist', ChecklistElement);
