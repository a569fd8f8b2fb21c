import type { ChecklistItem } from '../../lib/checklist/items';
import { ChecklistStore, NOTICES } from '../../lib/checklist/store';
import { checklistView } from '../../lib/checklist/view';

/** `<pg-checklist-progress>`: one guide's progress on the "내 체크리스트" page, kept current across tabs. */
class ChecklistProgressElement extends HTMLElement {
	#store!: ChecklistStore;
	#items: ChecklistItem[] = [];

	connectedCallback() {
		this.#store = new ChecklistStore(this.dataset.guide!, () => localStorage);
		this.#items = JSON.parse(this.dataset.items!);
		window.addEventListener('storage', this);
		this.#render();
	}

	disconnectedCallback() {
		window.removeEventListener('storage', this);
	}

	handleEvent(event: StorageEvent) {
		if (this.#store.sync(event.key)) this.#render();
	}

	#render() {
		const { record } = this.#store;
		const { done, total } = checklistView(this.#items, record);
		// Started: anything ticked or a plan chosen. The page lists started checklists first (CSS `order`).
		this.toggleAttribute('data-started', Object.keys(record.checked).length > 0 || record.plan !== null);
		const progress = this.querySelector('progress')!;
		progress.max = total;
		progress.value = done;
		this.querySelector('[data-count]')!.textContent = `${done}/${total} 완료`;
		const { notice } = this.#store;
		this.querySelector('[data-notice]')!.textContent = notice ? NOTICES[notice] : '';
	}
}

customElements.define('pg-checklist-progress', ChecklistProgressElement);
