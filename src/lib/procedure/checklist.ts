import type { ChecklistItemData, DueRule, WaitRule } from '../checklist/items';
import { fingerprint } from '../checklist/fingerprint';
import { normalTypes } from '../checklist/record';
import { deadlinePeriod, durationPeriods, isLongWait } from './duration';
import { planTypes, type ProcedureData, type ProcedurePlan, type ProcedureStep } from './schema';
import type { PaymentType } from './vocabulary';
import { isWaitingStep, waitingOf } from './waiting';

/** A procedure's checklist: the payment types a reader chooses from, the plans they come from, and the items. */
export interface ProcedureChecklist {
	/** Every payment type of the PG's plans, in vocabulary order. */
	types: PaymentType[];
	plans: ProcedurePlan[];
	items: ChecklistItemData[];
}

/**
 * A procedure's checklist: one item per step, in order, each for the payment types of its plans. Dates are shown
 * where they are waited for:
 * - a waiting step's duration, on that step, once the step shown before it is ticked (e.g. the application sent →
 *   when the contract mail is expected); nothing when the duration is not known;
 * - a step's deadline, on that step, once the step it counts from is ticked (e.g. 계약완료 ticked → the temporary
 *   MID's last day). A deadline of a step where the merchant waits is when the wait should end, an expected date;
 *   any other is a hard limit, and an expected date after it is warned about.
 * Each item carries a fingerprint of what it says, so that a tick made before the step changed is pointed out.
 */
export function checklistOf(procedure: ProcedureData): ProcedureChecklist {
	const typesOf = (plans: readonly string[]) => normalTypes(procedure.plans.filter((plan) => plans.includes(plan.id)).flatMap(planTypes)) ?? undefined;
	const items = procedure.steps.map((step): ChecklistItemData => {
		const wait = waitOf(step);
		const due = dueOf(step);
		const item = { id: step.id, label: step.label, section: step.section, note: step.note, waiting: waitingOf(procedure, step) };
		return {
			...item,
			applies: step.plans && typesOf(step.plans),
			wait,
			due,
			// What the reader reads of the step; an item with none of these dates keeps the fingerprint it always had.
			fingerprint: fingerprint([item.label, item.note, item.waiting?.check, item.waiting?.contacts, item.section, step.plans, wait || due ? { wait, due } : undefined]),
			longWait: isLongWait(step) || undefined,
		};
	});
	return { types: typesOf(procedure.plans.map((plan) => plan.id)) ?? [], plans: procedure.plans, items };
}

function waitOf(step: ProcedureStep): WaitRule | undefined {
	if (!isWaitingStep(step) || !step.duration || 'unknown' in step.duration) return undefined;
	const { after, upTo } = durationPeriods(step.duration);
	return { after, upTo };
}

function dueOf(step: ProcedureStep): DueRule | undefined {
	if (!step.deadline) return undefined;
	return { from: step.deadline.after, after: deadlinePeriod(step.deadline), label: step.deadline.label, deadline: !step.waiting };
}
