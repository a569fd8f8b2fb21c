/** The warning that an expected date falls after a deadline (the card review ending after the 바로오픈 MID's last day). */
import type { ChecklistView } from '../../lib/checklist/view';

/** Fills the checklist's `[data-late]` note; `label` names a step, `day` writes a Seoul day as the page does. */
export function renderLate(late: HTMLElement, first: ChecklistView['late'][number], label: (id: string) => string, day: (day: string) => string) {
	late.querySelector('[data-late-expected]')!.textContent = `${first.expected.label ?? label(first.item)}(${day((first.expected.until ?? first.expected.day)!)})`;
	late.querySelector('[data-late-deadline]')!.textContent = `${first.deadline.label}(${day(first.deadline.day!)})`;
	late.querySelector<HTMLElement>('[data-late-before]')!.hidden = first.deadline.passed;
	late.querySelector<HTMLElement>('[data-late-after]')!.hidden = !first.deadline.passed;
	late.hidden = false;
}
