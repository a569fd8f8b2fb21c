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
	])('refuses %s, naming the field', (_, change, expected) => {
		expect(issuesOf(change).join('\n')).toContain(expected);
	});
});
