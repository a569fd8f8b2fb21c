/**
 * Words Korean borrows from English, as merchants type them and as the articles may write them instead
 * (엑셀 or Excel, 익스프레스 체크아웃 or Express checkout): each spelling also searches the other.
 */
const LOANWORDS: Readonly<Record<string, string>> = {
	excel: '엑셀',
	upload: '업로드',
	download: '다운로드',
	webhook: '웹훅',
	secret: '시크릿',
	sample: '샘플',
	express: '익스프레스',
	checkout: '체크아웃',
	scheme: '스킴',
	token: '토큰',
	field: '필드',
	parameter: '파라미터',
	redirect: '리다이렉트',
	popup: '팝업',
	webview: '웹뷰',
	script: '스크립트',
	plugin: '플러그인',
	widget: '위젯',
	domain: '도메인',
	browser: '브라우저',
	chrome: '크롬',
	safari: '사파리',
	mac: '맥',
	cookie: '쿠키',
	magento: '마젠토',
	shopify: '쇼피파이',
	woocommerce: '우커머스',
	wordpress: '워드프레스',
	list: '리스트',
	cordova: '코르도바',
	react: '리액트',
	flutter: '플러터',
	android: '안드로이드',
};

/** A loanword's English spelling, by its Korean one (엑셀 → excel). */
export const LOANWORD_SPELLINGS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LOANWORDS).map(([english, korean]) => [korean, english]));

/**
 * English words of this domain as merchants type them beside a PG name ("kakaopay contract", "toss fee"),
 * and the Korean word the articles use. Like the Latin PG names of ./aliases.ts, a word found here searches
 * for the Korean one. Phrases of two words ("key file") are read before single words.
 */
export const ENGLISH_WORDS: Readonly<Record<string, string>> = {
	...LOANWORDS,
	contract: '계약',
	contracts: '계약',
	fee: '수수료',
	fees: '수수료',
	commission: '수수료',
	review: '심사',
	refund: '환불',
	refunds: '환불',
	cancel: '취소',
	cancellation: '취소',
	settlement: '정산',
	test: '테스트',
	channel: '채널',
	keyfile: '키파일',
	document: '서류',
	documents: '서류',
	application: '신청',
	apply: '신청',
	resend: '재발송',
	partner: '파트너',
	payment: '결제',
	error: '오류',
	receipt: '영수증',
	escrow: '에스크로',
	billing: '빌링',
	login: '로그인',
	account: '계정',
	vat: '부가세',
	international: '해외결제',
	overseas: '해외결제',
	foreign: '해외결제',
	guarantee: '보증보험',
	insurance: '보증보험',
	japan: '일본',
	china: '중국',
	identity: '본인인증',
	verification: '인증',
	certification: '인증',
	invoice: '세금계산서',
	subscription: '정기결제',
	recurring: '정기결제',
	installment: '할부',
	limit: '한도',
	deposit: '입금',
	email: '이메일',
	password: '비밀번호',
	console: '관리자콘솔',
	admin: '관리자콘솔',
	phone: '휴대폰',
	mobile: '휴대폰',
	card: '카드',
	coupon: '쿠폰',
	shipping: '배송',
	delivery: '배송',
	merchant: '상점',
	change: '변경',
	delete: '삭제',
	register: '등록',
	registration: '등록',
	signup: '가입',
	status: '상태',
	approval: '승인',
	transfer: '계좌이체',
	inquiry: '문의',
	payout: '지급',
	sandbox: '테스트',
	realtime: '실시간',
	currency: '통화',
	reconciliation: '거래대사',
	withholding: '원천징수',
	corporate: '법인',
	maintenance: '점검',
	age: '연령',
	reverse: '역발행',
	check: '확인',
	validity: '유효성',
	// 다이렉트 is a product's name in the articles, where "direct" is any English sentence's word: one way only.
	direct: '다이렉트',
	rounding: '반올림',
	formula: '수식',
	birth: '생년월일',
	birthday: '생년월일',
};

/** Two-word English phrases, read as one word. */
export const ENGLISH_PHRASES: Readonly<Record<string, string>> = {
	'key file': '키파일',
	'virtual account': '가상계좌',
	'card review': '카드사 심사',
	'test mode': '테스트',
	'cash receipt': '현금영수증',
	'tax invoice': '세금계산서',
	'identity verification': '본인인증',
	'partial cancel': '부분취소',
	'bank transfer': '계좌이체',
	'customer center': '고객센터',
	'sign up': '가입',
	'api key': 'api 키',
	'real time': '실시간',
	'corporate card': '법인카드',
	'withholding tax': '원천징수',
};

/**
 * Query words with English phrases joined into their Korean word (`['inicis', 'key', 'file']` →
 * `['inicis', '키파일']`); other words as they are.
 */
export function joinEnglishPhrases(words: string[]): string[] {
	const joined: string[] = [];
	for (let index = 0; index < words.length; index++) {
		const pair = `${words[index]!.toLowerCase()} ${words[index + 1]?.toLowerCase() ?? ''}`;
		if (ENGLISH_PHRASES[pair]) {
			joined.push(...ENGLISH_PHRASES[pair].split(' '));
			index++;
		} else joined.push(words[index]!);
	}
	return joined;
}
