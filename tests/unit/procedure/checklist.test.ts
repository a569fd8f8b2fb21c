import { describe, expect, it } from 'vitest';
import { checklistOf } from '../../../src/lib/procedure/checklist';
import { overviewOf } from '../../../src/lib/procedure/overview';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { procedureInput } from './fixture';

const procedure = () => procedureSchema.parse(procedureInput());

describe('checklistOf', () => {
	it('makes one item per step, in order, limited to the step\'s plans', () => {
		const { plans, items } = checklistOf(procedure());
		expect(plans.map((plan) => plan.id)).toEqual(['general', 'recurring']);
		expect(items.map((item) => item.id)).toEqual(['prepare', 'apply', 'contract-mail', 'contract-done', 'instant', 'review']);
		expect(items[0]).toMatchObject({ label: '신청 전 준비', section: '신청-전-준비', applies: undefined });
		expect(items[4]!.applies).toEqual(['general']);
	});

	it('puts a deadline on the step it counts from, for the deadline step\'s plans', () => {
		const { items } = checklistOf(procedure());
		expect(items[3]!.due).toEqual({ after: { months: 1 }, label: '임시 MID 기한', applies: ['general'] });
		expect(items[5]!.due).toEqual({ after: { weeks: 2 }, label: '심사 끝 (예상)', applies: undefined });
		expect(items[4]!.due).toBeUndefined();
	});
});

describe('overviewOf', () => {
	it('states who acts, how long, the plans a step is limited to, its deadline and what to do while waiting', () => {
		const steps = overviewOf(procedure());
		expect(steps[2]).toMatchObject({ actor: '결제대행사', duration: '2~3영업일', waiting: { check: '스팸함 확인', contact: '포트원 고객지원팀' } });
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
