import { describe, expect, it } from 'vitest';
import { compareRow, feeMethods, mainCardFee, SUMMARY_COLUMNS } from '../../../src/lib/procedure/compare';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { procedureInput } from './fixture';

type Input = ReturnType<typeof procedureInput>;
const rowOf = (change: (input: Input) => void = () => {}) => {
	const input = procedureInput();
	change(input);
	return compareRow(procedureSchema.parse(input));
};
const summary = (row: ReturnType<typeof rowOf>) => Object.fromEntries(row.summary.map((cell) => [cell.key, cell]));

describe('compareRow', () => {
	it('puts the deciding values first, in the order a phone card shows them', () => {
		expect(rowOf().summary.map((cell) => cell.column)).toEqual(SUMMARY_COLUMNS.map((column) => column.label));
	});

	it('says "안내 없음" for what the procedure leaves out, and marks it unknown', () => {
		const cells = summary(rowOf());
		// 계약완료 is the PG's turn with no stated length: counted, never guessed.
		expect(cells.firstPayment).toMatchObject({ value: '16~19일+α', known: true });
		expect(cells.instantOpen).toMatchObject({ value: '안내 없음', known: false });
		expect(cells.recurring).toMatchObject({ value: '가능', known: true });
		expect(cells.easypay).toMatchObject({ value: '지원 안내 없음', known: false });
		expect(cells.app).toMatchObject({ value: '안내 없음', known: false });
		expect(cells.cardFee).toMatchObject({ value: '안내 없음', known: false });
	});

	it('reads the brands, the app rule and the card fee with its 영세 rate from the procedure', () => {
		const cells = summary(
			rowOf((input) => {
				Object.assign(input, { methods: [{ method: '간편결제', brands: ['가페이', '나페이', '다페이'], source: 'contract', evidence: '계약 안내' }] });
				Object.assign(input.compare, { appStore: { value: 'required', text: '스토어 등록 뒤', source: 'contract', evidence: '계약 안내' } });
				input.compare.fees.push({ item: '신용카드', text: '3.2%', method: '카드', rate: 3.2, tiers: { 영세: 1.5 }, source: 'pricing', evidence: '20만원' } as never);
			}),
		);
		expect(cells.easypay).toMatchObject({ value: '3종', brands: ['가페이', '나페이', '다페이'] });
		expect(cells.app).toMatchObject({ value: '스토어 등록 뒤', known: true });
		expect(cells.cardFee).toMatchObject({ value: '3.2%', note: '영세 1.5%' });
	});

	it('notes the 바로오픈 path under 첫 실결제까지', () => {
		const cells = summary(
			rowOf((input) => Object.assign(input.compare, { instantOpen: { value: 'yes', text: '즉시', step: 'instant', source: 'contract', evidence: '한 달' } })),
		);
		expect(cells.firstPayment).toMatchObject({ value: '16~19일+α', note: '바로오픈이면 2~5일 + 기간 안내 없는 단계 1개' });
		expect(cells.instantOpen).toMatchObject({ value: '가능', known: true });
	});

	it('lists the waits counted, each with its section; a stated length leaves none unknown', () => {
		expect(rowOf().waits.map((wait) => [wait.step.id, wait.step.section])).toEqual([
			['contract-mail', '계약-안내'],
			['contract-done', '계약완료'],
			['review', '카드사-심사'],
		]);
		const stated = rowOf((input) => Object.assign(input.steps[3]!, { duration: { max: 2, unit: '영업일' } }));
		expect(summary(stated).firstPayment).toEqual(expect.objectContaining({ value: '16~21일', note: undefined }));
	});

	it('names each source by its article title and day, not its path', () => {
		const row = rowOf();
		expect(row.cells.find((cell) => cell.key === 'application')!.source).toEqual({ title: '테스트PG 상세 계약절차', checked: '2026-12-01' });
		expect(JSON.stringify(row)).not.toContain('test-contract.md');
	});
});

describe('mainCardFee', () => {
	const fee = (item: string, method?: string) => ({ item, method, text: '', negotiated: false, source: 'pricing' }) as never;
	it('takes the card fee, else an easy-pay PG\'s card payments, else foreign cards', () => {
		expect(mainCardFee([fee('가입비'), fee('해외카드', '해외카드'), fee('신용카드', '카드')])).toMatchObject({ item: '신용카드', method: '카드' });
		expect(mainCardFee([fee('머니', '간편결제'), fee('신용카드', '간편결제')])).toMatchObject({ item: '신용카드' });
		expect(mainCardFee([fee('해외카드', '해외카드')])).toMatchObject({ item: '해외카드' });
		expect(mainCardFee([fee('가입비')])).toBeUndefined();
	});
});

describe('feeMethods', () => {
	const withFees = (...methods: (string | undefined)[]) =>
		({ compare: { fees: methods.map((method) => ({ item: method ?? '가입비', method, text: '', negotiated: false, source: 'pricing' })) } }) as never;
	it('names the ways of paying some PG states a fee for, in the vocabulary’s order, each once', () => {
		expect(feeMethods([withFees('해외카드', undefined, '카드'), withFees('카드', '가상계좌')])).toEqual(['카드', '가상계좌', '해외카드']);
		expect(feeMethods([withFees(undefined)])).toEqual([]);
	});
});
