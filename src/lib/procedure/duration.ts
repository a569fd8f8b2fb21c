import type { Period } from '../dates';
import type { DEADLINE_UNITS, Duration, DurationUnit, KnownDuration, ProcedureStep } from './schema';

/**
 * How long a step takes, as Korean readers write it.
 * @example durationText({ min: 2, max: 3, unit: '영업일' }) // '2~3영업일'
 * @example durationText({ min: 2, max: 2, unit: '주' }) // '약 2주'
 * @example durationText({ max: 3, unit: '영업일' }) // '3영업일 이내'
 * @example durationText({ min: 3, unit: '주' }) // '3주 이상'
 * @example durationText({ unknown: true }) // '기간 안내 없음'
 */
export function durationText(duration: Duration): string {
	if ('unknown' in duration) return '기간 안내 없음';
	const { min, max, unit } = duration;
	if (min === undefined) return `${max}${unit} 이내`;
	if (max === undefined) return `${min}${unit} 이상`;
	return min === max ? `약 ${min}${unit}` : `${min}~${max}${unit}`;
}

const PERIOD_FIELD = { 일: 'days', 주: 'weeks', 개월: 'months' } as const satisfies Record<(typeof DEADLINE_UNITS)[number], keyof Period>;

/**
 * A deadline's distance as a calendar period, for date arithmetic.
 * @example deadlinePeriod({ amount: 1, unit: '개월' }) // { months: 1 }
 */
export function deadlinePeriod({ amount, unit }: { amount: number; unit: (typeof DEADLINE_UNITS)[number] }): Period {
	return { [PERIOD_FIELD[unit]]: amount };
}

/**
 * A deadline's distance in words.
 * @example deadlineText({ amount: 1, unit: '개월' }) // '1개월'
 */
export const deadlineText = ({ amount, unit }: { amount: number; unit: string }) => `${amount}${unit}`;

const DURATION_FIELD = { 영업일: 'businessDays', 일: 'days', 주: 'weeks', 개월: 'months' } as const satisfies Record<DurationUnit, keyof Period>;

/**
 * A known duration as the periods of its first and last day, for date arithmetic (business days skip holidays):
 * `after` is absent when the article gives no earliest day ("up to"), `upTo` when it gives no latest ("or more").
 * @example durationPeriods({ min: 2, max: 3, unit: '영업일' }) // { after: { businessDays: 2 }, upTo: { businessDays: 3 } }
 * @example durationPeriods({ min: 2, max: 2, unit: '주' }) // { after: { weeks: 2 }, upTo: { weeks: 2 } }
 * @example durationPeriods({ max: 3, unit: '영업일' }) // { upTo: { businessDays: 3 } }
 */
export function durationPeriods({ min, max, unit }: KnownDuration): { after?: Period; upTo?: Period } {
	const field = DURATION_FIELD[unit];
	return { ...(min !== undefined && { after: { [field]: min } }), ...(max !== undefined && { upTo: { [field]: max } }) };
}

/** A week or more of waiting: long enough for a browser to forget what it stored (Safari: 7 days without a visit). */
export function isLongWait(step: Pick<ProcedureStep, 'waiting' | 'duration'>): boolean {
	if (!step.waiting || !step.duration || 'unknown' in step.duration) return false;
	const { min, max = min!, unit } = step.duration;
	return unit === '주' || unit === '개월' || (unit === '일' && max >= 7) || (unit === '영업일' && max >= 5);
}
