import type { ChecklistItem } from '../../lib/checklist/items';
import type { PlanTypes } from '../../lib/checklist/record';
import { ChecklistStore } from '../../lib/checklist/store';
import { checklistSummary, summaryLines } from '../../lib/checklist/summary';
import { checklistView, shortDates, type DateView } from '../../lib/checklist/view';

/** One checklist as a summary ("이어서 하기" on home, the rows of 내 체크리스트) needs it. */
export interface SummaryChecklist {
	guide: string;
	title: string;
	href: string;
	checklistHref: string;
	plans: PlanTypes;
	items: (ChecklistItem & { label: string; section: string })[];
}

const element = (tag: string, text: string, href?: string) => {
	const node = document.createElement(href ? 'a' : tag);
	node.textContent = text;
	if (href) (node as HTMLAnchorElement).href = href;
	return node;
};

/**
 * The rows of every checklist started on this device, those with an overdue wait first: progress, the overdue
 * waits, the next step and the nearest date ahead. `checklists` as the page describes them; `holidays` for business days.
 */
export function summaryRows(checklists: readonly SummaryChecklist[], holidays: ReadonlySet<string>): HTMLLIElement[] {
	const rows = checklists.flatMap((checklist) => {
		const store = new ChecklistStore(checklist.guide, () => localStorage, undefined, checklist.plans);
		const { record } = store;
		if (Object.keys(record.checked).length === 0 && !record.types) return [];
		const today = store.today();
		const summary = checklistSummary(checklistView(checklist.items, record, today, holidays));
		const item = (id: string) => checklist.items.find((candidate) => candidate.id === id)!;
		const link = (id: string, text = item(id).label) => element('a', text, `${checklist.href}#${item(id).section}`);
		const when = (date: DateView) => `${date.label ?? '예상'} ${shortDates(date, today.slice(0, 4))}`;
		const row = document.createElement('li');
		const title = element('a', `${checklist.title} · ${summary.done}/${summary.total} 완료`, checklist.checklistHref);
		title.className = 'continue__guide';
		row.append(title);
		for (const { id, date } of summary.overdue) {
			const line = element('p', '예상일 지남: ');
			line.className = 'continue__overdue';
			line.append(link(id), ` (${when(date)})`);
			row.append(line);
		}
		const { next, upcoming } = summaryLines(summary);
		if (next === 'done') row.append(element('p', '모든 단계를 마쳤습니다.'));
		else if (next) {
			const line = element('p', '다음 단계: ');
			line.append(link(next.id), ...(next.date ? [` (${when(next.date)})`] : []));
			row.append(line);
		}
		if (upcoming) {
			const line = element('p', `${item(upcoming.id).label}: `);
			line.append(when(upcoming.date));
			row.append(line);
		}
		return [{ row, overdue: summary.overdue.length > 0 }];
	});
	return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue)).map(({ row }) => row);
}

/** `<pg-continue>`: the next step and the dates of every checklist started on this device. */
class ContinueElement extends HTMLElement {
	connectedCallback() {
		const rows = summaryRows(JSON.parse(this.dataset.checklists!), new Set(JSON.parse(this.dataset.holidays!)));
		this.querySelector('[data-list]')!.replaceChildren(...rows);
		this.hidden = rows.length === 0;
	}
}

customElements.define('pg-continue', ContinueElement);
