import { describe, expect, it } from 'vitest';
import { formatSeoulDate, seoulDay } from '../../../src/lib/dates';

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
