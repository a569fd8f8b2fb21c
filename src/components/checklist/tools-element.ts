/** `<pg-checklist-tools>`: 내 체크리스트's restore link and calendar for every checklist, loaded when asked for. */
class ChecklistToolsElement extends HTMLElement {
	connectedCallback() {
		this.addEventListener('click', (event) => void this.#act((event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action));
	}

	async #act(action: string | undefined) {
		if (!action) return;
		const { downloadCalendar, showLinkPanel } = await import('./checklist-actions');
		const status = this.querySelector('[data-status]')!;
		if (action === 'calendar') status.textContent = await downloadCalendar(null);
		else if (action === 'link') {
			const panel = this.querySelector<HTMLElement>('[data-link-panel]')!;
			await showLinkPanel(panel, null);
			panel.querySelector('input')?.focus();
		}
	}
}

customElements.define('pg-checklist-tools', ChecklistToolsElement);
