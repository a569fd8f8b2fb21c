import { describe, expect, it } from 'vitest';
import { firstPaymentText, firstPaymentWait, instantOpenSteps } from '../../../src/lib/procedure/first-payment';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { procedureInput } from './fixture';

type Input = ReturnType<typeof procedureInput>;
const parse = (change: (input: Input) => void = () => {}) => {
	const input = procedureInput();
	change(input);
	return procedureSchema.parse(input);
};
/** The fixture with a 바로오픈 fact pointing at its `instant` step. */
const withInstantOpen = (value: 'yes' | 'conditional' | 'no') => (input: Input) =>
	Object.assign(input.compare, { instantOpen: { value, text: '계약완료 즉시', step: 'instant', source: 'contract', evidence: '한 달' } });

describe('firstPaymentWait', () => {
	it('adds up the waits of the usual path in business days: 2~3영업일 and 2주', () => {
		const wait = firstPaymentWait(parse())!;
		expect(wait.waits.map((item) => item.step.id)).toEqual(['contract-mail', 'review']);
		expect(wait).toMatchObject({ min: 12, max: 13, unknown: 0 });
		expect(firstPaymentText(wait)).toBe('약 2.5주');
	});

	it('counts a wait with no duration as unknown, never as zero days', () => {
		const wait = firstPaymentWait(parse((input) => Object.assign(input.steps[3]!, { duration: { unknown: true }, waiting: { check: '메일 확인', contacts: ['portone'] } })))!;
		expect(wait).toMatchObject({ min: 12, max: 13, unknown: 1 });
		expect(firstPaymentText(wait)).toBe('약 2.5주+α');
	});

	it('keeps "up to" and "or more" bounds: no made-up lower bound, no upper bound past "이상"', () => {
		const upTo = firstPaymentWait(parse((input) => ((input.steps[2] as { duration?: unknown }).duration = { max: 3, unit: '영업일' })))!;
		expect(upTo).toMatchObject({ min: 10, max: 13 });
		expect(firstPaymentText(upTo)).toBe('2~2.5주');
		const orMore = firstPaymentWait(parse((input) => ((input.steps[5] as { duration?: unknown }).duration = { min: 3, unit: '주' })))!;
		expect(orMore).toMatchObject({ min: 17, max: undefined });
		// A lower bound is rounded down: 17 business days is 3.4 weeks, said as "3주 이상".
		expect(firstPaymentText(orMore)).toBe('3주 이상');
	});

	it('follows the steps of the chosen payment types only', () => {
		const recurringOnly = parse((input) => (input.steps[5]!.plans = ['recurring']));
		expect(firstPaymentWait(recurringOnly)!.waits.map((item) => item.step.id)).toEqual(['contract-mail']);
		expect(firstPaymentWait(recurringOnly, { types: ['recurring'] })!.waits.map((item) => item.step.id)).toEqual(['contract-mail', 'review']);
	});

	it('with 바로오픈, ends at the 바로오픈 step; without, leaves it out; a PG without one has no such path', () => {
		const procedure = parse(withInstantOpen('yes'));
		expect([...instantOpenSteps(procedure)]).toEqual(['instant']);
		const instant = firstPaymentWait(procedure, { instantOpen: true })!;
		expect(instant.waits.map((item) => item.step.id)).toEqual(['contract-mail']);
		expect(firstPaymentText(instant)).toBe('2~3영업일');
		expect(firstPaymentWait(parse(withInstantOpen('no')), { instantOpen: true })).toBeUndefined();
		expect(firstPaymentWait(parse(), { instantOpen: true })).toBeUndefined();
	});

	it('the 바로오픈 path takes the steps right after it in the same section and plans (asking, then the answer)', () => {
		const procedure = parse((input) => {
			withInstantOpen('conditional')(input);
			input.steps.splice(5, 0, {
				id: 'instant-review',
				label: '바로오픈 검토',
				section: '계약완료',
				actor: '결제대행사',
				plans: ['general'],
				duration: { unknown: true },
				waiting: { check: '메일 확인', contacts: ['portone'] },
				source: 'contract',
				evidence: '계약 안내',
			} as never);
		});
		expect([...instantOpenSteps(procedure)]).toEqual(['instant', 'instant-review']);
		expect(firstPaymentWait(procedure)!.waits.map((item) => item.step.id)).toEqual(['contract-mail', 'review']);
		expect(firstPaymentText(firstPaymentWait(procedure, { instantOpen: true })!)).toBe('2~3영업일+α');
	});

	it('says so when nothing is waited for, or no wait has a duration', () => {
		expect(firstPaymentText({ waits: [], min: 0, max: 0, unknown: 0 })).toBe('기다리는 단계 안내 없음');
		const step = { id: 'x', label: 'x', section: 'x' };
		expect(firstPaymentText({ waits: [{ step, duration: { unknown: true } }], min: 0, max: 0, unknown: 1 })).toBe('기간 안내 없음');
	});
});
