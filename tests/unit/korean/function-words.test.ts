import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, splitWord, stripEnding } from '../../../src/lib/korean/function-words';
import { stripParticle } from '../../../src/lib/korean/particles';
import { parseQuery } from '../../../src/lib/korean/query';

const content = (raw: string) => parseQuery(raw).terms;

describe('content and function words', () => {
	it('keeps the topic of everyday questions and drops what only makes them questions', () => {
		expect(content('서류는 어디로 보내나요')).toEqual(['서류', '보내']);
		expect(content('토스 계약하려면 어떻게 해요')).toEqual(['토스', '계약']);
		expect(content('심사 얼마나 걸려요')).toEqual(['심사']);
		expect(content('가상계좌 환불 안 돼요')).toEqual(['가상계좌', '환불']);
		expect(content('보증보험 꼭 가입해야 하나요')).toEqual(['보증보험', '가입']);
		expect(content('웹훅이 뭐예요')).toEqual(['웹훅']);
		expect(content('PG사 연락을 못받았어요')).toEqual(['pg사', '연락']);
	});

	it('keeps numbers with their units, and PG names whole', () => {
		expect(content('카드사 심사 2주 걸리나요')).toEqual(['카드사', '심사', '2주']);
		expect(content('토스페이는 계약 얼마나 걸려요')).toEqual(['토스페이', '계약']);
	});

	it('says which words were function words', () => {
		expect(parseQuery('결제취소 언제까지 되나요').functionWords).toEqual(['언제까지', '되나요']);
		expect(parseQuery('계약절차').functionWords).toEqual([]);
	});

	it('searches a query of function words only as it is', () => {
		expect(content('어떻게')).toEqual(['어떻게']);
	});

	it('strips verb endings, keeping nouns that end like one', () => {
		expect(stripEnding('계약하려면')).toBe('계약');
		expect(stripEnding('바뀌었는데')).toBe('바뀌');
		expect(stripEnding('보내요')).toBe('보내');
		expect(stripEnding('필요')).toBe('필요');
		expect(stripEnding('받았어요')).toBeUndefined();
		expect(stripEnding('계약절차')).toBe('계약절차');
		expect(stripEnding('취소한')).toBe('취소');
		expect(stripEnding('등록할')).toBe('등록');
		expect(stripEnding('보내주나요')).toBe('보내');
		for (const noun of ['기한', '역할', '광고']) expect(stripEnding(noun)).toBe(noun);
	});

	it("tells a verb's own stem from a noun made a verb", () => {
		expect(splitWord('보내나요')).toMatchObject({ content: '보내', verb: true });
		expect(splitWord('지났으면')).toMatchObject({ content: '지났', verb: true });
		expect(splitWord('올렸더니')).toMatchObject({ content: '올렸', verb: true });
		expect(splitWord('계약하려면')).toMatchObject({ content: '계약', verb: false });
		expect(splitWord('취소한')).toMatchObject({ content: '취소', verb: false });
		// 하다 left on the stem by an ending that is not its own.
		expect(splitWord('확인하세요')).toMatchObject({ content: '확인', verb: false });
		expect(parseQuery('서류는 어디로 보내나요').verbs).toEqual([false, true]);
		// An everyday verb read as the articles' noun is a noun.
		expect(parseQuery('이메일 바꾸고 싶어요').verbs).toEqual([false, false]);
	});

	it('searches a word with a soft ending both ways: cut (취소한 → 취소) and whole (관리권한)', () => {
		expect(splitWord('관리권한')).toEqual({ typed: '관리권한', content: '관리권', verb: false, whole: '관리권한' });
		expect(parseQuery('관리권한 설정').alternatives).toEqual([['관리권한'], []]);
		expect(splitWord('계약하려면').whole).toBeUndefined();
	});

	it('counts a word typed twice once', () => {
		expect(content('주문 취소되면 정산 취소 내역도 따로 생겨요')).toEqual(['주문', '취소', '정산', '내역', '생겨']);
		expect(content('TLS 1.1 쓰면 API 호출 막히나요')).toEqual(['tls', '1', 'api', '호출', '막히']);
	});

	it('takes particles off one-syllable words only as Korean spells them', () => {
		expect(stripParticle('앱이')).toBe('앱');
		expect(stripParticle('키를')).toBe('키');
		for (const noun of ['국가', '한도', '나이', '추가', '휴가']) expect(stripParticle(noun)).toBe(noun);
		expect(stripParticle('우편으로도')).toBe('우편');
		expect(stripParticle('고객한테')).toBe('고객');
	});

	it('reads everyday verbs as the nouns the articles use', () => {
		expect(content('관리자콘솔 로그인 이메일 바꾸고 싶어요')).toEqual(['관리자콘솔', '로그인', '이메일', '변경']);
		expect(content('입금했는데 상태가 안 바뀌어요')).toEqual(['입금', '상태', '변경']);
		expect(content('페이팔은 계약 따로 안 해도 되나요')).toEqual(['페이팔', '계약']);
		expect(content('가상계좌 번호 고객한테 자동으로 보내주나요')).toEqual(['가상계좌', '번호', '고객', '자동', '보내']);
	});

	it('does not read a word starting with 안 or 못 as negation when the rest is a word (안내)', () => {
		expect(splitWord('안내')).toEqual({ typed: '안내', content: '안내', verb: false });
		expect(splitWord('안돼요').content).toBeUndefined();
		expect(splitWord('못받았어요').content).toBeUndefined();
	});

	it('lists question words, negation, politeness and light verbs', () => {
		for (const word of ['어디로', '얼마나', '안', '해요', '걸려요', '꼭', '쓰면', '보통', '나서']) expect(FUNCTION_WORDS.has(word), word).toBe(true);
		for (const word of ['계약', '서류', '심사', '수수료']) expect(FUNCTION_WORDS.has(word), word).toBe(false);
	});
});

describe('English content words', () => {
	it('map to the Korean the articles use, beside Latin PG names', () => {
		expect(content('kakaopay contract')).toEqual(['카카오페이', '계약']);
		expect(content('toss fee')).toEqual(['토스', '수수료']);
		expect(content('Inicis REFUND')).toEqual(['이니시스', '환불']);
		expect(content('settlement review cancel test channel')).toEqual(['정산', '심사', '취소', '테스트', '채널']);
		expect(content('kiwoom channel')).toEqual(['키움페이', '채널']);
		expect(content('inicis japan')).toEqual(['이니시스', '일본']);
	});

	it('read two-word phrases as one word', () => {
		expect(content('inicis key file')).toEqual(['이니시스', '키파일']);
		expect(content('virtual account refund')).toEqual(['가상계좌', '환불']);
		expect(content('kcp cash receipt')).toEqual(['kcp', '현금영수증']);
	});

	it('leave other Latin words alone', () => {
		expect(content('CI DI')).toEqual(['ci', 'di']);
		expect(content('kcp')).toEqual(['kcp']);
	});
});
