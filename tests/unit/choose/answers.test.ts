import { describe, expect, it } from 'vitest';
import { answersParams, hasAnswers, NO_ANSWERS, readAnswers, tierOf } from '../../../src/lib/choose/answers';
import { offeredValues } from '../../../src/lib/choose/questions';

const read = (query: string) => readAnswers(new URLSearchParams(query), offeredValues(['엑스페이', '와이페이']));

describe('answers in the address', () => {
	it('reads every answer from its parameter, in the offered order', () => {
		const { answers, ignored } = read('biz=개인사업자&rev=영세&sell=both&store=no&pay=정기결제&pay=카드&brand=와이페이&brand=엑스페이&ind=포인트충전&early=yes&abroad=yes');
		expect(ignored).toEqual([]);
		expect(answers).toEqual({
			business: '개인사업자',
			revenue: '영세',
			sell: 'both',
			appListed: false,
			methods: ['카드', '정기결제'],
			brands: ['엑스페이', '와이페이'],
			industry: '포인트충전',
			beforeReview: true,
			foreign: true,
		});
	});

	it('writes them back in one order, so the same answers give the same address', () => {
		const { answers } = read('abroad=yes&pay=정기결제,카드&biz=개인사업자&store=no&sell=app');
		expect(answersParams(answers).toString()).toBe(new URLSearchParams('biz=개인사업자&sell=app&store=no&pay=카드&pay=정기결제&abroad=yes').toString());
		expect(read(answersParams(answers).toString()).answers).toEqual(answers);
	});

	it('asks about the app stores only of a merchant selling in an app', () => {
		expect(answersParams(read('sell=web&store=no').answers).toString()).toBe('sell=web');
	});

	it('leaves out and lists what it does not offer, keeping the rest', () => {
		const { answers, ignored } = read('biz=외계인&pay=카드&pay=현금&brand=없는페이&rev=영세&rev=중소1&early=maybe&utm_source=kakao');
		expect(ignored).toEqual(['biz=외계인', 'rev=중소1', 'pay=현금', 'brand=없는페이', 'early=maybe']);
		expect(answers).toMatchObject({ business: undefined, revenue: '영세', methods: ['카드'], brands: [], beforeReview: false });
	});

	it('no answers: nothing asked', () => {
		expect(read('').answers).toEqual(NO_ANSWERS);
		expect(hasAnswers(NO_ANSWERS)).toBe(false);
		expect(hasAnswers({ ...NO_ANSWERS, foreign: true })).toBe(true);
		expect(hasAnswers({ ...NO_ANSWERS, brands: ['엑스페이'] })).toBe(true);
	});

	it('a business without revenue yet pays 일반 until its first tax return', () => {
		expect(tierOf({ revenue: '신규' })).toBe('일반');
		expect(tierOf({ revenue: '중소2' })).toBe('중소2');
		expect(tierOf({})).toBeUndefined();
	});
});
