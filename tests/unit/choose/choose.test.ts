import { describe, expect, it } from 'vitest';
import { NO_ANSWERS, type Answers } from '../../../src/lib/choose/answers';
import { choose, type ChooserResult } from '../../../src/lib/choose/choose';
import { abroad, ALL, cardA, cardB } from './fixture';

const ask = (answers: Partial<Answers>) => choose({ ...NO_ANSWERS, ...answers }, ALL());
const names = (list: { name: string }[]) => list.map((pg) => pg.name);
const candidate = (result: ChooserResult, name: string) => [...result.fits, ...result.toCheck].find((pg) => pg.name === name)!;
const leftOut = (result: ChooserResult, name: string) => result.leftOut.find((pg) => pg.name === name)!;
const reason = (result: ChooserResult, name: string, topic: string) =>
	[...result.fits, ...result.toCheck, ...result.leftOut].find((pg) => pg.name === name)!.reasons.find((line) => line.topic === topic)!;

describe('choose', () => {
	it('without answers keeps every PG, with its facts and no reasons', () => {
		const result = ask({});
		expect(result.answered).toBe(false);
		expect(names(result.fits).sort()).toEqual(names(ALL()).sort());
		expect(result.leftOut).toEqual([]);
		const a = candidate(result, '카드에이');
		expect(a.reasons).toEqual([]);
		expect(a.facts).toContainEqual({ label: '간편결제', text: '엑스페이, 와이페이', source: '결제대행사별 서비스 목록' });
		expect(candidate(result, '무언피지').facts).toContainEqual({ label: '결제수단', text: '도움말에 안내 없음', source: undefined });
	});

	it('a way of paying the PG does not list leaves it out, naming what it has and where that is said; a PG silent on it is to be confirmed', () => {
		const result = ask({ methods: ['휴대폰'] });
		expect(names(result.fits)).toEqual(['카드비']);
		expect(leftOut(result, '카드에이').reasons).toEqual([
			{ topic: '휴대폰', verdict: 'failed', text: '결제수단에 없음 (있는 것: 카드, 계좌이체, 정기결제, 간편결제)', source: '결제대행사별 서비스 목록' },
		]);
		expect(names(result.toCheck)).toEqual(['무언피지']);
		expect(reason(result, '무언피지', '휴대폰')).toMatchObject({ verdict: 'unstated', text: '도움말에 안내 없음', confirm: true });
		expect(reason(result, '카드비', '휴대폰')).toMatchObject({ verdict: 'met', source: '결제대행사별 서비스 목록' });
	});

	it('정기결제 gives the comparison\'s words where the procedure has them, else the method\'s', () => {
		expect(reason(ask({ methods: ['정기결제'] }), '카드에이', '정기결제')).toEqual({ topic: '정기결제', verdict: 'met', text: '빌링 특약이 따로 필요', source: '결제대행사별 서비스 목록' });
	});

	describe('간편결제 by brand: 제휴 in the card PG\'s contract, or a direct contract with the brand\'s own PG', () => {
		const result = ask({ methods: ['카드'], brands: ['엑스페이'] });

		it('a card PG carrying the brand takes one contract, with the direct contract as the alternative', () => {
			const a = candidate(result, '카드에이');
			expect(a.contracts).toBe(1);
			expect(reason(result, '카드에이', '엑스페이')).toEqual({ topic: '엑스페이', verdict: 'met', text: '제휴 간편결제 — 상점관리자에서 신청', source: '결제대행사별 서비스 목록' });
			expect(a.beyond).toHaveLength(1);
			expect(a.beyond[0]!.own).toBeDefined();
			expect(a.beyond[0]!.direct.map((contract) => contract.name)).toEqual(['엑스페이']);
		});

		it('a card PG without it takes two: its own and the brand\'s; a PG naming no brands is not left out for it', () => {
			const b = candidate(result, '카드비');
			expect(b.contracts).toBe(2);
			expect(reason(result, '카드비', '엑스페이').text).toBe('간편결제 없음 → 엑스페이와 따로 계약');
			const direct = b.beyond[0]!.direct[0]!;
			expect(direct).toMatchObject({ slug: 'easy-x', guide: 'guides/easy-x-contract', types: ['general'] });
			expect(direct.fees.map((fee) => fee.text)).toEqual(['일반 3.20%']);
			expect(reason(result, '카드씨', '엑스페이').text).toBe('제휴 간편결제 브랜드는 도움말에 안내 없음 → 엑스페이와 따로 계약');
		});

		it('the easy-pay PG alone does not give card payments; fewer contracts come first', () => {
			expect(leftOut(result, '엑스페이').reasons.map((line) => line.topic)).toEqual(['카드']);
			expect(names(result.fits).indexOf('카드에이')).toBeLessThan(names(result.fits).indexOf('카드비'));
		});

		it('asked alone, the brand\'s own PG is a single direct contract', () => {
			const only = ask({ brands: ['엑스페이'] });
			const x = candidate(only, '엑스페이');
			expect(x.contracts).toBe(1);
			expect(reason(only, '엑스페이', '엑스페이').text).toBe('직접 계약하는 간편결제 — 엑스페이 결제창');
			expect(x.beyond[0]!.direct).toEqual([]);
			expect(x.fees.map((fee) => fee.item)).toEqual(['신용카드']);
		});

		it('a brand no PG gives by a contract of its own leaves out the PGs that do not carry it', () => {
			const y = ask({ brands: ['와이페이'] });
			expect(names(y.fits)).toEqual(['카드에이']);
			expect(leftOut(y, '카드비').reasons[0]).toMatchObject({ topic: '와이페이', verdict: 'failed', text: '간편결제 없음' });
			expect(names(y.toCheck)).toEqual(['카드씨', '무언피지']);
		});
	});

	it('an app not yet in the stores: a PG requiring the listing is left out, and so is the direct contract it would take', () => {
		const result = ask({ sell: 'both', appListed: false, methods: ['카드'], brands: ['엑스페이'] });
		expect(leftOut(result, '엑스페이').reasons[0]).toEqual({ topic: '스토어 등록 전 앱', verdict: 'failed', text: '앱이 스토어에 있어야 심사', source: '테스트PG 상세 계약절차' });
		expect(reason(result, '카드에이', '스토어 등록 전 앱')).toMatchObject({ verdict: 'met', text: '등록 전에도 apk로 심사' });
		expect(candidate(result, '카드에이').beyond[0]!.direct).toEqual([]);
		expect(leftOut(result, '카드비').reasons).toEqual([
			{ topic: '엑스페이', verdict: 'failed', text: '간편결제 없음 — 따로 계약할 곳도 답에 맞지 않음 (엑스페이: 앱이 스토어에 있어야 심사)', source: '결제대행사별 서비스 목록' },
		]);
		expect(reason(result, '카드씨', '스토어 등록 전 앱')).toMatchObject({ verdict: 'unstated', confirm: true });
		// Listed in the stores, or sold on the web: nothing is asked of the listing.
		expect(reason(ask({ sell: 'app', appListed: true }), '엑스페이', '스토어 등록 전 앱')).toBeUndefined();
		expect(reason(ask({ sell: 'web', appListed: false }), '엑스페이', '스토어 등록 전 앱')).toBeUndefined();
	});

	it('business: a refusal leaves the PG out, terms keep it, silence is said without sending it to be confirmed', () => {
		const result = ask({ business: '개인사업자' });
		expect(reason(result, '카드비', '개인사업자')).toEqual({ topic: '개인사업자', verdict: 'conditional', text: '일부 서비스는 법인만', source: '결제대행사별 서비스 목록' });
		expect(reason(result, '카드에이', '개인사업자')).toEqual({ topic: '개인사업자', verdict: 'unstated', text: '도움말에 제한 안내 없음' });
		expect(result.toCheck).toEqual([]);
		expect(leftOut(ask({ business: '법인사업자' }), '카드씨').reasons[0]).toMatchObject({ verdict: 'failed', text: '개인사업자만' });
	});

	it('a risky industry: reviewed keeps the PG with its terms, refused leaves it out, unnamed sends it to be confirmed citing the industry article', () => {
		const result = ask({ industry: '포인트충전' });
		expect(names(result.fits)).toEqual(['카드에이']);
		expect(reason(result, '카드에이', '포인트충전')).toMatchObject({ verdict: 'met', text: '업력 2년 이상' });
		expect(leftOut(result, '카드씨').reasons[0]).toMatchObject({ verdict: 'failed', text: '포인트충전은 받지 않음' });
		expect(reason(result, '카드비', '포인트충전')).toMatchObject({ verdict: 'unstated', confirm: true, source: '결제대행사 가입시 위험 업종 유형' });
		expect(names(result.toCheck).sort()).toEqual(['무언피지', '엑스페이', '카드비', '해외페이'].sort());
	});

	it('payments before the card review: 바로오픈, or no card review to wait for; a PG saying neither is to be confirmed', () => {
		const result = ask({ beforeReview: true });
		expect(reason(result, '카드에이', '카드사 심사 전 결제')).toEqual({ topic: '카드사 심사 전 결제', verdict: 'met', text: '바로오픈 — 계약완료 즉시 한 달', source: '바로오픈 서비스 안내' });
		// 바로오픈 is not this PG's service, yet no card review is waited for: it takes payments before any.
		expect(reason(result, '해외페이', '카드사 심사 전 결제')).toMatchObject({ verdict: 'met', text: '카드사 심사를 기다리지 않음 — 카드사 심사 단계 없음' });
		expect(leftOut(result, '카드비').reasons[0]).toMatchObject({ verdict: 'failed', text: '안 됨 — 바로오픈 대상 아님' });
		expect(reason(result, '무언피지', '카드사 심사 전 결제')).toMatchObject({ verdict: 'unstated', confirm: true });
		expect(names(result.fits).sort()).toEqual(['카드에이', '해외페이'].sort());
	});

	it('conditional 바로오픈 keeps the PG on its terms', () => {
		const conditional = { ...cardA(), compare: { ...cardA().compare, instantOpen: { value: 'conditional' as const, text: '실물 상품만', step: 'instant', source: 'instant' } } };
		const result = choose({ ...NO_ANSWERS, beforeReview: true }, [conditional]);
		expect(result.fits[0]!.reasons[0]).toMatchObject({ verdict: 'conditional', text: '바로오픈 (조건부) — 실물 상품만' });
	});

	it('foreign cards: the PG\'s own 해외카드, or a foreign-payment PG beside it', () => {
		const result = ask({ methods: ['카드'], foreign: true });
		const b = candidate(result, '카드비');
		expect(b.contracts).toBe(2);
		expect(reason(result, '카드비', '해외카드').text).toBe('결제수단에 없음 → 해외페이와 따로 계약');
		expect(b.beyond[0]!.direct[0]!.timeline.first.waits).toEqual([]);
		const own = choose({ ...NO_ANSWERS, foreign: true }, [abroad(), cardB()]);
		expect(own.fits[0]).toMatchObject({ name: '해외페이', contracts: 1 });
	});

	it('fees at the revenue tier: 영세 beside 일반, a new business at 일반, and the asked ways of paying without a fee named', () => {
		const small = candidate(ask({ revenue: '영세', methods: ['카드', '계좌이체'] }), '카드에이');
		expect(small.fees).toEqual([{ item: '신용카드', text: '영세 1.90% (일반 3.20%)', rated: true, source: '결제대행사 수수료' }]);
		expect(small.feesMissing).toEqual(['계좌이체']);
		expect(small.otherFees.map((fee) => fee.item)).toEqual(['간편결제', '가입비']);
		expect(candidate(ask({ revenue: '신규', methods: ['카드'] }), '카드에이').fees[0]!.text).toBe('일반 3.20%');
		// No way of paying asked: the card fee.
		expect(candidate(ask({ business: '개인사업자' }), '카드비').fees.map((fee) => fee.item)).toEqual(['신용카드']);
	});

	it('time to a first real payment: through 바로오픈 where the PG has it, with the waits of unstated length named', () => {
		const result = ask({ methods: ['카드'] });
		const a = candidate(result, '카드에이');
		expect(a.timeline.instantOpen).toBe(true);
		expect(a.timeline.first.waits.map((wait) => wait.id)).toEqual(['contract-mail']);
		expect(a.timeline.first.unstated.map((step) => step.id)).toEqual(['contract-done']);
		expect(a.timeline.all.days).toEqual({ min: 16, max: 19 });
		const b = candidate(result, '카드비');
		expect(b.timeline.instantOpen).toBe(false);
		expect(b.timeline.first.days).toEqual({ min: 16, max: 19 });
		// Sooner first.
		expect(names(result.fits).indexOf('카드에이')).toBeLessThan(names(result.fits).indexOf('카드비'));
	});

	it('the checklist\'s payment types: those the answers ask for that the PG\'s plans offer', () => {
		expect(candidate(ask({ methods: ['카드', '정기결제'], brands: ['엑스페이'] }), '카드에이').types).toEqual(['general', 'recurring', 'easypay']);
		const result = ask({ methods: ['카드'], brands: ['엑스페이'], foreign: true });
		// 해외카드 through a plan that is not 해외결제 counts as 일반결제.
		expect(candidate(result, '카드에이').types).toEqual(['general', 'easypay']);
		// Through another contract, 엑스페이 is not this PG's type.
		expect(candidate(result, '카드비').types).toEqual(['general']);
		expect(candidate(result, '카드비').beyond.map((need) => need.direct.map((contract) => [contract.name, contract.types]))).toEqual([[['엑스페이', ['general']]], [['해외페이', ['general']]]]);
	});
});
