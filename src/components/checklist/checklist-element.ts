import type { ChecklistItem, Plan } from '../../lib/checklist/items';
import type { ChecklistRecord } from '../../lib/checklist/record';
import { ChecklistStore, NOTICES } from '../../lib/checklist/store';
import { checklistView } from '../../lib/checklist/view';
import { formatSeoulDay, seoulDay } from '../../lib/dates';

/**
 * `<pg-checklist>`: enhances the server-rendered list of a guide's checklist into checkboxes whose ticks, dates
 * and plan choice are kept by `ChecklistStore`. Every control is native, so keyboards and screen readers work
 * as they do anywhere; progress is announced through an `aria-live` region.
 */
class ChecklistElement extends HTMLElement {
	#store!: ChecklistStore;
	#items: ChecklistItem[] = [];
	/** What the last reset or import replaced, until something else changes. */
	#undo: ChecklistRecord | null = null;

	connectedCallback() {
		this.#store = new ChecklistStore(this.dataset.guide!, () => localStorage);
		this.#items = JSON.parse(this.dataset.items!);
		this.addEventListener('change', this);
		this.addEventListener('click', this);
		this.querySelector('dialog')!.addEventListener('close', this);
		window.addEventListener('storage', this);
		this.#render();
	}

	disconnectedCallback() {
		window.removeEventListener('storage', this);
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
			this.#act(target.closest<HTMLElement>('[data-action]')?.dataset.action);
		}
	}

	#change(input: HTMLInputElement) {
		if (input.type === 'file') return void this.#import(input);
		if (input.type === 'checkbox') this.#store.toggle(input.closest('li')!.dataset.item!, input.checked);
		else this.#store.choosePlan(input.value as Plan);
		this.#offerUndo(null, '');
	}

	#act(action: string | undefined) {
		if (action === 'reset') this.querySelector('dialog')!.showModal();
		else if (action === 'import') this.querySelector<HTMLInputElement>('[data-import]')!.click();
		else if (action === 'export') this.#export();
		else if (action === 'print') this.#print();
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
		this.querySelector<HTMLElement>('[data-action="undo"]')!.hidden = !replaced;
		this.querySelector('[data-status]')!.textContent = message;
		this.#render();
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const labels = new Map(this.#items.map(({ id }) => [id, this.querySelector(`[data-item="${id}"] label`)!.textContent!.trim()]));
		const result = this.#store.import(await file.text(), labels);
		input.value = '';
		if (result.ok) {
			const dropped = result.dropped ? ` 이 체크리스트에 없는 항목 ${result.dropped}개는 빼고 가져왔습니다.` : '';
			this.#offerUndo(result.previous, `${file.name}에서 체크리스트를 가져왔습니다.${dropped}`);
		}
		else this.#offerUndo(null, `가져오지 못했습니다. ${result.error} 체크리스트는 그대로입니다.`);
	}

	#export() {
		const url = URL.createObjectURL(new Blob([this.#store.export()], { type: 'application/json' }));
		const name = `checklist-${this.dataset.guide!.split('/').pop()}-${seoulDay(new Date())}.json`;
		Object.assign(document.createElement('a'), { href: url, download: name }).click();
		setTimeout(() => URL.revokeObjectURL(url));
	}

	/** Prints the checklist alone (see the print styles). */
	#print() {
		const root = document.documentElement;
		root.dataset.print = 'checklist';
		window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
		window.print();
	}

	#render() {
		const view = checklistView(this.#items, this.#store.record);
		for (const item of view.items) {
			const li = this.querySelector<HTMLElement>(`[data-item="${item.id}"]`)!;
			li.hidden = !item.shown;
			li.querySelector('input')!.checked = item.checkedDay !== null;
			li.querySelector('[data-dates]')!.textContent = [
				item.checkedDay && `${formatSeoulDay(item.checkedDay)} 완료`,
				item.due && `${item.due.label}: ${formatSeoulDay(item.due.day)}`,
			]
				.filter(Boolean)
				.join(' · ');
		}
		for (const radio of this.querySelectorAll<HTMLInputElement>('[name="checklist-plan"]')) radio.checked = radio.value === view.plan;
		const progress = this.querySelector('progress')!;
		progress.max = view.total;
		progress.value = view.done;
		// Set only when it changes, so that screen readers announce progress, not every render.
		const text = `${view.done}/${view.total} 완료`;
		const live = this.querySelector('#checklist-progress')!;
		if (live.textContent !== text) live.textContent = text;
		const { notice } = this.#store;
		this.querySelector('[data-notice]')!.textContent = notice ? NOTICES[notice] : '';
	}
}

customElements.define('pg-checklist', ChecklistElement);
