/**
 * The search benchmark's dev query sets: what readers type, and the page (and, where it matters, the
 * section) that answers. Written from the content, not from either search engine's output. A query may
 * accept more than one page when the content answers it in more than one place.
 */
export interface SearchCase {
	query: string;
	/** Page path(s) that answer, e.g. `/guides/kg-inicis-contract/`. */
	pages: string[];
	/** Heading id of the section that answers, on the first page. */
	section?: string;
	/** What kind of typing this case stands for. */
	kind: 'exact' | 'compound' | 'particle' | 'spacing' | 'choseong' | 'typing' | 'qwerty' | 'latin' | 'tag' | 'phrase';
}

const GUIDE = '/guides/kg-inicis-contract/';
const CHANNEL = '/guides/kg-inicis-channel-setup/';
const APPLY = '/guides/pg-application/';
const DOCS = '/guides/contract-documents/';
const REQUIREMENTS = '/guides/service-requirements/';

/** This site's own pages (content/docs). */
export const DEFAULT_CASES: SearchCase[] = [
	{ query: '이니시스 계약절차', pages: [GUIDE], kind: 'tag' },
	{ query: '이니시스계약절차', pages: [GUIDE], kind: 'spacing' },
	{ query: 'KG이니시스 상세 계약절차', pages: [GUIDE], kind: 'exact' },
	{ query: '계약절차', pages: [GUIDE], kind: 'compound' },
	{ query: '절차', pages: [GUIDE], kind: 'compound' },
	{ query: '이니시스', pages: [GUIDE, CHANNEL], kind: 'compound' },
	{ query: '키파일', pages: [GUIDE, CHANNEL], kind: 'exact' },
	{ query: '키 파일', pages: [GUIDE, CHANNEL], kind: 'spacing' },
	{ query: '키파일을 어디로 보내나요', pages: [GUIDE, CHANNEL], kind: 'particle' },
	{ query: '영업일', pages: [GUIDE, DOCS, APPLY], kind: 'compound' },
	{ query: '스팸함', pages: [GUIDE, APPLY, DOCS], kind: 'particle' },
	{ query: '바로오픈', pages: [GUIDE], section: '계약완료', kind: 'exact' },
	{ query: '정기결제 간편결제', pages: [GUIDE], section: '2-kg이니시스-정기결제-및-간편결제-이용시', kind: 'phrase' },
	{ query: '카드사 심사', pages: [GUIDE, REQUIREMENTS], kind: 'phrase' },
	{ query: '카드사심사 기간', pages: [GUIDE], section: '카드사-심사-진행', kind: 'spacing' },
	{ query: '채널설정방법', pages: [CHANNEL], kind: 'exact' },
	{ query: '테스트 MID', pages: [CHANNEL, GUIDE], kind: 'phrase' },
	{ query: '전자결제 신청방법', pages: [APPLY], kind: 'exact' },
	{ query: '전자결제신청', pages: [APPLY], kind: 'spacing' },
	{ query: '사업자등록증', pages: [APPLY, DOCS], kind: 'exact' },
	{ query: '구비서류', pages: [DOCS], kind: 'exact' },
	{ query: '법인 서류', pages: [DOCS], section: '법인사업자-기본-서류', kind: 'phrase' },
	{ query: '보증보험', pages: [DOCS], section: '보증보험', kind: 'exact' },
	{ query: '필수 구축요건', pages: [REQUIREMENTS], kind: 'exact' },
	{ query: '구축요건', pages: [REQUIREMENTS], kind: 'compound' },
	{ query: 'ㅇㄴㅅㅅ', pages: [GUIDE, CHANNEL], kind: 'choseong' },
	{ query: 'ㄱㅂㅅㄹ', pages: [DOCS], kind: 'choseong' },
	{ query: '계약절ㅊ', pages: [GUIDE], kind: 'typing' },
	{ query: '구비서ㄹ', pages: [DOCS], kind: 'typing' },
	{ query: 'dlsltltm', pages: [GUIDE, CHANNEL], kind: 'qwerty' },
	{ query: 'zlvkdlf', pages: [GUIDE, CHANNEL], kind: 'qwerty' },
	{ query: 'inicis', pages: [GUIDE, CHANNEL], kind: 'latin' },
];

const C = (id: string) => `/${id}/`;

/** The 359 articles of the real help center (../shared/corpus/portone-help). */
export const CORPUS_CASES: SearchCase[] = [
	{ query: '이니시스 계약절차', pages: [C('core-service/how-to-use/inicis-contract')], kind: 'tag' },
	{ query: '이니시스계약절차', pages: [C('core-service/how-to-use/inicis-contract')], kind: 'spacing' },
	{ query: 'KG이니시스 상세 계약절차', pages: [C('core-service/how-to-use/inicis-contract')], kind: 'exact' },
	{ query: '토스페이 계약절차', pages: [C('core-service/how-to-use/tosspay-contract')], kind: 'phrase' },
	{ query: '토스페이먼츠 계약절차', pages: [C('core-service/how-to-use/tosspayments-contract')], kind: 'phrase' },
	{ query: '다날 계약절차', pages: [C('core-service/how-to-use/danal-contract')], kind: 'phrase' },
	{ query: 'kcp 계약절차', pages: [C('core-service/how-to-use/kcp-contract')], kind: 'latin' },
	{ query: '나이스 계약', pages: [C('core-service/how-to-use/nice-contract')], kind: 'compound' },
	{ query: '카카오페이 계약절차', pages: [C('core-service/how-to-use/kakao-contract'), C('core-service/how-to-use/kakaopay-contract')], kind: 'phrase' },
	{ query: '페이코 계약', pages: [C('core-service/how-to-use/payco-contract')], kind: 'phrase' },
	{ query: '엑심베이 계약절차', pages: [C('core-service/how-to-use/eximbay-contract')], kind: 'phrase' },
	{ query: '헥토파이낸셜 계약절차', pages: [C('core-service/how-to-use/settle-contract')], kind: 'phrase' },
	{ query: 'KG이니시스 채널설정', pages: [C('core-service/channel-setting/inicis')], kind: 'phrase' },
	{ query: '이니시스채널설정', pages: [C('core-service/channel-setting/inicis')], kind: 'spacing' },
	{ query: '토스페이먼츠 채널설정방법', pages: [C('core-service/channel-setting/tosspayments')], kind: 'exact' },
	{ query: '네이버페이 채널설정', pages: [C('core-service/channel-setting/naverpay')], kind: 'phrase' },
	{ query: '카카오페이 채널', pages: [C('core-service/channel-setting/kakaopay')], kind: 'phrase' },
	{ query: '스마트로 채널설정', pages: [C('core-service/channel-setting/smartro')], kind: 'phrase' },
	{ query: '페이팔 채널설정', pages: [C('core-service/channel-setting/paypal')], kind: 'phrase' },
	{ query: '이니시스 상점아이디 추가', pages: [C('core-service/how-to-use/additional-inicis')], kind: 'phrase' },
	{ query: '상점아이디추가 다날', pages: [C('core-service/how-to-use/additional-danal')], kind: 'spacing' },
	{ query: '키파일', pages: [C('core-service/how-to-use/inicis-contract'), C('core-service/channel-setting/inicis')], kind: 'exact' },
	{ query: '키 파일', pages: [C('core-service/how-to-use/inicis-contract'), C('core-service/channel-setting/inicis')], kind: 'spacing' },
	{ query: '바로오픈 서비스', pages: [C('core-service/how-to-use/open-immediately')], kind: 'exact' },
	{ query: '바로오픈', pages: [C('core-service/how-to-use/open-immediately')], kind: 'exact' },
	{ query: '서비스 필수 구축요건', pages: [C('core-service/how-to-use/requirements')], kind: 'exact' },
	{ query: '구축요건', pages: [C('core-service/how-to-use/requirements')], kind: 'compound' },
	{ query: '위험업종', pages: [C('core-service/how-to-use/high-risk-industry'), C('core-service/payment-type/internationl-high-risk-industry')], kind: 'compound' },
	{ query: '결제 취소 방법', pages: [C('core-service/how-to-use/cancel-guide-using-admin-console'), C('faq/payment-faq/cancel-guide')], kind: 'phrase' },
	{ query: '부분취소 불가', pages: [C('core-service/how-to-use/impossible-partial-cancel')], kind: 'spacing' },
	{ query: '취소 가능한 기한', pages: [C('core-service/how-to-use/cancel-deadline-by-paymethod')], kind: 'phrase' },
	{ query: '환불 환급 일시', pages: [C('core-service/how-to-use/refund-date')], kind: 'phrase' },
	{ query: '가상계좌 환불', pages: [C('core-service/how-to-use/inicis-vbank-refund'), C('core-service/how-to-use/kcp-vbank-refund')], kind: 'phrase' },
	{ query: '부가세 설정', pages: [C('core-service/how-to-use/inicis-vat'), C('core-service/how-to-use/kcp-vat')], kind: 'phrase' },
	{ query: '빌링키', pages: [C('core-service/payment-type/billing-key')], kind: 'exact' },
	{ query: '빌링키란', pages: [C('core-service/payment-type/billing-key')], kind: 'particle' },
	{ query: '정기결제 카드 유효성', pages: [C('core-service/payment-type/schedule-validity-guide')], kind: 'phrase' },
	{ query: '해외결제 지원 결제대행사', pages: [C('core-service/payment-type/internationl-pg'), C('core-service/payment-type/content200053')], kind: 'phrase' },
	{ query: '애플페이', pages: [C('core-service/payment-type/content200042'), C('applepay')], kind: 'exact' },
	{ query: '웹훅이 무엇', pages: [C('faq/general-inquiry/content200004')], kind: 'particle' },
	{ query: '웹훅 재발송', pages: [C('core-service/payment-type/webhook-re-send')], kind: 'spacing' },
	{ query: '에스크로', pages: [C('faq/general-inquiry/content200006')], kind: 'exact' },
	{ query: '관리자 콘솔 2차 인증', pages: [C('faq/console-faq/2-depth-auth')], kind: 'phrase' },
	{ query: '관리자콘솔 로그인', pages: [C('faq/console-faq/impossible-login')], kind: 'spacing' },
	{ query: '관리자 계정 추가', pages: [C('faq/console-faq/add-admin-account')], kind: 'phrase' },
	{ query: '하위상점', pages: [C('faq/console-faq/sub-store-mgnt')], kind: 'exact' },
	{ query: '사업자번호 변경', pages: [C('faq/general-inquiry/change-business-number')], kind: 'phrase' },
	{ query: 'PG사 연락을 못받았어요', pages: [C('faq/general-inquiry/contract-checkpoint')], kind: 'particle' },
	{ query: 'CC67', pages: [C('faq/general-inquiry/kcp-business-number-error')], kind: 'exact' },
	{ query: '0086 오류', pages: [C('faq/general-inquiry/identity-verification-suspended-ip')], kind: 'phrase' },
	{ query: 'CI DI', pages: [C('core-service/how-to-use/identity-verification-value')], kind: 'latin' },
	{ query: '영중소 수수료', pages: [C('core-service/how-to-use/small-business-commission-fee'), C('faq/general-inquiry/what-is-the-small-business-fee')], kind: 'phrase' },
	{ query: '쇼피파이', pages: [C('core-service/how-to-use/shopify-guide'), C('core-service/how-to-use/shopify-available-list')], kind: 'exact' },
	{ query: '워드프레스 설정', pages: [C('core-service/how-to-use/wordpress-setting')], kind: 'phrase' },
	{ query: '네이버페이 주문형 결제형 차이', pages: [C('core-service/how-to-use/naverpay-order-diff')], kind: 'phrase' },
	{ query: '파트너 정산 자동화', pages: [C('admin-console/platform-settlement/partner_settlement_service_guide'), C('faq/platform-faq/platform_introduction')], kind: 'phrase' },
	{ query: 'PG 거래대사', pages: [C('admin-console/pg-settlement/content30')], kind: 'phrase' },
	{ query: '결제데이터분석', pages: [C('admin-console/analytics/content32')], kind: 'spacing' },
	{ query: 'ㅂㄹㅋ', pages: [C('core-service/payment-type/billing-key')], kind: 'choseong' },
	{ query: '쇼피ㅍ', pages: [C('core-service/how-to-use/shopify-guide'), C('core-service/how-to-use/shopify-available-list')], kind: 'typing' },
	{ query: 'dlsltltm rPdirwjfck', pages: [C('core-service/how-to-use/inicis-contract')], kind: 'qwerty' },
	{ query: 'toss 계약절차', pages: [C('core-service/how-to-use/tosspay-contract'), C('core-service/how-to-use/tosspayments-contract')], kind: 'latin' },
	{ query: 'paypal 해외결제', pages: [C('core-service/payment-type/paypal-international')], kind: 'latin' },
];
