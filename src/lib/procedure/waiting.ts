import type { ProcedureData, ProcedureStep } from './schema';

/**
 * A step where the merchant waits: someone else acts on it, or it takes a stated while. Such a step is where a
 * reader asks "how long, and whom do I call when it takes longer?".
 */
export const isWaitingStep = (step: Pick<ProcedureStep, 'actor' | 'duration'>) => step.actor !== '가맹점' || step.duration !== undefined;

/**
 * What a procedure leaves a waiting reader without, each naming file and step: a waiting step needs a duration (or
 * `{ unknown: true }`, shown as "기간 안내 없음") and `waiting.contacts` (keys of `contacts`).
 */
export function waitingProblems(file: string, procedure: ProcedureData): string[] {
	return procedure.steps.filter(isWaitingStep).flatMap((step) => [
		...(step.duration ? [] : [`${file} steps.${step.id}.duration: 기다리는 단계입니다. 걸리는 기간을 쓰거나, 도움말에 없으면 { unknown: true }로 쓰세요`]),
		...(step.waiting ? [] : [`${file} steps.${step.id}.waiting: 기다리는 단계입니다. 늦어지면 확인할 것(check)과 물어볼 곳(contacts: contacts의 id)을 쓰세요`]),
	]);
}

/** Whom to ask, as a page shows it: a name and the ways to reach them (a phone number becomes a `tel:` link). */
export interface ContactView {
	name: string;
	phone?: string | undefined;
	email?: string | undefined;
	url?: string | undefined;
	hours?: string | undefined;
	menu?: string | undefined;
}

/** What a waiting reader should check, and whom to ask, with the step's contacts looked up. */
export interface WaitingView {
	check: string;
	contacts: ContactView[];
}

/** A step's waiting advice, with its contacts looked up. */
export function waitingOf(procedure: Pick<ProcedureData, 'contacts'>, step: Pick<ProcedureStep, 'waiting'>): WaitingView | undefined {
	const { waiting } = step;
	if (!waiting) return undefined;
	const contacts = waiting.contacts.map((key) => {
		const { name, phone, email, url, hours, menu } = procedure.contacts[key]!;
		return { name, phone, email, url, hours, menu };
	});
	return { check: waiting.check, contacts };
}
