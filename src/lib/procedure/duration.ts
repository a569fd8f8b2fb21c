import type { Period } from '../dates';
import type { DEADLINE_UNITS, Duration } from './schema';

/**
 * How long a step takes, as Korean readers write it.
 * @example durationText({ min: 2, max: 3, unit: '영업일' }) // '2~3영업일'
 * @example durationText({ min: 2, max: 2, unit: '주' }) // '약 2주'
 * @example durationText({ unknown: true }) // '기간 안내 없음'
 */
export function durationText(duration: Duration): string {
	if ('unknown' in duration) return '기간 안내 없음';
	const { min, max, unit } = duration;
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
