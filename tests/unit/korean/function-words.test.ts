import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, splitWord, splitWordBeforeCan, stripEnding } from '../../../src/lib/korean/function-words';
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

	it('reads a counter after 몇 as part of the question word', () => {
		expect(parseQuery('V2 API Secret 몇 개까지 발급돼요').functionWords).toEqual(['몇', '개까지']);
		expect(content('같은 카드로 몇 번까지 결제돼요')).toEqual(['카드', '결제']);
	});

	it('reads 포트원 as the platform, not a PG the results must name', () => {
		const parsed = parseQuery('페이코랑 직접 계약한 상점아이디 포트원에서 그대로 써도 돼요?');
		expect(parsed.terms).toEqual(['페이코', '직접', '계약', '상점아이디', '포트원']);
		expect(parsed.required).toEqual(['페이코']);
		expect(content('PG사 정산일 포트원에서 바꿔줄 수 있나요')).toEqual(['pg사', '정산일', '포트원', '변경']);
	});

	it('reads the everyday verbs of blocked, paused and paid-in things as the articles\' nouns', () => {
		expect(content('IP 막혔어요 언제 풀려요')).toEqual(['ip', '차단', '해제']);
		expect(content('결제가 멈췄어요')).toEqual(['결제', '중단']);
		expect(content('돈 들어왔는데 확인이 안 돼요')).toContain('입금');
	});

	it('searches such a verb as typed too: a page may say it so (심사가 끝나기 전에)', () => {
		const parsed = parseQuery('카드사 심사 끝나면 결제 돼요?');
		expect(parsed.terms).toContain('완료');
		expect(parsed.alternatives[parsed.terms.indexOf('완료')]).toContain('끝나');
	});

	it('reads 여 typed for 요 as the polite ending, and leaves words ending in 여 whole', () => {
		expect(content('보증보험 가입금액 따라 정산 한도가 달라지나여')).toEqual(['보증보험', '가입금액', '정산', '한도', '달라지']);
		expect(splitWord('있나여')).toEqual({ typed: '있나여', content: undefined });
		for (const noun of ['급여', '참여', '부여']) expect(splitWord(noun).content).toBe(noun);
	});

	it('reads 면 (if) after a verb stem, and leaves nouns ending in 면 whole', () => {
		expect(content('사업자번호 바뀌면 계정 새로 만들어야 돼요')).toEqual(['사업자번호', '변경', '계정', '생성']);
		expect(splitWord('끝나면')).toEqual({ typed: '끝나면', content: '끝나', verb: true, whole: '끝나면' });
		for (const noun of ['결제화면', '비대면', '서비스면', '화면']) expect(splitWord(noun).content).toBe(noun);
	});

	it('keeps the 이 of a pay service (삼성페이), and reads 되는 and 하는 as 되다 and 하다', () => {
		expect(content('나이스에서 삼성페이 바로 띄우면 수수료 더 붙어요')).toEqual(['나이스', '삼성페이', '바로', '띄우', '수수료']);
		expect(content('가상계좌 입금되는 시간')).toEqual(['가상계좌', '입금', '시간']);
		expect(content('원천징수 대상 파트너 지급되는 거죠')).toEqual(['원천징수', '대상', '파트너', '지급']);
	});

	it('reads 인지, 는지, 던 and 다가 as endings, and 별 as a suffix searched both ways', () => {
		expect(content('결제내역 엑셀에 체크카드인지 기프트카드인지 나와요')).toEqual(['결제내역', '엑셀', '체크카드', '기프트카드', '나와']);
		expect(content('결제되는지 어디서 봐요')).toEqual(['결제']);
		expect(content('결제창이 안 떴던 원인')).toEqual(['결제창', '원인']);
		expect(content('이니시스 쓰다가 토스로 바꾸면')).toEqual(['이니시스', '토스', '변경']);
		expect(splitWord('통화별로')).toEqual({ typed: '통화별로', content: '통화', verb: false, whole: '통화별' });
		expect(splitWord('매기게')).toEqual({ typed: '매기게', content: '매기', verb: true, whole: '매기게' });
	});

	it('reads the word before 수 as a verb: 받을 수 is 받다, not 받 + 을', () => {
		expect(content('예전 데이터 엑셀은 언제까지 받을 수 있어요')).toEqual(['예전', '데이터', '엑셀']);
		expect(content('파트너 태그는 몇 개까지 달 수 있어요')).toEqual(['파트너', '태그']);
		expect(content('정산 수식 테스트해볼 수 있어요')).toEqual(['정산', '수식', '테스트']);
		expect(content('PG사 정산일 바꿔줄 수 있나요')).toEqual(['pg사', '정산일', '변경']);
		expect(splitWordBeforeCan('낮출')).toEqual({ typed: '낮출', content: '낮추', verb: true });
		// Not before 수, 달 is a month and stays a word.
		expect(content('한 달 관리비')).toEqual(['달', '관리비']);
	});

	it('reads 였어요 after a noun as 이다: the noun is the content word', () => {
		expect(content('결제 실패했는데 장애였어요')).toEqual(['결제', '실패', '장애']);
		expect(content('도메인 문제였나요')).toEqual(['도메인', '문제']);
	});

	it('counts a word typed twice once', () => {
		expect(content('주문 취소되면 정산 취소 내역도 따로 생겨요')).toEqual(['주문', '취소', '정산', '내역', '생겨']);
		expect(content('TLS 1.1 쓰면 API 호출 막히나요')).toEqual(['tls', '1', 'api', '호출', '차단']);
	});

	it('takes particles off one-syllable words only as Korean spells them', () => {
		expect(stripParticle('앱이')).toBe('앱');
		expect(stripParticle('키를')).toBe('키');
		for (const noun of ['국가', '한도', '나이', '추가', '휴가']) expect(stripParticle(noun)).toBe(noun);
		expect(stripParticle('우편으로도')).toBe('우편');
		expect(stripParticle('고객한테')).toBe('고객');
		expect(stripParticle('점검시간엔')).toBe('점검시간');
		expect(stripParticle('콘솔에선')).toBe('콘솔');
	});

	it('takes particles off longer words only as Korean spells them too: 쇼피파이 is no 쇼피파 + 이', () => {
		for (const word of ['쇼피파이', '게이트웨이', '카카오페이', '스마일패이']) expect(stripParticle(word)).toBe(word);
		expect(stripParticle('쇼피파이에서')).toBe('쇼피파이');
		expect(stripParticle('계정이나')).toBe('계정');
		expect(stripParticle('결제창이')).toBe('결제창');
		expect(stripParticle('카드와')).toBe('카드');
		expect(stripParticle('계좌와')).toBe('계좌');
		expect(stripParticle('계정과')).toBe('계정');
		expect(stripParticle('파일로')).toBe('파일');
	});

	it('reads 되다 and 받다 after a noun, and 된다는데, as the noun', () => {
		expect(content('부가세랑 원천세 자동으로 계산되게 하는 설정은 어디서 해요')).toEqual(['부가세', '원천세', '자동', '계산', '설정']);
		expect(content('정산용 가상계좌를 여러 개 발급받을 수 있어요?')).toEqual(['정산용', '가상계좌', '여러', '개', '발급']);
		expect(content('테스트 결제는 자동 환불된다는데 왜 결제완료로 떠요')).toEqual(['테스트', '결제', '자동', '환불', '결제완료']);
		expect(content('지급 취소할 때 연결된 세금계산서도')).toEqual(['지급', '취소', '연결', '세금계산서']);
	});

	it('reads 말고, 중에 and 것 as function words, and 건 as 것 only after a verb', () => {
		expect(content('CSV 말고 엑셀 파일도 올려져요')).not.toContain('말고');
		expect(content('KPN 간편결제 중에 네이버페이도')).toEqual(['kpn', '간편결제', '네이버페이']);
		expect(content('API로 취소하는 것도 안 됐었나요')).toEqual(['api', '취소']);
		expect(content('주문 내역으로 정산금 자동 계산하는 건 개발 없이는 안 돼요?')).toEqual(['주문', '내역', '정산금', '자동', '계산', '개발']);
		expect(content('이용약관 바뀐 건 언제부터')).toEqual(['이용약관', '변경']);
		// After a noun, 건 counts payments, as the articles do (전월 건).
		expect(content('휴대폰결제 지난달 건은 왜 취소가 안 돼요')).toEqual(['휴대폰결제', '지난달', '건', '취소']);
		expect(content('정산 건 조회')).toEqual(['정산', '건', '조회']);
	});

	it('reads everyday verbs as the nouns the articles use', () => {
		expect(content('관리자콘솔 로그인 이메일 바꾸고 싶어요')).toEqual(['관리자콘솔', '로그인', '이메일', '변경']);
		expect(content('입금했는데 상태가 안 바뀌어요')).toEqual(['입금', '상태', '변경']);
		expect(content('페이팔은 계약 따로 안 해도 되나요')).toEqual(['페이팔', '계약']);
		expect(content('가상계좌 번호 고객한테 자동으로 보내주나요')).toEqual(['가상계좌', '번호', '고객', '자동', '보내']);
		expect(content('이니시스 취소한 거 되돌릴 수 있어요')).toEqual(['이니시스', '취소', '원복']);
		expect(content('PG 연동이 먼저 끝나 있어야 해요')).toEqual(['pg', '연동', '먼저', '완료']);
		expect(content('계좌이체 다음날 취소하면 수수료 돌려받아요?')).toEqual(['계좌이체', '다음날', '취소', '수수료', '환급']);
	});

	it('reads 떼다 (a document issued) as 발급, 할때 as an ending, 이다 after 거 and demonstratives as function words', () => {
		expect(content('법인등기부등본 몇 개월 안에 뗀 거여야 돼요')).toEqual(['법인등기부등본', '발급']);
		expect(content('인감증명서 언제 떼야 돼요')).toEqual(['인감증명서', '발급']);
		expect(content('중소1 중소2 이런 구간은 뭐예요')).toEqual(['중소1', '중소2', '구간']);
		expect(content('그거 계약서 이렇게 쓰면 돼요')).toEqual(['계약서']);
		expect(content('본인인증도 전자결제 신청할때 같이 고르나요')).toEqual(['본인인증', '전자결제', '신청', '선택']);
		expect(content('휴대폰 결제도 부분취소 되는 PG사가 있긴 해요?')).toEqual(['휴대폰', '결제', '부분취소', 'pg사']);
		// 뜨다 (show up) says nothing without what shows.
		expect(content('사업자 정보 결제 페이지에도 떠야 되나요')).toEqual(['사업자', '정보', '결제', '페이지']);
	});

	it('reads 마다 as a suffix searched both ways, 할때마다 as an ending, 다른 and 부르다 as function words, 결재 as 결제', () => {
		expect(splitWord('pg사마다')).toEqual({ typed: 'pg사마다', content: 'pg사', verb: false, whole: 'pg사마다' });
		// After a Latin word, the suffix is part of the word (PG별 is no PG).
		expect(splitWord('pg마다').content).toBe('pg마다');
		expect(splitWord('pg별로').content).toBe('pg별');
		expect(content('MID를 결제대행사마다 다른 이름으로 부르나요')).toEqual(['mid', '결제대행사', '이름']);
		expect(content('결제할때마다 인증 안하는 결재를 뭐라고 불러요')).toEqual(['결제', '인증']);
		expect(parseQuery('결재 취소').alternatives[0]).toContain('결재');
	});

	it('finds the words a question asks the meaning of (이란, 라는), alone and with the word before', () => {
		expect(parseQuery('결제창 방식이란 게 결제수단을 고르는 거예요?').defines).toEqual(['방식', '결제창 방식']);
		expect(parseQuery('MID란').defines).toEqual(['mid']);
		expect(parseQuery('관리자콘솔이라는 건 포트원 화면이에요').defines).toEqual(['관리자콘솔']);
		expect(parseQuery('관리자콘솔 화면').defines).toEqual([]);
		// 게 (the thing) says nothing of the page.
		expect(content('관리자콘솔이란 게 포트원 화면이에요')).toEqual(['관리자콘솔', '포트원', '화면']);
	});

	it('tells a question that asks what a thing is called from one that asks what to write', () => {
		expect(parseQuery('결제할때마다 인증 안하는 결재를 뭐라고 불러요').asksName).toBe(true);
		expect(parseQuery('이런 결제를 뭐라고 해요').asksName).toBe(true);
		expect(parseQuery('월 거래액 아직 모르는데 뭐라고 적어요').asksName).toBe(false);
		expect(parseQuery('MID가 뭐예요').asksName).toBe(false);
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

	it('are searched as written too, where an article keeps the English word (API Secret)', () => {
		expect(parseQuery('V2 API Secret').alternatives).toEqual([[], [], ['secret']]);
		expect(parseQuery('nice refund').alternatives).toEqual([[], ['refund', '취소']]);
	});

	it('borrowed into Korean are searched in both spellings (엑셀 and Excel)', () => {
		expect(parseQuery('결제내역 엑셀 다운로드').alternatives).toEqual([[], ['excel'], ['download']]);
		expect(parseQuery('페이팔 익스프레스 체크아웃').alternatives).toEqual([[], ['express'], ['checkout']]);
		expect(parseQuery('excel upload').alternatives).toEqual([['excel'], ['upload']]);
		// Shop builders too: the articles write 우커머스 and 쇼피파이 more often than WooCommerce and Shopify.
		expect(parseQuery('woocommerce recurring payment pg list').terms).toEqual(expect.arrayContaining(['우커머스', '리스트']));
		expect(parseQuery('쇼피파이 플러그인').alternatives).toEqual([['shopify'], ['plugin']]);
	});

	it('search a device or app by the name people call it and the name the articles use (맥북 and Mac OS)', () => {
		expect(parseQuery('맥북에서도 공동인증서 등록할 수 있어요?').alternatives).toEqual([['mac'], [], []]);
		expect(parseQuery('아이폰 사파리 결제창').alternatives).toEqual([['ios'], ['safari'], []]);
		expect(parseQuery('카톡 인앱 브라우저').alternatives[0]).toEqual(['카카오톡']);
	});

	it('make the other Latin words of the query English too, not Hangul typed in the English layout', () => {
		expect(content('card validity check')).toEqual(['카드', '유효성', '확인']);
		// Without an English word beside it, the layout is read as before.
		expect(content('kcp dlsltltm')).toEqual(['kcp', '이니시스']);
	});

	it('leave other Latin words alone', () => {
		expect(content('CI DI')).toEqual(['ci', 'di']);
		expect(content('kcp')).toEqual(['kcp']);
	});
});
