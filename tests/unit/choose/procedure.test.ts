import { describe, expect, it } from 'vitest';
import { chooserProcedure } from '../../../src/lib/choose/procedure';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { procedureInput } from '../procedure/fixture';

describe('chooserProcedure', () => {
	const input = procedureInput();
	const data = procedureSchema.parse({
		...input,
		sources: { ...input.sources, unused: { path: 'a/b.md', title: '인용하지 않은 글' } },
		methods: [{ method: '카드', source: 'contract', evidence: '계약 안내' }],
	});
	const projected = chooserProcedure('test', data);

	it('keeps the facts without their excerpts, and the titles of the articles they cite', () => {
		expect(projected.methods).toEqual([{ method: '카드', source: 'contract' }]);
		expect(projected.compare.fees[0]).not.toHaveProperty('evidence');
		expect(projected.sources).toEqual({ contract: '테스트PG 상세 계약절차', pricing: '결제대행사 수수료' });
		expect(projected).toMatchObject({ slug: 'test', name: '테스트PG', kind: 'card', kindLabel: '카드 PG', guide: 'guides/test-contract' });
	});

	it('keeps every step for the timeline, naming only those waited for', () => {
		expect(projected.steps.map((step) => [step.id, step.label])).toEqual([
			['prepare', ''],
			['apply', ''],
			['contract-mail', '계약 안내 메일'],
			['contract-done', '계약완료'],
			['instant', ''],
			['review', '카드사 심사'],
		]);
	});
});
