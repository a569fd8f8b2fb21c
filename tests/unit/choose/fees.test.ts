import { describe, expect, it } from 'vitest';
import { feesFor, feeText, mainMethod } from '../../../src/lib/choose/fees';
import { abroad, cardA, easyX } from './fixture';

const CARD = { item: '신용카드', text: '일반 3.20%, 영세 1.90%', method: '카드' as const, rate: 3.2, tiers: { 영세: 1.9, 중소1: 2.5 }, negotiated: false };

describe('feeText', () => {
	it.each([
		['영세', '영세 1.90% (일반 3.20%)'],
		['중소1', '중소1 2.50% (일반 3.20%)'],
		['일반', '일반 3.20%'],
		// A tier the fee gives no rate for, and no tier: the article's words.
		['중소3', '일반 3.20%, 영세 1.90%'],
		[undefined, '일반 3.20%, 영세 1.90%'],
	] as const)('a tiered fee at %s → %s', (tier, text) => expect(feeText(CARD, tier)).toBe(text));

	it('a fee without tiers keeps its words; a negotiated one says so once', () => {
		expect(feeText({ item: '해외카드', text: '2.9%~4.4% + 건당 0.30USD', method: '해외카드', negotiated: false }, '영세')).toBe('2.9%~4.4% + 건당 0.30USD');
		expect(feeText({ item: '휴대폰', text: '실물', negotiated: true }, undefined)).toBe('실물 (가맹점별 협의)');
		expect(feeText({ item: '휴대폰', text: '가맹점별 협의', negotiated: true }, undefined)).toBe('가맹점별 협의');
	});
});

describe('feesFor', () => {
	it('the asked ways of paying first, the rest apart, and the asked ones with no fee named', () => {
		const { fees, other, missing } = feesFor(cardA(), ['카드', '휴대폰'], '영세');
		expect(fees).toEqual([{ item: '신용카드', text: '영세 1.90% (일반 3.20%)', rated: true, source: '결제대행사 수수료' }]);
		expect(other.map((fee) => [fee.item, fee.rated])).toEqual([
			['간편결제', false],
			['가입비', false],
		]);
		expect(missing).toEqual(['휴대폰']);
	});

	it('an easy-pay PG\'s fees in its own window are its 간편결제 fees', () => {
		expect(feesFor(easyX(), ['간편결제'], '영세').fees[0]!.text).toBe('영세 1.70% (일반 3.20%)');
	});

	it('the main way of paying: card, else easy pay, else foreign cards', () => {
		expect(mainMethod(cardA())).toBe('카드');
		expect(mainMethod(easyX())).toBe('간편결제');
		expect(mainMethod(abroad())).toBeUndefined();
	});
});
