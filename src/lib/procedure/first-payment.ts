import { planTypes, type Duration, type DurationUnit, type ProcedureData, type ProcedureStep } from './schema';
import type { PaymentType } from './vocabulary';

/**
 * How long a merchant waits, from applying to the first real payment, by the procedure's own steps: the waits (steps
 * with a duration) on the path of the chosen payment types, added up in business days. A wait the help center gives
 * no duration for is counted, not guessed, so that a total with one says "at least".
 */

/** Business days in one of each unit: a week is five, a month about 21, a calendar day 5/7. */
const BUSINESS_DAYS: Record<DurationUnit, number> = { 영업일: 1, 일: 5 / 7, 주: 5, 개월: 21 };

export interface Wait {
	step: Pick<ProcedureStep, 'id' | 'label' | 'section'>;
	duration: Duration;
}

export interface FirstPaymentWait {
	/** The waits on the path, in step order. */
	waits: Wait[];
	/** Business days at least, over the waits with a duration ("3영업일 내" counts 0). */
	min: number;
	/** Business days at most, over the waits with a duration; absent when one has no upper bound ("3주 이상"). */
	max?: number | undefined;
	/** How many waits have no duration in the help center: each adds an unknown time. */
	unknown: number;
}

/**
 * The steps of the 바로오픈 path: the step the procedure's 바로오픈 fact names and the steps right after it in the
 * same guide section for the same plans (asking for it, then the PG's answer). Empty when the PG has none.
 */
export function instantOpenSteps(procedure: ProcedureData): Set<string> {
	const fact = procedure.compare.instantOpen;
	const start = procedure.steps.findIndex((step) => step.id === fact?.step);
	if (!fact || start < 0 || (fact.value !== 'yes' && fact.value !== 'conditional')) return new Set();
	const first = procedure.steps[start]!;
	const samePlans = (step: ProcedureStep) => String(step.plans ?? []) === String(first.plans ?? []);
	const ids = [first.id];
	for (const step of procedure.steps.slice(start + 1)) {
		if (step.section !== first.section || !samePlans(step)) break;
		ids.push(step.id);
	}
	return new Set(ids);
}

/**
 * The waits before the first real payment for `types` (default: 일반결제). On the usual path the 바로오픈 steps are
 * left out; with `instantOpen`, the path ends with them (a PG whose 바로오픈 is "yes" or "conditional": undefined
 * for the others).
 * @example firstPaymentWait(kcp) // { waits: [계약 안내 메일, 계약완료, 카드사 심사], min: 12, max: undefined, unknown: 1 }
 */
export function firstPaymentWait(
	procedure: ProcedureData,
	{ types = ['general'], instantOpen = false }: { types?: readonly PaymentType[]; instantOpen?: boolean } = {},
): FirstPaymentWait | undefined {
	const instant = instantOpenSteps(procedure);
	if (instantOpen && instant.size === 0) return undefined;
	const plans = new Set(procedure.plans.filter((plan) => planTypes(plan).some((type) => types.includes(type as PaymentType))).map((plan) => plan.id));
	const applies = (step: ProcedureStep) => !step.plans || step.plans.some((plan) => plans.has(plan));
	const lastInstant = procedure.steps.findLastIndex((step) => instant.has(step.id));
	const path = procedure.steps.filter((step, index) => applies(step) && (instantOpen ? index <= lastInstant : !instant.has(step.id)));
	const waits = path.flatMap((step) => (step.duration ? [{ step: { id: step.id, label: step.label, section: step.section }, duration: step.duration }] : []));
	let min = 0;
	let max: number | undefined = 0;
	let unknown = 0;
	for (const { duration } of waits) {
		if ('unknown' in duration) {
			unknown += 1;
			continue;
		}
		const days = BUSINESS_DAYS[duration.unit];
		min += (duration.min ?? 0) * days;
		max = max === undefined || duration.max === undefined ? undefined : max + duration.max * days;
	}
	return { waits, min, max, unknown };
}

const halves = (weeks: number, round: (value: number) => number) => round(weeks * 2) / 2;

/** Business days in words: days under two weeks, else weeks to the half (rounded down for a lower bound). */
function daysText(days: number, round: (value: number) => number = Math.round): string {
	return days < 10 ? `${Math.round(days)}영업일` : `${halves(days / 5, round)}주`;
}

/** A range of business days in words, sharing the unit: `2~3영업일`, `약 2.5주`, `3영업일 이내`, `2주 이상`. */
function rangeText(min: number, max: number | undefined): string {
	if (max === undefined) return `${daysText(min, Math.floor)} 이상`;
	if (min === 0) return `${daysText(max)} 이내`;
	const [low, high] = [daysText(min), daysText(max)];
	if (low === high) return `약 ${low}`;
	const unit = ['영업일', '주'].find((suffix) => low.endsWith(suffix) && high.endsWith(suffix));
	return unit ? `${low.slice(0, -unit.length)}~${high}` : `${low}~${high}`;
}

/**
 * The wait in a few words, for a table cell: the waits with a duration added up, and `+α` when some wait has none
 * (the help center does not say how long it takes).
 * @example firstPaymentText({ waits: [mail, done, review], min: 12, max: 13, unknown: 1 }) // '약 2.5주+α'
 * @example firstPaymentText({ waits: [mail, review], min: 10, max: 15, unknown: 0 }) // '2~3주'
 * @example firstPaymentText({ waits: [mail], min: 0, max: 3, unknown: 0 }) // '3영업일 이내'
 * @example firstPaymentText({ waits: [done], min: 0, max: 0, unknown: 1 }) // '기간 안내 없음'
 * @example firstPaymentText({ waits: [], min: 0, max: 0, unknown: 0 }) // '기다리는 단계 안내 없음'
 */
export function firstPaymentText({ waits, min, max, unknown }: FirstPaymentWait): string {
	if (waits.length === 0) return '기다리는 단계 안내 없음';
	if (unknown === waits.length) return '기간 안내 없음';
	return `${rangeText(min, max)}${unknown > 0 ? '+α' : ''}`;
}
