import { describe, expect, it } from 'vitest';
import { checklistOf } from '../../../src/lib/procedure/checklist';
import { overviewOf } from '../../../src/lib/procedure/overview';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { procedureInput } from './fixture';

const procedure = () => procedureSchema.parse(procedureInput());

describe('checklistOf', () => {
	it('makes one item per step, in order, for the payment types of the step\'s plans', () => {
		const { types, plans, items } = checklistOf(procedure());
		expect(types).toEqual(['general', 'recurring']);
		expect(plans.map((plan) => plan.id)).toEqual(['general', 'recurring']);
		expect(items.map((item) => item.id)).toEqual(['prepare', 'apply', 'contract-mail', 'contract-done', 'instant', 'review']);
		expect(items[0]).toMatchObject({ label: '신청 전 준비', section: '신청-전-준비', applies: undefined });
		expect(items[4]!.applies).toEqual(['general']);
		expect(items[2]!.waiting).toMatchObject({ check: '스팸함 확인', contacts: [{ name: '포트원 고객지원', email: 'cs@portone.io' }] });
	});

	it('a plan standing for several types gives its steps every one of them', () => {
		const input = procedureInput();
		input.plans[1] = { ...input.plans[1]!, id: '정기·간편결제', types: ['recurring', 'easypay'] } as unknown as (typeof input.plans)[number];
		input.steps = input.steps.map((step) => (step.plans ? { ...step, plans: step.plans.map((plan: string) => (plan === 'recurring' ? '정기·간편결제' : plan)) } : step)) as typeof input.steps;
		const { types } = checklistOf(procedureSchema.parse(input));
		expect(types).toEqual(['general', 'recurring', 'easypay']);
	});

	it('puts a deadline on its own step, counted from the step it names', () => {
		const { items } = checklistOf(procedure());
		expect(items[4]!.due).toEqual({ from: 'contract-done', after: { months: 1 }, label: '임시 MID 기한', deadline: true });
		expect(items[5]!.due).toEqual({ from: 'review', after: { weeks: 2 }, label: '심사 끝 (예상)', deadline: true });
		expect(items[3]!.due).toBeUndefined();
	});

	it('puts a waiting step\'s duration on that step, as the window after the step before it; none for a step that does not wait', () => {
		const { items } = checklistOf(procedure());
		expect(items[2]!.wait).toEqual({ after: { businessDays: 2 }, upTo: { businessDays: 3 } });
		expect(items[1]!.wait).toBeUndefined();
	});

	it('a waiting step\'s own deadline is an expected date, and it is a long wait', () => {
		const input = procedureInput();
		input.steps[5] = { ...input.steps[5]!, waiting: { check: '사이트 확인', contacts: ['portone'] } } as (typeof input.steps)[number];
		const { items } = checklistOf(procedureSchema.parse(input));
		expect(items[5]!.due).toEqual({ from: 'review', after: { weeks: 2 }, label: '심사 끝 (예상)', deadline: false });
		expect(items[5]!.longWait).toBe(true);
		// 2~3 business days is not a long wait.
		expect(items[2]!.longWait).toBeUndefined();
	});

	it('fingerprints what each step says: a changed label changes its fingerprint only', () => {
		const before = checklistOf(procedure()).items;
		const input = procedureInput();
		input.steps[3] = { ...input.steps[3]!, label: '계약완료 (바뀐 문구)' };
		const after = checklistOf(procedureSchema.parse(input)).items;
		expect(after.map((item, index) => item.fingerprint !== before[index]!.fingerprint)).toEqual([false, false, false, true, false, false]);
	});
});

describe('overviewOf', () => {
	it('states who acts, how long, the plans a step is limited to, its deadline and what to do while waiting', () => {
		const steps = overviewOf(procedure());
		expect(steps[2]).toMatchObject({ actor: '결제대행사', duration: '2~3영업일', waiting: { check: '스팸함 확인', contacts: [{ name: '포트원 고객지원', email: 'cs@portone.io' }] } });
		expect(steps[4]).toMatchObject({ plans: ['일반결제'], deadline: "임시 MID 기한: '계약완료' 날부터 1개월" });
		expect(steps[5]!.deadline).toBe('심사 끝 (예상): 이 단계를 마친 날부터 2주');
		expect(steps[0]!.plans).toBeUndefined();
	});

	it('tags no plan on a step that lists every plan', () => {
		const input = procedureInput();
		input.steps[1] = { ...input.steps[1]!, plans: ['general', 'recurring'] } as (typeof input.steps)[number];
		expect(overviewOf(procedureSchema.parse(input))[1]!.plans).toBeUndefined();
	});
});
