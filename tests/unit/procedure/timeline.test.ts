import { describe, expect, it } from 'vitest';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { calendarDays, daysText, paymentTimeline, soonText, waitsText } from '../../../src/lib/procedure/timeline';
import { procedureInput } from './fixture';

/** The fixture: 신청 → 계약 안내 메일 (2~3영업일) → 계약완료 (PG, no duration) → 임시 MID (일반결제) → 카드사 심사 (2주). */
const procedure = (compare: Record<string, unknown> = {}, steps?: unknown[]) => {
	const input = procedureInput();
	return procedureSchema.parse({ ...input, ...(steps && { steps }), compare: { ...input.compare, ...compare } });
};
const ids = (list: { id: string }[]) => list.map((step) => step.id);
const INSTANT = { instantOpen: { value: 'yes', text: '계약 즉시', step: 'instant', source: 'contract' } };

describe('paymentTimeline', () => {
	it('adds up the waits on the way and names the one the help center gives no length for; the merchant\'s own steps count nothing', () => {
		const { first, all, instantOpen } = paymentTimeline(procedure(), ['general']);
		expect(instantOpen).toBe(false);
		expect(ids(first.waits)).toEqual(['contract-mail', 'review']);
		expect(ids(first.unstated)).toEqual(['contract-done']);
		expect(first.days).toEqual({ min: 16, max: 19 });
		expect(waitsText(first)).toBe('2~3영업일 + 약 2주');
		expect(all).toEqual(first);
	});

	it('with 바로오픈 the first payment comes after its step, not after the card review, which is still on the way to everything', () => {
		for (const value of ['yes', 'conditional']) {
			const timeline = paymentTimeline(procedure({ instantOpen: { ...INSTANT.instantOpen, value } }), ['general']);
			expect(timeline.instantOpen).toBe(true);
			expect(ids(timeline.first.waits)).toEqual(['contract-mail']);
			expect(timeline.first.days).toEqual({ min: 2, max: 5 });
			expect(ids(timeline.all.waits)).toEqual(['contract-mail', 'review']);
		}
		// Not a PG's 바로오픈, or not for the types followed: the card review stays on the way.
		expect(paymentTimeline(procedure({ instantOpen: { ...INSTANT.instantOpen, value: 'no' } }), ['general']).instantOpen).toBe(false);
		expect(paymentTimeline(procedure(INSTANT), ['recurring']).instantOpen).toBe(false);
	});

	it('바로오픈 the PG looks at first: the wait right after the request, for the same plans, is part of it', () => {
		const input = procedureInput();
		const steps = [
			...input.steps.slice(0, 5),
			{ id: 'instant-look', label: 'PG의 검토', section: '계약완료', actor: '결제대행사', plans: ['general'], duration: { max: 3, unit: '영업일' }, source: 'contract' },
			input.steps[5],
		];
		const { first } = paymentTimeline(procedure(INSTANT, steps), ['general']);
		expect(ids(first.waits)).toEqual(['contract-mail', 'instant-look']);
		expect(first.days).toEqual({ min: 2, max: 10 });
	});

	it('the first payment is that of the type live soonest; everything waits for the slowest', () => {
		const input = procedureInput();
		const steps = [...input.steps, { id: 'billing-review', label: '빌링 심사', section: '카드사-심사', actor: '결제대행사', plans: ['recurring'], duration: { min: 3, unit: '주' }, source: 'contract' }];
		const timeline = paymentTimeline(procedure({}, steps), ['general', 'recurring']);
		expect(timeline.first.types).toEqual(['general']);
		expect(timeline.all.types).toEqual(['general', 'recurring']);
		expect(ids(timeline.all.waits)).toEqual(['contract-mail', 'review', 'billing-review']);
		expect(timeline.all.days).toEqual({ min: 37, max: undefined });
		expect(daysText(timeline.all.days)).toBe('37일 이상');
		// No types: every type of the plans.
		expect(paymentTimeline(procedure({}, steps)).all.types).toEqual(['general', 'recurring']);
	});

	it('tells whether a card review is waited for: the comparison\'s step and the waits after it, else a card companies\' step', () => {
		expect(paymentTimeline(procedure({ cardReview: { text: '2주', step: 'review', source: 'contract' } })).cardReview).toBe('applies');
		expect(paymentTimeline(procedure()).cardReview).toBe('applies');
		const merchantOnly = ['prepare', 'apply', 'signup', 'develop', 'open'].map((id) => ({ id, label: id, section: '계약', actor: '가맹점', source: 'contract' }));
		expect(paymentTimeline(procedure({ cardReview: { text: '심사 없음', step: 'open', source: 'contract' } }, merchantOnly)).cardReview).toBe('none');
		expect(paymentTimeline(procedure({}, merchantOnly)).cardReview).toBe('unknown');
		expect(paymentTimeline(procedure({}, merchantOnly)).first).toMatchObject({ waits: [], unstated: [], days: { min: 0, max: 0 } });
	});
});

describe('calendarDays', () => {
	it.each([
		[[{ min: 2, max: 3, unit: '영업일' as const }, { min: 2, max: 2, unit: '주' as const }], { min: 16, max: 19 }],
		[[{ max: 3, unit: '영업일' as const }], { min: 0, max: 5 }],
		[[{ min: 10, max: 10, unit: '영업일' as const }], { min: 10, max: 14 }],
		[[{ min: 3, unit: '주' as const }], { min: 21, max: undefined }],
		[[{ min: 1, max: 1, unit: '개월' as const }, { min: 5, max: 7, unit: '일' as const }], { min: 35, max: 37 }],
		[[], { min: 0, max: 0 }],
	])('%j → %j', (durations, days) => expect(calendarDays(durations)).toEqual(days));
});

describe('daysText', () => {
	it.each([
		[{ min: 16, max: 19 }, '16~19일'],
		[{ min: 14, max: 14 }, '14일'],
		[{ min: 0, max: 5 }, '5일 이내'],
		[{ min: 21 }, '21일 이상'],
		[{ min: 0, max: 0 }, '기다림 없음'],
	])('%j → %s', (days, text) => expect(daysText(days)).toBe(text));
});

describe('soonText', () => {
	const wait = { id: 'w', label: 'w', duration: { min: 2, max: 3, unit: '영업일' as const } };
	const unstated = { id: 'u', label: 'u' };
	it.each([
		[{ waits: [], unstated: [], days: { min: 0, max: 0 } }, '기다리는 단계 없음'],
		[{ waits: [], unstated: [unstated], days: { min: 0, max: 0 } }, '기간 안내 없는 단계 1개'],
		[{ waits: [wait], unstated: [], days: { min: 2, max: 5 } }, '2~5일'],
		[{ waits: [wait], unstated: [unstated, unstated], days: { min: 2, max: 5 } }, '2~5일 + 기간 안내 없는 단계 2개'],
	])('%j → %s', (path, text) => expect(soonText(path)).toBe(text));
});
