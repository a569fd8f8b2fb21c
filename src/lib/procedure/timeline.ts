import { durationText } from './duration';
import type { KnownDuration, ProcedureData, ProcedureStep } from './schema';
import type { PaymentType } from './vocabulary';
import { isWaitingStep } from './waiting';

/**
 * How long until a merchant takes a first real payment, read off a procedure's steps: the waits (steps someone
 * else acts on, or that take a stated while) on the way, for the payment types the merchant follows. The merchant's
 * own work (preparing the site, developing) is not counted: it goes at the merchant's pace. A wait whose duration the
 * help center does not state is named, never guessed. Pure, and free of the schema's validator and the vocabulary's
 * lists, so that the chooser runs it in the browser (sharing no module with the checklist's first paint) and /compare/
 * at build time.
 */

/** What a timeline reads of a procedure. */
export interface TimelineProcedure {
	plans: readonly { id: string; types?: readonly PaymentType[] | undefined }[];
	steps: readonly Pick<ProcedureStep, 'id' | 'label' | 'actor' | 'plans' | 'duration'>[];
	compare: {
		instantOpen?: { value: NonNullable<ProcedureData['compare']['instantOpen']>['value']; step?: string | undefined } | undefined;
		cardReview?: { step?: string | undefined } | undefined;
	};
}

export interface TimelineStep {
	id: string;
	label: string;
}

export interface TimelineWait extends TimelineStep {
	duration: KnownDuration;
}

/** Calendar days: `max` is absent when a wait on the way has no stated end ("3주 이상"). */
export interface CalendarDays {
	min: number;
	max?: number | undefined;
}

/** The waits on the way to a point of the procedure. */
export interface TimelinePath {
	/** The payment types that are live at its end. */
	types: PaymentType[];
	/** Waits with a stated duration, in step order. */
	waits: TimelineWait[];
	/** Waits the help center gives no duration for, in step order. */
	unstated: TimelineStep[];
	/** The stated waits added up. */
	days: CalendarDays;
}

export interface Timeline {
	/** Until the first real payment of any of the types: through 바로오픈 where it applies to one of them. */
	first: TimelinePath;
	/** True when `first` goes through 바로오픈 (the PG's named service of taking payments before the card review). */
	instantOpen: boolean;
	/** Until every one of the types is live. */
	all: TimelinePath;
	/**
	 * Whether a card review is waited for on the way (`applies`), the procedure has a card-review step with no wait
	 * after it (`none`: payments are taken without waiting for one), or the procedure does not say (`unknown`).
	 */
	cardReview: 'applies' | 'none' | 'unknown';
}

/**
 * The timeline of `procedure` for a merchant following `types` (every type of its plans when none is given).
 * @example paymentTimeline(procedure, ['general']).first.days // { min: 16, max: 19 } for 2~3영업일 + 2주
 */
export function paymentTimeline(procedure: TimelineProcedure, types: readonly PaymentType[] = []): Timeline {
	const offered = offeredTypes(procedure);
	const wanted = types.length > 0 ? offered.filter((type) => types.includes(type)) : offered;
	const chosen = wanted.length > 0 ? wanted : offered;
	const instant = instantChain(procedure);
	const all = pathOf(stepsFor(procedure, chosen).filter((step) => !instant.includes(step.id)), chosen);
	const firsts = chosen.map((type) => {
		const steps = stepsFor(procedure, [type]);
		// 바로오픈 for this type: payments start once its steps are through, whatever comes after.
		const viaInstant = steps.some((step) => step.id === instant[0]);
		const opens = Math.max(...instant.map((id) => steps.findIndex((step) => step.id === id)));
		const on = viaInstant ? steps.slice(0, opens + 1) : steps.filter((step) => !instant.includes(step.id));
		return { path: pathOf(on, [type]), viaInstant };
	});
	const first = firsts.reduce((best, next) => (earlier(next.path, best.path) ? next : best));
	return { first: first.path, instantOpen: first.viaInstant, all, cardReview: cardReviewOf(procedure, chosen) };
}

/**
 * The payment types a plan stands for: its `types`, or the type its id names (as the schema's `planTypes`, which the
 * browser cannot import without the schema's validator).
 * @example typesOfPlan({ id: 'recurring' }) // ['recurring']
 * @example typesOfPlan({ id: '정기·간편결제', types: ['recurring', 'easypay'] }) // ['recurring', 'easypay']
 */
export const typesOfPlan = (plan: { id: string; types?: readonly PaymentType[] | undefined }): readonly string[] => plan.types ?? [plan.id];

/** Every payment type of the procedure's plans, in the order they first appear. */
export function offeredTypes(procedure: Pick<TimelineProcedure, 'plans'>): PaymentType[] {
	return [...new Set(procedure.plans.flatMap((plan) => typesOfPlan(plan) as PaymentType[]))];
}

/** The steps a merchant following `types` goes through: those for every plan, and those of a plan with one of the types. */
function stepsFor(procedure: TimelineProcedure, types: readonly PaymentType[]) {
	const plans = new Set(procedure.plans.filter((plan) => typesOfPlan(plan).some((type) => types.includes(type as PaymentType))).map((plan) => plan.id));
	return procedure.steps.filter((step) => !step.plans || step.plans.some((plan) => plans.has(plan)));
}

/**
 * A step and the waits right after it for the same plans (requesting the card review, then waiting for it; asking
 * for 바로오픈, then the PG's look at it), as step ids.
 */
function chainFrom(procedure: TimelineProcedure, id: string | undefined): string[] {
	const start = procedure.steps.findIndex((step) => step.id === id);
	if (start === -1) return [];
	const first = procedure.steps[start]!;
	const samePlans = (step: TimelineProcedure['steps'][number]) => String(step.plans ?? '') === String(first.plans ?? '');
	const chain = [first.id];
	for (const step of procedure.steps.slice(start + 1)) {
		if (!isWaitingStep(step) || !samePlans(step)) break;
		chain.push(step.id);
	}
	return chain;
}

/** 바로오픈's steps, when the PG offers it (`conditional` included: its text says on what terms). */
function instantChain(procedure: TimelineProcedure): string[] {
	const { instantOpen } = procedure.compare;
	return instantOpen && (instantOpen.value === 'yes' || instantOpen.value === 'conditional') ? chainFrom(procedure, instantOpen.step) : [];
}

function cardReviewOf(procedure: TimelineProcedure, types: readonly PaymentType[]): Timeline['cardReview'] {
	const steps = stepsFor(procedure, types);
	const chain = chainFrom(procedure, procedure.compare.cardReview?.step).filter((id) => steps.some((step) => step.id === id));
	if (chain.length > 0) return chain.some((id) => isWaitingStep(steps.find((step) => step.id === id)!)) ? 'applies' : 'none';
	return steps.some((step) => step.actor === '카드사·원천사') ? 'applies' : 'unknown';
}

function pathOf(steps: TimelineProcedure['steps'], types: PaymentType[]): TimelinePath {
	const waits: TimelineWait[] = [];
	const unstated: TimelineStep[] = [];
	for (const step of steps) {
		if (!isWaitingStep(step)) continue;
		if (step.duration && !('unknown' in step.duration)) waits.push({ id: step.id, label: step.label, duration: step.duration });
		else unstated.push({ id: step.id, label: step.label });
	}
	return { types, waits, unstated, days: calendarDays(waits.map((wait) => wait.duration)) };
}

/** Sooner: fewer days at most (no end is last), then fewer waits of unstated length, then fewer days at least. */
function earlier(a: TimelinePath, b: TimelinePath): boolean {
	const key = (path: TimelinePath) => [path.days.max ?? Number.POSITIVE_INFINITY, path.unstated.length, path.days.min];
	const [x, y] = [key(a), key(b)];
	for (let index = 0; index < x.length; index++) if (x[index] !== y[index]) return x[index]! < y[index]!;
	return false;
}

/** Calendar days per unit; business days add up before they are turned into days (see `calendarDays`). */
const DAYS_PER_UNIT = { 일: 1, 주: 7, 개월: 30 } as const;

/**
 * Waits added up in calendar days. Business days count first, then become days: at least as many, at most with
 * a weekend for every five begun (3영업일 → 3~5일, 10영업일 → 10~14일). "Up to N" adds nothing to the least;
 * "N or more" leaves the most open.
 * @example calendarDays([{ min: 2, max: 3, unit: '영업일' }, { min: 2, max: 2, unit: '주' }]) // { min: 16, max: 19 }
 */
export function calendarDays(durations: readonly KnownDuration[]): CalendarDays {
	let business = { min: 0, max: 0 as number | undefined };
	let days = { min: 0, max: 0 as number | undefined };
	for (const { min = 0, max, unit } of durations) {
		const add = (total: typeof days, factor: number) => ({ min: total.min + min * factor, max: total.max === undefined || max === undefined ? undefined : total.max + max * factor });
		if (unit === '영업일') business = add(business, 1);
		else days = add(days, DAYS_PER_UNIT[unit]);
	}
	const weekendsUpTo = (count: number) => count + 2 * Math.ceil(count / 5);
	return {
		min: business.min + days.min,
		max: business.max === undefined || days.max === undefined ? undefined : weekendsUpTo(business.max) + days.max,
	};
}

/**
 * A path in words: its waits added (`2~3영업일 + 약 2주`), or that nothing is waited for with a stated length.
 * @example waitsText(path) // '2~3영업일 + 약 2주'
 */
export function waitsText(path: Pick<TimelinePath, 'waits'>): string {
	return path.waits.map((wait) => durationText(wait.duration)).join(' + ');
}

/**
 * Calendar days in words.
 * @example daysText({ min: 16, max: 19 }) // '16~19일'
 * @example daysText({ min: 14 }) // '14일 이상'
 * @example daysText({ min: 0, max: 5 }) // '5일 이내'
 */
export function daysText({ min, max }: CalendarDays): string {
	if (max === undefined) return `${min}일 이상`;
	if (min === 0) return max === 0 ? '기다림 없음' : `${max}일 이내`;
	return min === max ? `${min}일` : `${min}~${max}일`;
}

/**
 * How soon, in a few words: the stated waits in calendar days, and how many waits the help center gives no length for.
 * @example soonText(path) // '16~19일' or '16~19일 + 기간 안내 없는 단계 1개'
 */
export function soonText({ waits, unstated, days }: Pick<TimelinePath, 'waits' | 'unstated' | 'days'>): string {
	const unknown = unstated.length > 0 ? `기간 안내 없는 단계 ${unstated.length}개` : '';
	if (waits.length === 0) return unknown || '기다리는 단계 없음';
	return unknown ? `${daysText(days)} + ${unknown}` : daysText(days);
}
