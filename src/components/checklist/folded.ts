/**
 * What a folded checklist of 내 체크리스트 loads, in one module (one request before its row shows): its controls, fetched
 * from its part page, and its title line as its row of the page's summary. Loaded only there.
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

/**
 * The controls, fetched from the checklist's part page (src/pages/checklist/parts) into its empty `<template>` when it
 * is first opened or started. Offline the service worker answers from its precache; where it cannot, the title line
 * says so and the next opening tries again.
 */
export async function loadControls(template: HTMLTemplateElement, href: string): Promise<boolean> {
	try {
		const response = await fetch(href);
		if (!response.ok) throw new Error(`${href}: ${response.status}`);
		const part = new DOMParser().parseFromString(await response.text(), 'text/html');
		const controls = part.querySelector<HTMLTemplateElement>('template[data-fold-controls]');
		if (!controls) throw new Error(`${href}: no controls`);
		template.content.replaceChildren(document.importNode(controls.content, true));
		delete template.dataset.src;
		return true;
	} catch {
		const element = template.closest('pg-checklist')!;
		element.querySelector('[data-fold-summary]')!.textContent = '연결이 없어 펼치지 못했습니다. 연결된 뒤 다시 여세요.';
		// The page shows its list once every started checklist has its row (see checklist.astro): this one has.
		element.toggleAttribute('data-summarized', true);
		return false;
	}
}
