import type { ChecklistItem } from '../../lib/checklist/items';
import type { ChecklistRecord, PlanTypes } from '../../lib/checklist/record';
import { ChecklistStore } from '../../lib/checklist/store';
import { checklistView, shortDates, tickBeforePrevious, type ChecklistView } from '../../lib/checklist/view';
import type { PaymentType } from '../../lib/procedure/vocabulary';

/** Files, the restore link and the calendar: loaded on the first request for any of them. */
const actions = () => import('./checklist-actions');
/** Kept storage: asked for and said after first paint. */
const storage = () => import('./kept-storage');

const started = (view: ChecklistView) => view.done > 0 || view.types !== null;

/**
 * `<pg-checklist>`: enhances the server-rendered list of a guide's checklist into checkboxes whose ticks, dates
 * and payment types are kept by `ChecklistStore`. Every control is native, so keyboards and screen readers work
 * as they do anywhere; progress is announced through an `aria-live` region. The restore link and the calendar
 * file are loaded only when asked for.
 */
class ChecklistElement extends HTMLElement {
	#store!: ChecklistStore;
	#items: ChecklistItem[] = [];
	#holidays: ReadonlySet<string> = new Set();
	/** What the last reset or import replaced, until something else changes. */
	#undo: ChecklistRecord | null = null;
	/** The steps ticked on this page, for the suggestion to save the restore link before a long wait. */
	#ticked: string[] = [];
	#enhanced = false;
	/** A folded checklist's controls on their way (see `#enhance`). */
	#fetching: Promise<void> | undefined;
	/** Watches an untouched checklist on a guide until it comes near the screen (see `connectedCallback`). */
	#nearScreen: IntersectionObserver | null = null;

	connectedCallback() {
		this.#items = JSON.parse(this.dataset.items!);
		this.#store = new ChecklistStore(this.dataset.guide!, () => localStorage, undefined, JSON.parse(this.dataset.plans!) as PlanTypes);
		this.#holidays = new Set(JSON.parse(this.dataset.holidays!));
		this.addEventListener('change', this);
		this.addEventListener('click', this);
		// The reset dialog's close does not bubble.
		this.addEventListener('close', this, true);
		window.addEventListener('storage', this);
		// Arriving from the chooser (`?types=general,easypay`), on the guide: its checklist takes those types.
		if (location.search.includes('types=') && !this.querySelector('details[data-fold]')) {
			void import('./arrive-with-types').then(({ arriveWithTypes }) => arriveWithTypes(this, this.#store) && this.#offerUndo(null, this.#word('types')));
		}
		// An untouched checklist's server-rendered state is already right: it is rendered when it is first seen
		// (opened, on 내 체크리스트, where every guide's checklist starts folded; near the screen, on a guide), which
		// keeps the page's first seconds free for the reader.
		const fold = this.querySelector('details[data-fold]');
		if (!fold) this.#enhance();
		if (started(this.#view()) || this.#store.notice) {
			this.#render();
			if (this.#store.notice) this.#unfold();
		} else if (fold) {
			fold.addEventListener('toggle', () => this.#render());
		} else {
			this.#nearScreen = new IntersectionObserver(([entry]) => entry!.isIntersecting && this.#render(), { rootMargin: '100% 0px' });
			this.#nearScreen.observe(this);
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

	/** Korean the page holds for the script (see `template[data-words]`). */
	#word(name: string): string {
		return this.querySelector<HTMLTemplateElement>('template[data-words]')!.content.querySelector(`[data-word="${name}"]`)!.textContent!;
	}

	/** A Seoul day as the checklist writes it: 1/26, with the year when it is not this year's. */
	#day(day: string): string {
		return shortDates({ day, until: day }, this.#store.today().slice(0, 4));
	}

	#label(id: string): string {
		return this.querySelector(`[data-item="${CSS.escape(id)}"] .checklist__label`)?.firstChild?.textContent?.trim() ?? id;
	}

	#change(input: HTMLInputElement) {
		if (input.type === 'file') return void this.#import(input);
		const id = input.closest<HTMLElement>('[data-item]')?.dataset.item;
		let message = '';
		if (input.type === 'date') {
			message = this.#setDay(id!, input.value);
			input.hidden = !message;
		} else if (input.dataset.type !== undefined) {
			const types = [...this.querySelectorAll<HTMLInputElement>('[data-type]:checked')].map((box) => box.value as PaymentType);
			this.#store.chooseTypes(types);
		} else {
			const item = this.#items.find((candidate) => candidate.id === id)!;
			if (!this.#store.toggle(id!, input.checked, item.fingerprint)) message = this.#word('clock');
			else if (input.checked) {
				void storage().then(({ keepStorage }) => keepStorage(this, this.#store.saving));
				this.#ticked.push(id!);
			}
		}
		this.#offerUndo(null, message);
	}

	/** Moves a tick to a typed day, once the reader confirms a day before the step it follows; what went wrong, or ''. */
	#setDay(id: string, day: string): string {
		if (!day) return '';
		const previous = tickBeforePrevious(this.#view(), id, day);
		if (previous && !confirm(`${this.#word('before')} ${this.#label(previous.id)} (${this.#day(previous.checkedDay!)})`)) return '';
		return this.#store.setTickDay(id, day) ? '' : this.#word('day');
	}

	#act(button: HTMLElement | null) {
		const action = button?.dataset.action;
		if (action === 'reset') this.querySelector('dialog')!.showModal();
		else if (action === 'import') this.querySelector<HTMLInputElement>('[data-import]')!.click();
		else if (action === 'export') void this.#export();
		else if (action === 'print') void actions().then(({ printChecklist }) => printChecklist());
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
		if (restore) this.#store.restore(restore);
		this.#undo = replaced;
		if (!this.#enhance()) return;
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
		this.#offerUndo(null, exportFile(this, this.#store.record));
	}

	async #showLink() {
		const panel = this.querySelector<HTMLElement>('[data-link-panel]')!;
		const { showLinkPanel } = await actions();
		await showLinkPanel(panel, this.#store.record);
		this.#render();
		panel.querySelector('input')?.focus();
	}

	async #calendar() {
		const { downloadCalendar } = await actions();
		this.#offerUndo(null, await downloadCalendar(this.#store.record));
	}

	#editDate(button: HTMLElement) {
		const input = button.parentElement!.querySelector<HTMLInputElement>('[data-date-input]')!;
		input.hidden = false;
		input.focus();
	}

	/** Loaded after first paint: most readers are in no in-app browser. */
	async #showInAppNotice() {
		const { inAppBrowser } = await import('../../lib/in-app-browser');
		// The whole address: a restore link (#c=…) opened in the app must reach the default browser too.
		const app = inAppBrowser(navigator.userAgent, location.href);
		const notice = this.querySelector<HTMLElement>('[data-in-app]');
		if (!app || !notice) return;
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
	 * a guide; on 내 체크리스트, where a folded checklist's controls are a `<template>` fetched from their own page,
	 * when it is first rendered. False while they are on their way: the checklist renders when they arrive.
	 */
	#enhance(): boolean {
		if (this.#enhanced) return true;
		const controls = this.querySelector<HTMLTemplateElement>('template[data-fold-controls]');
		const href = controls?.dataset.src;
		if (href) {
			this.#fetching ??= import('./folded')
				.then(({ loadControls }) => loadControls(controls!, href))
				.then((loaded) => (loaded ? this.#render() : (this.#fetching = undefined)));
			return false;
		}
		this.#enhanced = true;
		controls?.replaceWith(controls.content);
		void this.#showInAppNotice();
		void storage().then(({ showPersisted }) => showPersisted(this, this.#store.saving));
		return true;
	}

	/** On 내 체크리스트 every checklist starts folded under its title. */
	#unfold() {
		this.querySelector('details[data-fold]')?.setAttribute('open', '');
	}

	#view(): ChecklistView {
		return checklistView(this.#items, this.#store.record, this.#store.today(), this.#holidays);
	}

	#render() {
		// Started checklists go first on 내 체크리스트 (and the list waits for their rows) even while their controls load.
		const view = this.#view();
		this.toggleAttribute('data-started', started(view));
		if (!this.#enhance()) return;
		this.#nearScreen?.disconnect();
		this.#nearScreen = null;
		const today = this.#store.today();
		const year = today.slice(0, 4);
		for (const item of view.items) {
			const li = this.querySelector<HTMLElement>(`[data-item="${CSS.escape(item.id)}"]`)!;
			li.hidden = !item.shown;
			li.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = item.checkedDay !== null;
			li.querySelector<HTMLElement>('[data-changed]')!.hidden = !item.changed;
			const parts: (string | Node)[] = item.checkedDay ? [`${shortDates({ day: item.checkedDay, until: item.checkedDay }, year)} ${this.#word('done')}`] : [];
			for (const date of item.dates) {
				const text = `${date.label ?? this.#word('expected')} ${shortDates(date, year)}`;
				const node = document.createElement('span');
				node.textContent = date.passed ? `${text} ${this.#word('passed')}` : text;
				node.toggleAttribute('data-passed', date.passed);
				parts.push(node);
			}
			li.querySelector('[data-dates]')!.replaceChildren(...parts.flatMap((part, index) => (index > 0 ? [' · ', part] : [part])));
			const overdue = li.querySelector<HTMLElement>('[data-overdue]');
			if (overdue) {
				overdue.hidden = !item.overdue;
				const passed = item.dates.find((date) => !date.deadline && date.passed);
				overdue.querySelector('[data-overdue-day]')!.textContent = passed ? `(${shortDates(passed, year)})` : '';
			}
			li.querySelector<HTMLElement>('[data-action="edit-date"]')!.hidden = item.checkedDay === null;
			const dateInput = li.querySelector<HTMLInputElement>('[data-date-input]')!;
			if (item.checkedDay) dateInput.value = item.checkedDay;
			else dateInput.hidden = true;
			dateInput.max = today;
		}
		for (const box of this.querySelectorAll<HTMLInputElement>('[data-type]')) box.checked = view.types?.includes(box.value as PaymentType) ?? false;
		// Started checklists come first on the 내 체크리스트 page, each title a summary row that opens on tap.
		if (started(view) && this.querySelector('details[data-fold]')) void import('./folded').then(({ renderFoldSummary }) => renderFoldSummary(this, view));
		const progress = this.querySelector('progress')!;
		progress.max = view.total;
		progress.value = view.done;
		// Set only when it changes, so that screen readers announce progress, not every render.
		const text = `${view.done}/${view.total} ${this.#word('done')}`;
		const live = this.querySelector('[data-progress]')!;
		if (live.textContent !== text) live.textContent = text;
		this.#renderNotice();
		// Loaded once an expected date falls after a deadline: most readers never meet one.
		const late = this.querySelector<HTMLElement>('[data-late]')!;
		if (view.late.length === 0) late.hidden = true;
		else void import('./late-notice').then(({ renderLate }) => renderLate(late, view.late[0]!, (id) => this.#label(id), (day) => this.#day(day)));
		// Loaded once there is progress to keep: a first visit never needs it.
		const suggest = this.querySelector<HTMLElement>('[data-suggest-link]')!;
		if (view.done === 0) suggest.hidden = true;
		else void import('./suggest-link').then(({ renderSuggestion }) => renderSuggestion(this, this.#store, view, this.#items, this.#ticked));
	}

	/** What the store has to say about saved progress; the notices' Korean text is in the page, not in this script. */
	#renderNotice() {
		const { notice, asideTicks } = this.#store;
		const notices = this.querySelector<HTMLTemplateElement>('template[data-notices]')!.content;
		const text = notice ? notices.querySelector(`[data-kind="${notice}"]`)!.textContent : '';
		const items = notice === 'aside' ? `${asideTicks.map(({ item, value }) => `‘${this.#label(item)}’(${String(value).slice(0, 40)})`).join(', ')} ` : '';
		this.querySelector('[data-notice]')!.textContent = items + text;
	}
}

customElements.define('pg-checklist', ChecklistElement);
