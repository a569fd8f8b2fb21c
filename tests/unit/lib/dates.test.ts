import { describe, expect, it } from 'vitest';
import { addToSeoulDay, formatSeoulDate, formatSeoulDay, seoulDay } from '../../../src/lib/dates';

describe('dates in Asia/Seoul', () => {
	it('shows the guide’s 2024-01-25T15:00Z as 26 January in Seoul', () => {
		const date = new Date('2024-01-25T15:00:00.000Z');
		expect(formatSeoulDate(date)).toBe('2024년 1월 26일');
		expect(seoulDay(date)).toBe('2024-01-26');
	});

	it('keeps the same day before Seoul midnight', () => {
		expect(seoulDay(new Date('2024-01-25T14:59:59Z'))).toBe('2024-01-25');
	});
});

describe('Seoul calendar arithmetic', () => {
	it('adds calendar months, clamping to the month’s last day', () => {
		expect(addToSeoulDay('2024-01-26', { months: 1 })).toBe('2024-02-26');
		expect(addToSeoulDay('2024-01-31', { months: 1 })).toBe('2024-02-29');
		expect(addToSeoulDay('2023-01-31', { months: 1 })).toBe('2023-02-28');
		expect(addToSeoulDay('2024-12-15', { months: 1 })).toBe('2025-01-15');
	});

	it('adds weeks and days across months and years', () => {
		expect(addToSeoulDay('2024-01-26', { weeks: 2 })).toBe('2024-02-09');
		expect(addToSeoulDay('2024-12-25', { weeks: 1, days: 1 })).toBe('2025-01-02');
	});

	it('counts business days past weekends and the given holidays (설날 2026: 2월 16~18일)', () => {
		const seollal = new Set(['2026-02-16', '2026-02-17', '2026-02-18']);
		expect(addToSeoulDay('2026-02-13', { businessDays: 1 }, seollal)).toBe('2026-02-19');
		expect(addToSeoulDay('2026-02-13', { businessDays: 3 }, seollal)).toBe('2026-02-23');
		// Without the holidays only the weekend is skipped.
		expect(addToSeoulDay('2026-02-13', { businessDays: 1 })).toBe('2026-02-16');
		// From a Saturday, Monday is the first business day.
		expect(addToSeoulDay('2024-01-27', { businessDays: 1 })).toBe('2024-01-29');
	});

	it('formats a Seoul day in Korean', () => {
		expect(formatSeoulDay('2024-02-29')).toBe('2024년 2월 29일');
	});
});
