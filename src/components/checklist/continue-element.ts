import type { ChecklistItem } from '../../lib/checklist/items';
import { ChecklistStore } from '../../lib/checklist/store';
import { checklistView } from '../../lib/checklist/view';
import { formatSeoulDay, seoulDay } from '../../lib/dates';

/** One checklist as the home page's "이어서 하기" needs it. */
export interface ContinueChecklist {
	guide: string;
	title: string;
	href: string;
	checklistHref: string;
	items: (ChecklistItem & { label: string; section: string })[];
}

const element = (tag: string, text: string, href?: string) => {
	const node = document.createElement(href ? 'a' : tag);
	node.textContent = text;
	if (href) (node as HTMLAnchorElement).href = href;
	return node;
};

/** `<pg-continue>`: the next step and the nearest date of every checklist started on this device. */
class ContinueElement extends HTMLElement {
	connectedCallback() {
		const checklists: ContinueChecklist[] = JSON.parse(this.dataset.checklists!);
		const holidays = new Set<string>(JSON.parse(this.dataset.holidays!));
		const today = seoulDay(new Date());
		const rows = checklists.flatMap((checklist) => {
			const { record } = new ChecklistStore(checklist.guide, () => localStorage);
			if (Object.keys(record.checked).length === 0 && !record.plan) return [];
			const view = checklistView(checklist.items, record, holidays);
			const row = document.createElement('li');
			const title = element('a', `${checklist.title} · ${view.done}/${view.total} 완료`, checklist.checklistHref);
			title.className = 'continue__guide';
			row.append(title);
			const next = view.items.findIndex((item) => item.shown && !item.checkedDay);
			const nextItem = checklist.items[next];
			const nextLine = element('p', '다음 단계: ');
			if (nextItem) nextLine.append(element('a', nextItem.label, `${checklist.href}#${nextItem.section}`));
			else nextLine.textContent = '모든 단계를 마쳤습니다.';
			row.append(nextLine);
			// The nearest deadline ahead; without one, the nearest expected date.
			const upcoming = view.items
				.flatMap((item) => (item.shown && item.due && (item.due.until ?? item.due.day) >= today ? [item.due] : []))
				.sort((a, b) => Number(b.deadline) - Number(a.deadline) || a.day.localeCompare(b.day))[0];
			if (upcoming) row.append(element('p', `${upcoming.label}: ${formatSeoulDay(upcoming.day)}${upcoming.until ? `~${formatSeoulDay(upcoming.until)}` : ''}`));
			return [row];
		});
		this.querySelector('[data-list]')!.replaceChildren(...rows);
		this.hidden = rows.length === 0;
	}
}

customElements.define('pg-continue', ContinueElement);
