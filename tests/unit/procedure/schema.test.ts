import { describe, expect, it } from 'vitest';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { procedureInput } from './fixture';

type Input = ReturnType<typeof procedureInput>;
const issuesOf = (change: (input: Input) => void) => {
	const input = procedureInput();
	change(input);
	const result = procedureSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('procedureSchema', () => {
	it('accepts a valid procedure and normalises its check date', () => {
		const result = procedureSchema.safeParse(procedureInput());
		expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
		expect(result.data!.checked).toBe('2026-12-01');
		expect(procedureSchema.safeParse({ ...procedureInput(), steps: procedureInput().steps.map((step, index) => (index === 2 ? { ...step, duration: { max: 3, unit: '영업일' } } : step)) }).success).toBe(true);
		expect(result.data!.compare.fees[0]!.negotiated).toBe(true);
	});

	it.each<[string, (input: Input) => void, string]>([
		['a duration unit it does not know', (input) => ((input.steps[2]!.duration as { unit: string }).unit = '시간'), 'steps.2.duration'],
		['a duration whose min exceeds its max', (input) => (input.steps[2]!.duration = { min: 4, max: 3, unit: '영업일' }), 'steps.2.duration.max: min이 max보다 큽니다'],
		['a step id used twice', (input) => (input.steps[3]!.id = 'apply'), 'steps.3.id: 단계 id "apply"가 두 번 나옵니다'],
		['a deadline after a step that does not exist', (input) => (input.steps[4]!.deadline!.after = 'signed'), 'steps.4.deadline.after: 단계 "signed"가 없습니다'],
		['a source key not in sources', (input) => (input.steps[1]!.source = 'apply-guide'), 'steps.1.source: sources에 "apply-guide"가 없습니다'],
		['a plan the procedure does not declare', (input) => (input.steps[4]!.plans = ['easypay']), 'steps.4.plans.0: plans에 없는 결제 방식 "easypay"입니다'],
		['a first step that is not 신청 전 준비', (input) => input.steps.shift(), 'steps.0.id: 첫 단계는 신청 전 준비(id "prepare")여야 합니다'],
		['two deadlines counted from one step', (input) => (input.steps[5]!.deadline!.after = 'contract-done'), 'steps.5.deadline.after: 단계 "contract-done"에는 이미 steps.4의 기한이 있습니다'],
		['a deadline in business days', (input) => ((input.steps[4]!.deadline as { unit: string }).unit = '영업일'), 'steps.4.deadline.unit'],
		['an unknown field', (input) => Object.assign(input.steps[0]!, { sectoin: 'x' }), 'steps.0: Unrecognized key'],
		['a compare entry without a source', (input) => Object.assign(input.compare.application, { source: 'nowhere' }), 'compare.application.source'],
		['a feature the filters do not know', (input) => (input.compare.features = ['포인트']), 'compare.features.0'],
		['a fee without a known source', (input) => (input.compare.fees[0]!.source = 'fees'), 'compare.fees.0.source'],
		['a source path that is not an article', (input) => (input.sources.pricing.path = 'https://help.portone.io/x'), 'sources.pricing.path'],
		['fewer than five steps', (input) => input.steps.splice(1, 2), 'steps: 단계는 5개 이상이어야 합니다'],
		['a duration with neither bound', (input) => (input.steps[2]!.duration = { unit: '영업일' } as never), 'steps.2.duration: min이나 max 가운데 하나는 있어야 합니다'],
		['a duration past what a unit allows', (input) => (input.steps[2]!.duration = { max: 1e9, unit: '일' } as never), 'steps.2.duration.max: 일 단위로는 180까지'],
		['a deadline past what a unit allows', (input) => (input.steps[4]!.deadline!.amount = 400), 'steps.4.deadline.amount: 기한이 너무 깁니다'],
		['an unquoted date (YAML reads it as a date and rolls 2026-13-45 over)', (input) => (input.checked = new Date('2027-02-14') as never), "checked: 날짜는 따옴표로 감싼 'YYYY-MM-DD'로 씁니다"],
		['a day the calendar does not have', (input) => (input.checked = '2026-13-01'), 'checked: 달력에 없는 날짜입니다'],
		['a step id an object already has', (input) => (input.steps[3]!.id = 'constructor'), 'steps.3.id: 이 id는 쓸 수 없습니다'],
		['a waiting contact not in contacts', (input) => (input.steps[2]!.waiting = { check: '확인', contacts: ['kcp'] } as never), 'steps.2.waiting.contacts.0: contacts에 "kcp"가 없습니다'],
		['whom to ask as free text, not a contact id', (input) => (input.steps[2]!.waiting = { check: '확인', contact: '포트원' } as never), 'steps.2.waiting: Unrecognized key'],
		['a contact with no way to reach it', (input) => (input.contacts.portone = { name: '포트원', source: 'contract' } as never), 'contacts.portone: 연락 방법'],
		['a phone number in another form', (input) => Object.assign(input.contacts.portone, { phone: '1544 8662' }), 'contacts.portone.phone'],
		['a plan id that is no payment type, without types', (input) => (input.plans[1]!.id = '정기·간편결제'), 'plans.1.types: 결제 종류'],
		['an excerpt longer than a citation', (input) => (input.steps[0]!.evidence = '가'.repeat(31)), 'steps.0.evidence'],
	])('refuses %s, naming the field', (_, change, expected) => {
		expect(issuesOf(change).join('\n')).toContain(expected);
	});
});
