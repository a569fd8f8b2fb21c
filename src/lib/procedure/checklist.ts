import type { ChecklistItemData } from '../checklist/items';
import { deadlinePeriod } from './duration';
import type { ProcedureData, ProcedurePlan } from './schema';

/**
 * A procedure's checklist: one item per step, in order. A step's deadline is shown on the step it counts from:
 * ticking that step gives the date (e.g. 계약완료 ticked → the temporary MID's last day), for the deadline step's plans.
 */
export function checklistOf(procedure: ProcedureData): { plans: ProcedurePlan[]; items: ChecklistItemData[] } {
	const deadlines = new Map(procedure.steps.filter((step) => step.deadline).map((step) => [step.deadline!.after, step]));
	const items = procedure.steps.map((step): ChecklistItemData => {
		const owner = deadlines.get(step.id);
		return {
			id: step.id,
			label: step.label,
			section: step.section,
			applies: step.plans,
			note: step.note,
			due: owner && {
				after: deadlinePeriod(owner.deadline!),
				label: owner.deadline!.label,
				applies: owner.plans,
			},
		};
	});
	return { plans: procedure.plans, items };
}
