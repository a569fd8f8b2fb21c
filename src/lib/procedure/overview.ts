import { deadlineText, durationText } from './duration';
import type { ProcedureData } from './schema';
import { waitingOf, type WaitingView } from './waiting';

/** A step as the overview at the top of a guide shows it. */
export interface OverviewStep {
	id: string;
	label: string;
	/** The heading id in the guide. */
	section: string;
	actor: string;
	/** E.g. `2~3영업일`. */
	duration?: string | undefined;
	/** The labels of the plans the step is limited to; absent when it applies to every plan. */
	plans?: string[] | undefined;
	/** E.g. `바로오픈 MID 사용 기한: '계약완료' 날부터 1개월`. */
	deadline?: string | undefined;
	waiting?: WaitingView | undefined;
	/** Another article of this site that details the step. */
	page?: string | undefined;
}

/**
 * The steps of a procedure, in order, in words.
 * @example overviewOf(procedure)[0] // { id: 'prepare', label: '신청 전 준비 — …', section: '신청-전-준비', actor: '가맹점', … }
 */
export function overviewOf(procedure: ProcedureData): OverviewStep[] {
	const planLabel = new Map(procedure.plans.map((plan) => [plan.id, plan.label]));
	const stepLabel = new Map(procedure.steps.map((step) => [step.id, step.label]));
	const allPlans = procedure.plans.length;
	return procedure.steps.map((step) => {
		const { deadline } = step;
		const from = deadline && (deadline.after === step.id ? '이 단계를 마친 날' : `'${stepLabel.get(deadline.after)}' 날`);
		return {
			id: step.id,
			label: step.label,
			section: step.section,
			actor: step.actor,
			duration: step.duration && durationText(step.duration),
			// A step listing every plan applies to every plan: no tag.
			plans: step.plans && step.plans.length < allPlans ? step.plans.map((plan) => planLabel.get(plan)!) : undefined,
			deadline: deadline && `${deadline.label}: ${from}부터 ${deadlineText(deadline)}`,
			waiting: waitingOf(procedure, step),
			page: step.page,
		};
	});
}
