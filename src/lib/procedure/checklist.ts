import type { ChecklistItemData, DueRule } from '../checklist/items';
import { fingerprint } from '../checklist/fingerprint';
import { deadlinePeriod, durationPeriods, isLongWait } from './duration';
import type { ProcedureData, ProcedurePlan, ProcedureStep } from './schema';
import { waitingOf } from './waiting';

/**
 * A procedure's checklist: one item per step, in order. Dates are shown on the step they count from:
 * - a step's deadline, once the step it counts from is ticked (e.g. 계약완료 ticked → the temporary MID's last
 *   day), for the deadline step's plans. A deadline of a step where the merchant waits is when the wait should
 *   end, an expected date; any other is a hard limit, and an expected date after it is warned about;
 * - a waiting step's duration, once the step before it is ticked (e.g. the application sent → when the contract
 *   mail is expected), unless the waiting step has a deadline of its own.
 * Each item carries a fingerprint of what it says, so that a tick made before the step changed is pointed out.
 */
export function checklistOf(procedure: ProcedureData): { plans: ProcedurePlan[]; items: ChecklistItemData[] } {
	const deadlines = new Map(procedure.steps.filter((step) => step.deadline).map((step) => [step.deadline!.after, step]));
	const items = procedure.steps.map((step, index): ChecklistItemData => {
		const due = deadlineDue(deadlines.get(step.id)) ?? waitDue(procedure.steps[index + 1]);
		const item = { id: step.id, label: step.label, section: step.section, applies: step.plans, note: step.note, waiting: waitingOf(procedure, step), due };
		return {
			...item,
			fingerprint: fingerprint([item.label, item.note, item.waiting?.check, item.waiting?.contacts, item.section, item.applies, item.due]),
			waitFollows: isLongWait(step) || undefined,
		};
	});
	return { plans: procedure.plans, items };
}

function deadlineDue(owner: ProcedureStep | undefined): DueRule | undefined {
	if (!owner?.deadline) return undefined;
	return {
		after: deadlinePeriod(owner.deadline),
		label: owner.deadline.label,
		applies: owner.plans,
		deadline: !owner.waiting || undefined,
		note: owner.waiting?.check ?? owner.note,
	};
}

function waitDue(next: ProcedureStep | undefined): DueRule | undefined {
	if (!next?.waiting || !next.duration || 'unknown' in next.duration || next.deadline?.after === next.id) return undefined;
	// "Up to N" counts from the day the step before is ticked; a range whose ends meet is one day.
	const { after = {}, upTo } = durationPeriods(next.duration);
	const range = upTo && JSON.stringify(upTo) !== JSON.stringify(after) ? { upTo } : {};
	return { after, ...range, label: `${next.label} (예상)`, applies: next.plans, note: next.waiting.check };
}
