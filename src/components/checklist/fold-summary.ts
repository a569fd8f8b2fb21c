/**
 * On 내 체크리스트, a started checklist's title line is its row of the page's summary: progress, the waits past their
 * expected day, the next step and the nearest date. Loaded only there.
 */
import { checklistSummary, summaryLines } from '../../lib/checklist/summary';
import { shortDates, type ChecklistView, type DateView } from '../../lib/checklist/view';

export function renderFoldSummary(element: HTMLElement, view: ChecklistView) {
	const summary = checklistSummary(view);
	const { next, upcoming } = summaryLines(summary);
	const year = String(new Date().getFullYear());
	const label = (id: string) => element.querySelector(`[data-item="${CSS.escape(id)}"] .checklist__label`)?.firstChild?.textContent?.trim() ?? id;
	const when = (date: DateView) => `${date.label ?? '예상'} ${shortDates(date, year)}`;
	const parts: (string | Node)[] = [`${summary.done}/${summary.total} 완료`];
	for (const { id, date } of summary.overdue) {
		const late = document.createElement('span');
		late.dataset.passed = '';
		late.textContent = `예상일 지남: ${label(id)} (${when(date)})`;
		parts.push(late);
	}
	if (next === 'done') parts.push('모든 단계를 마쳤습니다');
	else if (next) parts.push(`다음: ${label(next.id)}${next.date ? ` (${when(next.date)})` : ''}`);
	if (upcoming) parts.push(`${label(upcoming.id)}: ${when(upcoming.date)}`);
	element.querySelector('[data-fold-summary]')!.replaceChildren(...parts.flatMap((part, index) => (index > 0 ? [' · ', part] : [part])));
	// The page shows its list once every started checklist has its row (see checklist.astro).
	element.toggleAttribute('data-summarized', true);
}
