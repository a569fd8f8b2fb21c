import { describe, expect, it } from 'vitest';
import { deadlinePeriod, durationText } from '../../../src/lib/procedure/duration';

describe('durationText', () => {
	it.each([
		[{ min: 2, max: 3, unit: '영업일' as const }, '2~3영업일'],
		[{ min: 2, max: 2, unit: '주' as const }, '약 2주'],
		[{ min: 1, max: 1, unit: '개월' as const }, '약 1개월'],
		[{ unknown: true as const }, '기간 안내 없음'],
	])('%j → %s', (duration, text) => expect(durationText(duration)).toBe(text));
});

describe('deadlinePeriod', () => {
	it.each([
		[{ amount: 1, unit: '개월' as const }, { months: 1 }],
		[{ amount: 2, unit: '주' as const }, { weeks: 2 }],
		[{ amount: 10, unit: '일' as const }, { days: 10 }],
	])('%j → %j', (deadline, period) => expect(deadlinePeriod(deadline)).toEqual(period));
});
