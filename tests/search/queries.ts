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
	kind: 'exact' | 'compound' | 'particle' | 'spacing' | 'choseong' | 'typing' | 'qwerty' | 'latin' | 'tag' | 'phrase' | 'question' | 'typo' | 'english';
}

const GUIDE = '/guides/kg-inicis-contract/';
const CHANNEL = '/guides/kg-inicis-channel-setup/';
const APPLY = '/guides/pg-application/';
const DOCS = '/guides/contract-documents/';
const REQUIREMENTS = '/guides/service-requirements/';
const COMPARE = '/compare/';
/**
 * A term typed alone, or asked about (뭔가요, 란), asks what it is (issue 24): its glossary entry answers first, the pages
 * that use it too. Added to the cases that ask a term only, in every set (docs/benchmarks.md, 2026-12-06).
 */
const GLOSSARY = '/glossary/';
/**
 * The pages about no single PG. Since issue 24, a query that names no PG is answered by them before any PG's guide
 * that holds the same words (one PG's rule is not the rule): `계약 절차` by a general page, not by a PG's 계약 절차.
 */
const GENERAL = [APPLY, DOCS, REQUIREMENTS, COMPARE];

/**
 * Since every PG has its guide (2026-12-01), a query that names no PG is answered by each guide with a
 * section on its subject, not only by KG이니시스's; the first page keeps its section. Read from the guides'
 * headings: a section on the contract mail (2~3영업일, the spam folder), on the card review (its length), on
 * the documents and the guarantee insurance (보증보험). Where a general page answers too, it comes first (GENERAL).
 */
const guides = (...slugs: string[]) => slugs.map((slug) => `/guides/${slug}-contract/`);
const CONTRACT_MAIL = guides('danal', 'galaxia', 'hecto', 'kg-financial', 'kicc', 'kiwoompay', 'kpn', 'ksnet', 'nhn-kcp', 'nice', 'payco', 'paymentwall', 'smartro', 'tosspay', 'tosspayments', 'welcome');
const CARD_REVIEW = guides(
	'danal', 'eximbay', 'galaxia', 'hecto', 'kakaopay', 'kg-financial', 'kicc', 'kiwoompay', 'kpn', 'ksnet', 'naverpay-payment',
	'nhn-kcp', 'nice', 'payco', 'paymentwall', 'smartro', 'tosspay', 'tosspayments', 'welcome',
);
const INSURANCE = guides('danal', 'eximbay', 'galaxia', 'hecto', 'kg-financial', 'kicc', 'kiwoompay', 'kpn', 'ksnet', 'nice', 'smartro', 'tosspayments', 'welcome');
const DOCUMENTS = [...INSURANCE, ...guides('kakaopay', 'payco', 'paymentwall', 'tosspay', 'nhn-kcp')];
const TEST_CHANNEL = guides('eximbay', 'galaxia', 'hecto', 'kicc', 'kiwoompay', 'kpn', 'ksnet', 'nice', 'smartro', 'tosspay', 'tosspayments', 'welcome');

/** This site's own pages (content/docs, and /compare/). */
export const DEFAULT_CASES: SearchCase[] = [
	{ query: '이니시스 계약절차', pages: [GUIDE], kind: 'tag' },
	{ query: '이니시스계약절차', pages: [GUIDE], kind: 'spacing' },
	{ query: 'KG이니시스 상세 계약절차', pages: [GUIDE], kind: 'exact' },
	{ query: '계약절차', pages: GENERAL, kind: 'compound' },
	{ query: '절차', pages: GENERAL, kind: 'compound' },
	{ query: '이니시스', pages: [GUIDE, CHANNEL], kind: 'compound' },
	{ query: '키파일', pages: [GUIDE, CHANNEL, GLOSSARY], kind: 'exact' },
	{ query: '키 파일', pages: [GUIDE, CHANNEL, GLOSSARY], kind: 'spacing' },
	{ query: '키파일을 어디로 보내나요', pages: [GUIDE, CHANNEL], kind: 'particle' },
	{ query: '영업일', pages: [GUIDE, DOCS, APPLY, ...CONTRACT_MAIL], kind: 'compound' },
	{ query: '스팸함', pages: [GUIDE, APPLY, DOCS, ...CONTRACT_MAIL], kind: 'particle' },
	{ query: '바로오픈', pages: [REQUIREMENTS, COMPARE, GLOSSARY], section: '5-카드사-심사에서-보는-것', kind: 'exact' },
	{ query: '정기결제 간편결제', pages: [GUIDE, COMPARE], section: '2-kg이니시스-정기결제-및-간편결제-이용시', kind: 'phrase' },
	{ query: '카드사 심사', pages: [GUIDE, REQUIREMENTS, ...CARD_REVIEW, GLOSSARY], kind: 'phrase' },
	{ query: '카드사심사 기간', pages: [GUIDE, REQUIREMENTS, ...CARD_REVIEW], section: '카드사-심사-진행', kind: 'spacing' },
	{ query: '채널설정방법', pages: [CHANNEL], kind: 'exact' },
	{ query: '테스트 MID', pages: [CHANNEL, GUIDE, ...TEST_CHANNEL], kind: 'phrase' },
	{ query: '전자결제 신청방법', pages: [APPLY], kind: 'exact' },
	{ query: '전자결제신청', pages: [APPLY], kind: 'spacing' },
	{ query: '사업자등록증', pages: [APPLY, DOCS, ...DOCUMENTS], kind: 'exact' },
	{ query: '구비서류', pages: [DOCS, ...DOCUMENTS], kind: 'exact' },
	{ query: '법인 서류', pages: [DOCS], section: '법인사업자-기본-서류', kind: 'phrase' },
	{ query: '보증보험', pages: [DOCS, ...INSURANCE, GLOSSARY], section: '보증보험', kind: 'exact' },
	{ query: '필수 구축요건', pages: [REQUIREMENTS], kind: 'exact' },
	{ query: '구축요건', pages: [REQUIREMENTS], kind: 'compound' },
	{ query: 'ㅇㄴㅅㅅ', pages: [GUIDE, CHANNEL], kind: 'choseong' },
	{ query: 'ㄱㅂㅅㄹ', pages: [DOCS], kind: 'choseong' },
	{ query: '계약절ㅊ', pages: GENERAL, kind: 'typing' },
	{ query: '구비서ㄹ', pages: [DOCS], kind: 'typing' },
	{ query: 'dlsltltm', pages: [GUIDE, CHANNEL], kind: 'qwerty' },
	{ query: 'zlvkdlf', pages: [GUIDE, CHANNEL, GLOSSARY], kind: 'qwerty' },
	{ query: 'inicis', pages: [GUIDE, CHANNEL], kind: 'latin' },
	// Questions that name no PG, which every PG's guide also answers in its own way (issue 24).
	{ query: '홈페이지 하단에 뭐 넣어야 돼요', pages: [REQUIREMENTS], section: '2-사업자-정보-표시', kind: 'question' },
	{ query: '테스트 도메인으로 신청해도 돼요', pages: [REQUIREMENTS], kind: 'question' },
	{ query: '법인 인감증명서 유효기간', pages: [DOCS], section: '법인사업자-기본-서류', kind: 'phrase' },
	{ query: '정기결제 되는 PG', pages: [COMPARE], kind: 'question' },
	{ query: '계약 절차', pages: GENERAL, kind: 'phrase' },
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
	{ query: '키파일', pages: [C('core-service/how-to-use/inicis-contract'), C('core-service/channel-setting/inicis'), GLOSSARY], kind: 'exact' },
	{ query: '키 파일', pages: [C('core-service/how-to-use/inicis-contract'), C('core-service/channel-setting/inicis'), GLOSSARY], kind: 'spacing' },
	{ query: '바로오픈 서비스', pages: [C('core-service/how-to-use/open-immediately')], kind: 'exact' },
	{ query: '바로오픈', pages: [C('core-service/how-to-use/open-immediately'), GLOSSARY], kind: 'exact' },
	{ query: '서비스 필수 구축요건', pages: [C('core-service/how-to-use/requirements')], kind: 'exact' },
	{ query: '구축요건', pages: [C('core-service/how-to-use/requirements')], kind: 'compound' },
	{ query: '위험업종', pages: [C('core-service/how-to-use/high-risk-industry'), C('core-service/payment-type/internationl-high-risk-industry')], kind: 'compound' },
	{ query: '결제 취소 방법', pages: [C('core-service/how-to-use/cancel-guide-using-admin-console'), C('faq/payment-faq/cancel-guide')], kind: 'phrase' },
	{ query: '부분취소 불가', pages: [C('core-service/how-to-use/impossible-partial-cancel')], kind: 'spacing' },
	{ query: '취소 가능한 기한', pages: [C('core-service/how-to-use/cancel-deadline-by-paymethod')], kind: 'phrase' },
	{ query: '환불 환급 일시', pages: [C('core-service/how-to-use/refund-date')], kind: 'phrase' },
	{ query: '가상계좌 환불', pages: [C('core-service/how-to-use/inicis-vbank-refund'), C('core-service/how-to-use/kcp-vbank-refund')], kind: 'phrase' },
	{ query: '부가세 설정', pages: [C('core-service/how-to-use/inicis-vat'), C('core-service/how-to-use/kcp-vat')], kind: 'phrase' },
	{ query: '빌링키', pages: [C('core-service/payment-type/billing-key'), GLOSSARY], kind: 'exact' },
	{ query: '빌링키란', pages: [C('core-service/payment-type/billing-key'), GLOSSARY], kind: 'particle' },
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

/**
 * Held-out set: what a merchant types on a phone — everyday questions with endings and question words,
 * a word mistyped by one syllable, English content words beside a PG name — over the same 359 articles.
 * Written from the articles before any ranking constant was tuned on it (docs/benchmarks.md says which
 * constants were tuned on which set); it reports the goal, it does not tune.
 */
export const QUESTION_CASES: SearchCase[] = [
	// Questions: the content words are in the article; the endings, question words and politeness are not.
	{ query: '서류는 어디로 보내나요', pages: [C('procedure/pg-application/content54')], section: '계약서-및-구비서류-작성', kind: 'question' },
	{ query: '토스 계약하려면 어떻게 해요', pages: [C('core-service/how-to-use/tosspayments-contract'), C('core-service/how-to-use/tosspay-contract')], kind: 'question' },
	{ query: '심사 얼마나 걸려요', pages: [C('procedure/pg-application/content59')], kind: 'question' },
	{ query: '가상계좌 환불 안 돼요', pages: [C('core-service/how-to-use/inicis-vbank-refund'), C('core-service/how-to-use/kcp-vbank-refund')], kind: 'question' },
	{ query: '토스페이 카드사 심사 2주 걸리나요', pages: [C('core-service/how-to-use/tosspay-contract')], section: '카드사-심사-진행', kind: 'question' },
	{ query: 'KSNET 심사 기간 얼마나 돼요', pages: [C('core-service/how-to-use/ksnet-contract')], section: '카드사-심사-진행', kind: 'question' },
	{ query: '카드사 심사 현황 어디서 봐요', pages: [C('procedure/pg-application/content59')], section: '카드사-심사진행-현황조회', kind: 'question' },
	{ query: '이니시스 키파일 어디로 보내요', pages: [C('core-service/how-to-use/inicis-contract')], section: '2-kg이니시스-정기결제-및-간편결제-이용시', kind: 'question' },
	{ query: '보증보험 꼭 가입해야 하나요', pages: [C('procedure/pg-application/content54')], section: '보증보험-가입', kind: 'question' },
	{ query: '관리자 콘솔 로그인이 안 돼요', pages: [C('faq/console-faq/impossible-login')], kind: 'question' },
	{ query: '결제 취소는 어떻게 하나요', pages: [C('faq/payment-faq/cancel-guide'), C('core-service/how-to-use/cancel-guide-using-admin-console')], kind: 'question' },
	{ query: '결제취소 언제까지 되나요', pages: [C('faq/payment-faq/cancel-deadline'), C('core-service/how-to-use/cancel-deadline-by-paymethod')], kind: 'question' },
	{ query: '법인카드로 결제 되나요', pages: [C('faq/payment-faq/business-card-available')], kind: 'question' },
	{ query: '사업자번호 바뀌었는데 어떻게 해야 하나요', pages: [C('faq/general-inquiry/change-business-number')], kind: 'question' },
	{ query: '현금영수증 어디서 확인해요', pages: [C('faq/payment-faq/cash-receipt-guide')], kind: 'question' },
	{ query: '매출전표 어떻게 봐요', pages: [C('faq/payment-faq/receipt-guide')], kind: 'question' },
	{ query: '토스페이먼츠 최소 결제 금액 얼마예요', pages: [C('faq/payment-faq/pg-max-min-amount')], section: '토스페이먼츠', kind: 'question' },
	{ query: '가상계좌 테스트 어떻게 해요', pages: [C('faq/payment-faq/vbank-test-guide')], section: '가상계좌-테스트-방법', kind: 'question' },
	{ query: 'PG사에서 연락이 안 와요', pages: [C('faq/general-inquiry/contract-checkpoint')], kind: 'question' },
	{ query: '관리자 계정 몇 개까지 만들 수 있어요', pages: [C('faq/console-faq/add-admin-account')], kind: 'question' },
	{ query: '웹훅이 뭐예요', pages: [C('faq/general-inquiry/content200004'), C('faq/platform-faq/platform_webhook_definition')], kind: 'question' },
	{ query: '해외결제 되는 PG사 어디 있나요', pages: [C('core-service/payment-type/internationl-pg'), C('core-service/payment-type/content200053')], kind: 'question' },
	{ query: '네이버페이 주문형이랑 결제형 뭐가 달라요', pages: [C('core-service/how-to-use/naverpay-order-diff')], kind: 'question' },
	{ query: '빌링키가 뭔가요', pages: [C('core-service/payment-type/billing-key'), GLOSSARY], kind: 'question' },
	{ query: '본인인증으로 나이 제한 되나요', pages: [C('core-service/how-to-use/identity-verification-age-restriction')], kind: 'question' },
	{ query: '계약 끝나면 어떤 정보를 받나요', pages: [C('faq/general-inquiry/real-channel-info')], kind: 'question' },
	{ query: '부분취소가 안 되는 경우가 있나요', pages: [C('core-service/how-to-use/impossible-partial-cancel')], kind: 'question' },
	{ query: '카카오페이 환불하면 언제 들어와요', pages: [C('core-service/how-to-use/refund-date')], section: '카카오페이', kind: 'question' },
	{ query: '테스트 결제 환불은 어떻게 해요', pages: [C('core-service/how-to-use/test-mode-cancel')], kind: 'question' },
	{ query: '다날 상점아이디 추가하려면요', pages: [C('core-service/how-to-use/additional-danal')], kind: 'question' },
	{ query: '위험업종이 뭐예요', pages: [C('core-service/how-to-use/high-risk-industry'), C('core-service/payment-type/internationl-high-risk-industry')], kind: 'question' },
	{ query: '가상계좌 환불 비용 얼마예요', pages: [C('core-service/how-to-use/inicis-vbank-refund')], section: '가상계좌-환불-비용', kind: 'question' },
	// One syllable mistyped.
	{
		query: '토스페이먼추',
		pages: [
			C('core-service/how-to-use/tosspayments-contract'),
			C('core-service/channel-setting/tosspayments'),
			C('core-service/how-to-use/additional-tosspayments'),
			C('core-service/payment-type/tosspayment-international'),
		],
		kind: 'typo',
	},
	{ query: '토스페이먼추 계약절차', pages: [C('core-service/how-to-use/tosspayments-contract')], kind: 'typo' },
	{ query: '이니시스 계약절챠', pages: [C('core-service/how-to-use/inicis-contract')], kind: 'typo' },
	{ query: '빌링기', pages: [C('core-service/payment-type/billing-key'), GLOSSARY], kind: 'typo' },
	{ query: '에스크러', pages: [C('faq/general-inquiry/content200006'), GLOSSARY], kind: 'typo' },
	{ query: '워드프레스 설졍', pages: [C('core-service/how-to-use/wordpress-setting')], kind: 'typo' },
	{ query: '헥토파이넨셜 계약', pages: [C('core-service/how-to-use/settle-contract')], kind: 'typo' },
	{ query: '가상계자 환불', pages: [C('core-service/how-to-use/inicis-vbank-refund'), C('core-service/how-to-use/kcp-vbank-refund')], kind: 'typo' },
	{ query: '구축요권', pages: [C('core-service/how-to-use/requirements')], kind: 'typo' },
	{ query: '정기결재 카드 유효성', pages: [C('core-service/payment-type/schedule-validity-guide')], kind: 'typo' },
	{ query: '카카오폐이 채널설정', pages: [C('core-service/channel-setting/kakaopay')], kind: 'typo' },
	// English content words beside a PG name, or alone.
	{ query: 'kakaopay contract', pages: [C('core-service/how-to-use/kakao-contract'), C('core-service/how-to-use/kakaopay-contract')], kind: 'english' },
	{ query: 'toss fee', pages: [C('pricing/pg/domestic-and-oversea-fees'), C('core-service/payment-type/hub-service-fee')], kind: 'english' },
	{ query: 'toss contract', pages: [C('core-service/how-to-use/tosspayments-contract'), C('core-service/how-to-use/tosspay-contract')], kind: 'english' },
	{ query: 'inicis refund', pages: [C('core-service/how-to-use/inicis-vbank-refund')], kind: 'english' },
	{ query: 'naverpay review', pages: [C('core-service/how-to-use/naverpay-review-items'), C('core-service/how-to-use/naverpay-order-review-items')], kind: 'english' },
	{ query: 'danal channel', pages: [C('core-service/channel-setting/danal')], kind: 'english' },
	{ query: 'inicis key file', pages: [C('core-service/how-to-use/inicis-contract'), C('core-service/channel-setting/inicis')], kind: 'english' },
	{ query: 'contract documents', pages: [C('procedure/pg-application/content54')], section: '계약서-및-구비서류-작성', kind: 'english' },
	{ query: 'test payment refund', pages: [C('core-service/how-to-use/test-mode-cancel')], kind: 'english' },
	{ query: 'webhook resend', pages: [C('core-service/payment-type/webhook-re-send')], kind: 'english' },
	{ query: 'partner settlement', pages: [C('admin-console/platform-settlement/partner_settlement_service_guide'), C('faq/platform-faq/platform_introduction')], kind: 'english' },
];

/**
 * Second held-out set, written 2026-12-01 from the articles by someone who had not seen the ranking code
 * or any search result, and committed before it was ever run. Same three kinds of typing as
 * QUESTION_CASES, over articles and sections that the sets above mostly leave alone. It reports; it never
 * tunes: no ranking constant may be chosen by looking at how this set scores.
 */
export const FRESH_QUESTION_CASES: SearchCase[] = [
	// Questions: the content words are in the article; the endings, question words and politeness are not.
	{ query: '취소한 결제 원복 언제까지 돼요', pages: [C('core-service/how-to-use/cancel-reversal')], section: '취소-원복-가능기한', kind: 'question' },
	{ query: '나이스페이 고객센터 전화번호 뭐예요', pages: [C('core-service/how-to-use/information-pg')], section: '나이스정보통신나이스페이', kind: 'question' },
	{ query: 'PG 정산 주기 포트원에서 바꿀 수 있나요', pages: [C('core-service/how-to-use/payment-settlement-method')], kind: 'question' },
	{ query: '포인트 충전 서비스도 PG 계약 되나요', pages: [C('core-service/how-to-use/point-service'), C('core-service/how-to-use/high-risk-industry')], kind: 'question' },
	{ query: '호스팅사 쓰고 있는데 포트원 연동 되나요', pages: [C('core-service/how-to-use/other-hosting-company')], kind: 'question' },
	{ query: '정기결제 할 때 공인인증 꼭 거쳐야 돼요?', pages: [C('core-service/payment-type/schedule-requirement')], kind: 'question' },
	{ query: '수기결제 되는 PG사 어디예요', pages: [C('core-service/payment-type/content200052'), C('service/pg/pg-service-list')], kind: 'question' },
	{ query: '관리자콘솔 로그인 이메일 바꾸고 싶어요', pages: [C('faq/console-faq/change-console-url'), C('admin-console/console-account/content31')], kind: 'question' },
	{ query: '대시보드랑 결제내역 금액이 왜 달라요', pages: [C('faq/console-faq/payment-list')], section: '홈대시보드-집계기준과-비교하기', kind: 'question' },
	{ query: '다날 SMS 인증 테스트 왜 안 돼요', pages: [C('faq/general-inquiry/content200041'), C('service/identity-verification/identity-verification')], kind: 'question' },
	{ query: '결제 연동하면 개인정보처리방침에 포트원 적어야 하나요', pages: [C('faq/general-inquiry/portone-security')], kind: 'question' },
	{ query: '회사 합병하면 PG 계약 새로 해야 돼요', pages: [C('faq/payment-faq/business-info-change'), C('faq/general-inquiry/change-business-number')], kind: 'question' },
	{ query: 'kcp 현금영수증 입력 안 하면 어떻게 발행돼요', pages: [C('faq/payment-faq/kcp-cash-receipt'), C('faq/payment-faq/cash-receipt-guide')], section: 'kcp-현금영수증-발행-기준', kind: 'question' },
	{ query: '가상계좌 번호 고객한테 자동으로 보내주나요', pages: [C('faq/payment-faq/vbank-info')], kind: 'question' },
	{ query: '가상계좌 입금했는데 왜 결제완료로 안 바뀌어요', pages: [C('faq/payment-faq/vbank-service-detail'), C('faq/payment-faq/vbank-test-guide')], section: '가상계좌-연동시-필수-설정사항', kind: 'question' },
	{ query: 'KCP 환불하려는데 정산금액 부족이라고 떠요', pages: [C('faq/payment-faq/payment-failure-kcp-insufficient-funds')], kind: 'question' },
	{ query: '우커머스 비과세 상품 어떻게 설정해요', pages: [C('faq/payment-faq/wordpress-woocommerce-taxation')], kind: 'question' },
	{
		query: '테스트 결제 국민카드로 하면 왜 실패해요',
		pages: [
			C('procedure/payment-integration/test-integration'),
			C('core-service/channel-setting/inicis'),
			C('core-service/channel-setting/nice'),
			C('core-service/channel-setting/kakaopay'),
		],
		section: '테스트연동의-특징',
		kind: 'question',
	},
	{ query: '가입신청할 때 앱이 아직 스토어에 없으면 URL 뭐 써요', pages: [C('procedure/pg-application/start')], section: '서비스정보-등록', kind: 'question' },
	{ query: '이지페이 계약 서류 우편으로도 보내야 돼요?', pages: [C('core-service/how-to-use/kicc-contract')], section: '서류-및-정보-제출-방법', kind: 'question' },
	{ query: '네이버페이 결제형 1차 심사 며칠 걸려요', pages: [C('core-service/how-to-use/naverpay-contract')], section: '계약진행', kind: 'question' },
	{ query: '페이팔은 계약 따로 안 해도 되나요', pages: [C('core-service/how-to-use/paypal-contract')], kind: 'question' },
	{ query: '이니시스로 네이버페이 쓰려면 어디서 신청해요', pages: [C('core-service/payment-type/inicis-easypay-hub-fee')], section: 'kg이니시스-간편결제-추가-절차', kind: 'question' },
	{
		query: '삼성페이는 수수료 더 붙나요',
		pages: [C('core-service/payment-type/hub-service-fee'), C('core-service/payment-type/nice-easypay-hub-fee'), C('faq/payment-faq/content200022')],
		section: 'pg-제휴-간편결제-수수료율-표-vat별도',
		kind: 'question',
	},
	{ query: 'KCP에 카카오페이 추가하려면 어디다 요청해요', pages: [C('core-service/payment-type/kcp-easypay-hub-apply')], kind: 'question' },
	{ query: 'REST API 키 어디서 봐요', pages: [C('admin-console/integration/content28'), C('core-service/how-to-use/wordpress-setting')], section: '2-내-식별코드--api-keys', kind: 'question' },
	{ query: '휴대폰 본인인증 되는 PG사 어디예요', pages: [C('service/identity-verification/identity-verification'), C('service/pg/pg-service-list')], kind: 'question' },
	{
		query: '헬스장 이용권 팔려는데 PG 입점 되나요',
		pages: [C('core-service/how-to-use/high-risk-industry'), C('procedure/pg-application/content54')],
		section: '20-체육시설헬스장필라테스-등-이용권',
		kind: 'question',
	},
	{
		query: '파트너한테 지급 예약 이체 되나요',
		pages: [
			C('faq/platform-faq/platform_payoutagency_scheduled_payment'),
			C('faq/platform-faq/platform_payout_guide'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'question',
	},
	{
		query: '파트너 엑셀로 한꺼번에 등록할 수 있어요',
		pages: [
			C('faq/platform-faq/platform_partner_bulk_registration'),
			C('faq/platform-faq/platform_function_partnerbulkupload'),
			C('faq/platform-faq/platform_nocode_guide'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'question',
	},
	{ query: '다날 휴대폰결제 수수료 얼마예요', pages: [C('pricing/pg/domestic-and-oversea-fees')], section: '국내-결제-수수료', kind: 'question' },
	{ query: '네이버페이 정산내역 안 보이는데 뭘 등록해야 돼요', pages: [C('admin-console/pg-settlement-history/content35')], section: '0안내-사항', kind: 'question' },
	// One syllable mistyped (a vowel, a final consonant or a neighbouring key).
	{ query: '토스페이먼츠 현금영수중', pages: [C('faq/payment-faq/tosspayments-cash-receipt')], kind: 'typo' },
	{ query: '역발헹 세금계산서 취소', pages: [C('faq/tax-invoice-faq/taxinvoice_cancel'), C('faq/tax-invoice-faq/taxinvoice_guide_atoz')], kind: 'typo' },
	{ query: '엑심배이 해외결제', pages: [C('core-service/payment-type/eximbay-international')], kind: 'typo' },
	{ query: '겔럭시아 계약절차', pages: [C('core-service/how-to-use/galaxia-contract')], kind: 'typo' },
	{ query: '웰콤페이먼츠 채널설정', pages: [C('core-service/channel-setting/welcome')], kind: 'typo' },
	{ query: '네이버페이 빠른 전산', pages: [C('core-service/how-to-use/naverpay-order-1')], kind: 'typo' },
	{ query: '인앱결제 기즌', pages: [C('faq/general-inquiry/content200011')], kind: 'typo' },
	{ query: '입금자멍 변경', pages: [C('core-service/how-to-use/kcp-vbank-refund')], kind: 'typo' },
	{ query: '웹훅 호출태스트', pages: [C('admin-console/integration/content28')], section: '3-결제알림webhook-관리', kind: 'typo' },
	{ query: '포트원 사칭 뭄자', pages: [C('content200001'), C('content200043')], kind: 'typo' },
	// English content words beside a PG name, or alone.
	{ query: 'nice contract', pages: [C('core-service/how-to-use/nice-contract')], kind: 'english' },
	{ query: 'kpn contract', pages: [C('core-service/how-to-use/content200000')], kind: 'english' },
	{ query: 'danal cancel error', pages: [C('faq/payment-faq/payment-failure-danal-insufficient-funds')], kind: 'english' },
	{ query: 'ksnet test', pages: [C('core-service/channel-setting/ksnet'), C('core-service/how-to-use/ksnet-contract')], section: '테스트-연동', kind: 'english' },
	{ query: 'kiwoom channel', pages: [C('core-service/channel-setting/daou')], kind: 'english' },
	{ query: 'inicis japan', pages: [C('core-service/payment-type/content200047'), C('core-service/channel-setting/inicis')], kind: 'english' },
	{
		query: 'webhook url',
		pages: [C('faq/general-inquiry/content200004'), C('admin-console/integration/content28'), C('faq/payment-faq/vbank-service-detail')],
		section: '웹훅-url-설정',
		kind: 'english',
	},
	{ query: 'billing key', pages: [C('core-service/payment-type/billing-key')], kind: 'english' },
	{ query: 'kicc documents', pages: [C('core-service/how-to-use/kicc-contract')], section: '구비-서류', kind: 'english' },
];

/**
 * A third held-out set, 65 queries over the corpus (42 questions, 12 one-syllable typos, 11 English): written
 * 2026-12-01 by a helper who read only the corpus and this file's format — no search code, benchmark or result —
 * and committed before its first run, after the ranking changes made on the misses of FRESH_QUESTION_CASES.
 */
export const THIRD_QUESTION_CASES: SearchCase[] = [
	// Questions: the content words are in the article; the endings, question words and politeness are not.
	{ query: '세금계산서 늦게 발행하면 가산세 얼마나 붙어요', pages: [C('faq/tax-invoice-faq/taxinvoice_delayed')], kind: 'question' },
	{
		query: '파트너가 팝빌에 따로 가입해야 하나요',
		pages: [
			C('faq/tax-invoice-faq/taxinvoice_reverse_issuance_partner_signup'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
			C('faq/tax-invoice-faq/platform_partnerships'),
		],
		kind: 'question',
	},
	{
		query: '세금계산서 승인하면 국세청에 언제 넘어가요',
		pages: [
			C('faq/platform-faq/taxinvoice_reverse_issuance_supplier_process'),
			C('faq/tax-invoice-faq/taxinvoice_partner_peristalsis'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
		],
		kind: 'question',
	},
	{
		query: '파트너랑 연동된 거래처는 왜 삭제가 안 돼요',
		pages: [C('faq/tax-invoice-faq/difference_account_partner')],
		section: '파트너와-연동된-거래처는-수정삭제가-가능한가요',
		kind: 'question',
	},
	{
		query: '원천징수 3.3% 빼고 지급할 수 있나요',
		pages: [
			C('faq/platform-faq/platform_tax_setting_guide'),
			C('faq/platform-faq/platform_tax_withholding_tax_definition'),
			C('content200029'),
			C('platform-2025-04-08'),
		],
		section: '2-원천징수세액-정산금-차감-여부',
		kind: 'question',
	},
	{
		query: '정산 보류일이 뭐예요',
		pages: [
			C('faq/platform-faq/platform_settlement_hold_date_setting'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
			C('faq/platform-faq/platform_settlement_cycle_setting'),
		],
		kind: 'question',
	},
	{
		query: '주말이나 공휴일에도 정산 송금할 수 있어요',
		pages: [
			C('faq/platform-faq/platform_settlement_holidays'),
			C('faq/platform-faq/platform_payoutagency_realtime_payment'),
			C('faq/platform-faq/platform_payout_guide'),
		],
		kind: 'question',
	},
	{
		query: '정산용 가상계좌 돈 출금하려면 어디서 해요',
		pages: [C('faq/platform-faq/platform_virtual_account_withdrawal'), C('platform-2025-07-07')],
		kind: 'question',
	},
	{
		query: '송금 테스트용 모의 계좌 잔액 얼마예요',
		pages: [C('faq/platform-faq/system_test_environment'), C('platform-2025-07-07')],
		kind: 'question',
	},
	{
		query: '파트너 정산할 때 PG 수수료도 빼고 줄 수 있나요',
		pages: [
			C('faq/platform-faq/platform_pg_fee_handling'),
			C('faq/platform-faq/platform_additional_fee_setting'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'question',
	},
	{
		query: '쿠폰 할인 분담은 정산에 어떻게 반영해요',
		pages: [
			C('faq/platform-faq/platform_ecommerce_discount_policy'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'question',
	},
	{
		query: '호스팅사 쓰는 웹사이트인데 파트너 정산 API 연동 돼요?',
		pages: [C('faq/platform-faq/platform_nocode_hosting'), C('faq/platform-faq/platform_introduction_conditions')],
		kind: 'question',
	},
	{
		query: '지급대행 안 쓰고 직접 정산하면 안 되나요',
		pages: [C('faq/platform-faq/platform_definition_payout_agency')],
		section: '지급대행-서비스는-왜-필요한가요',
		kind: 'question',
	},
	{ query: '재고 부족하면 승인 전에 결제 거절할 수 있나요', pages: [C('faq/general-inquiry/confirm-process')], kind: 'question' },
	{
		query: 'KCP 본인인증 인증결과 URL 어디서 등록해요',
		pages: [C('core-service/channel-setting/kcp_channel')],
		section: '설정방법-7',
		kind: 'question',
	},
	{ query: '페이코 테스트하려면 앱 지워야 돼요?', pages: [C('core-service/channel-setting/payco')], kind: 'question' },
	{
		query: '헥토 테스트 결제 취소 안 해도 돼요?',
		pages: [C('core-service/channel-setting/settle'), C('core-service/how-to-use/test-mode-cancel')],
		section: '테스트-연동',
		kind: 'question',
	},
	{
		query: '페이먼트월 테스트하면 실제로 돈 나가요?',
		pages: [C('core-service/channel-setting/paymentwall'), C('core-service/how-to-use/test-mode-cancel')],
		section: '테스트-연동',
		kind: 'question',
	},
	{ query: 'KPN 면세용 테스트 MID 뭐예요', pages: [C('core-service/channel-setting/kpn')], kind: 'question' },
	{ query: '스마일페이 실연동할 때 ENC Key 어디서 받아요', pages: [C('core-service/channel-setting/smilepay')], kind: 'question' },
	{
		query: '이지페이 일반결제랑 정기결제 채널 따로 만들어야 돼요?',
		pages: [C('core-service/channel-setting/kicc')],
		section: '실-연동',
		kind: 'question',
	},
	{
		query: '플렉스지 쓰는데 토스페이먼츠 MID랑 API키 어디서 확인해요',
		pages: [C('core-service/how-to-use/withsoft-guide')],
		section: '토스페이먼츠_상점-연동-정보-조회전달',
		kind: 'question',
	},
	{
		query: '우커머스로 정기결제 하려면 유료 플러그인 필요해요?',
		pages: [C('core-service/how-to-use/wordpress-available-pg')],
		section: '정기결제-이용시-참고사항',
		kind: 'question',
	},
	{
		query: '우커머스에서 헥토파이낸셜 가상계좌 되나요',
		pages: [C('core-service/how-to-use/content200009')],
		section: '일반결제',
		kind: 'question',
	},
	{
		query: '다날 본인인증하면 휴대폰번호도 받을 수 있어요?',
		pages: [C('core-service/how-to-use/cellphone-identity-verification'), C('admin-console/payment-service/content29')],
		kind: 'question',
	},
	{
		query: '관리자 콘솔 결제내역에 테스트 결제가 안 보여요',
		pages: [C('admin-console/payment-service/content29'), C('faq/payment-faq/vbank-test-guide')],
		kind: 'question',
	},
	{
		query: '빌링결제 실패한 건 자동으로 다시 시도돼요?',
		pages: [C('admin-console/payment-service/content29'), C('content200002')],
		section: '리커버리',
		kind: 'question',
	},
	{ query: '본인인증만 쓰는데 포트원 요금 나가요?', pages: [C('faq/general-inquiry/content200031')], section: '-faq', kind: 'question' },
	{ query: 'MID 추가할 때도 PG 가입비 또 내야 돼요?', pages: [C('content200005')], kind: 'question' },
	{
		query: '나이스페이랑 직접 계약한 MID 포트원에서 그대로 쓸 수 있어요?',
		pages: [C('core-service/how-to-use/additional-nice'), C('procedure/service-addition/add-service')],
		kind: 'question',
	},
	{
		query: '토스페이 상점아이디 추가 신청서 우편으로 보내요?',
		pages: [C('core-service/how-to-use/additional-tosspay')],
		kind: 'question',
	},
	{
		query: '네이버페이 주문형 테스트하는데 API 호출 권한이 없다고 떠요',
		pages: [C('core-service/how-to-use/naverpay-order-contract')],
		section: '검수진행',
		kind: 'question',
	},
	{ query: '이니시스 해외카드 결제 컨텐츠도 가능해요?', pages: [C('core-service/payment-type/inicis-international')], kind: 'question' },
	{
		query: '페이팔 결제했는데 실패로 떴다가 나중에 완료돼요',
		pages: [C('core-service/payment-type/paypal-payment-status')],
		kind: 'question',
	},
	{ query: '정기결제 결과를 웹훅으로 받을 수 있어요?', pages: [C('core-service/payment-type/content200003')], kind: 'question' },
	{ query: '비사업자 개인한테도 정산대행 되는 PG사 있어요?', pages: [C('faq/general-inquiry/platform-contract-pg')], kind: 'question' },
	{
		query: '플랫폼에 입점한 공급자한테 결제대금 어떻게 나눠줘요',
		pages: [C('faq/general-inquiry/platform-contract-method')],
		kind: 'question',
	},
	{
		query: '전자담배 액상 온라인으로 팔아도 돼요?',
		pages: [C('notice-vape-2026-02-19'), C('core-service/how-to-use/high-risk-industry')],
		kind: 'question',
	},
	{
		query: '크로스보더 서비스 요금 얼마예요',
		pages: [C('pricing/portone/portone-pricing'), C('core-service/payment-type/content200007')],
		section: '3-크로스보더',
		kind: 'question',
	},
	{
		query: '휴대폰 정기결제 금액 매달 바꿀 수 있나요',
		pages: [C('service/payment-type/payment-type'), C('service/paymethod/paymethod')],
		section: '정기결제-연동방식',
		kind: 'question',
	},
	{
		query: 'API 방식은 카드사 인증 없이 결제돼요?',
		pages: [C('service/integration-type/integration-type')],
		section: 'api-방식',
		kind: 'question',
	},
	{ query: '가상계좌 고정식이랑 회전식 뭐가 달라요', pages: [C('service/paymethod/paymethod')], section: '가상계좌', kind: 'question' },
	// One syllable mistyped (a vowel, a final consonant or a neighbouring key).
	{
		query: '파트너 과세 유헝',
		pages: [C('faq/platform-faq/platform_partner_tax_type'), C('faq/platform-faq/platform_partner_info_guide'), C('content200020')],
		kind: 'typo',
	},
	{
		query: '정산 즈기 설정',
		pages: [
			C('faq/platform-faq/platform_settlement_cycle_setting'),
			C('faq/platform-faq/platform_settlement_hold_date_setting'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'typo',
	},
	{
		query: '거래쳐 일괄 등록',
		pages: [C('faq/tax-invoice-faq/bulk_registration_account'), C('faq/tax-invoice-faq/account_management_guide')],
		kind: 'typo',
	},
	{ query: '권장 출금 금엑', pages: [C('faq/platform-faq/recommended_withdrawal'), C('platform-2025-08-28')], kind: 'typo' },
	{
		query: '사용자 정의 속상',
		pages: [
			C('faq/platform-faq/platform_settlement_custom_attributes'),
			C('content200038'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'typo',
	},
	{ query: 'KCP 그룸아이디', pages: [C('core-service/channel-setting/kcp_channel')], kind: 'typo' },
	{
		query: '엑심베이 펀의점결제',
		pages: [C('core-service/channel-setting/eximbay')],
		section: '일본-편의점결제-테스트-방법',
		kind: 'typo',
	},
	{ query: '네이버페이 상품구메평', pages: [C('admin-console/payment-service/content29')], section: '5-네이버-상품구매평', kind: 'typo' },
	{
		query: '스마트리우팅',
		pages: [C('content200019'), C('faq/general-inquiry/content200031'), C('pricing/portone/portone-pricing')],
		kind: 'typo',
	},
	{ query: '나이스 해외카드 특악', pages: [C('core-service/payment-type/nice-international')], kind: 'typo' },
	{
		query: '공동인중서 등록',
		pages: [
			C('faq/tax-invoice-faq/taxinvoice_partner_peristalsis'),
			C('faq/platform-faq/taxinvoice_reverse_issuance_supplier_process'),
			C('faq/platform-faq/taxinvoice_reverse_issuance_buyer_process'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
		],
		kind: 'typo',
	},
	{
		query: '페이레터 롤링 리저부',
		pages: [
			C('core-service/payment-type/payletter-international'),
			C('core-service/payment-type/content200007'),
			C('core-service/payment-type/content200053'),
		],
		kind: 'typo',
	},
	// English content words beside a PG name, or alone.
	{ query: 'galaxia test mid', pages: [C('core-service/channel-setting/galaxia')], kind: 'english' },
	{ query: 'paymentwall contract', pages: [C('core-service/how-to-use/paymentwall-contract')], kind: 'english' },
	{ query: 'hecto virtual account', pages: [C('core-service/channel-setting/settle')], section: '실-연동', kind: 'english' },
	{
		query: 'tax invoice bulk',
		pages: [
			C('faq/tax-invoice-faq/taxinvoice_bulk_issuance'),
			C('platform-2025-07-02'),
			C('platform-2025-08-21'),
			C('faq/platform-faq/platform_definition_tax'),
		],
		kind: 'english',
	},
	{
		query: 'bank code',
		pages: [
			C('faq/platform-faq/platform_supported_bank_codes'),
			C('faq/platform-faq/platform_partner_info_guide'),
			C('faq/platform-faq/platform_function_partnerbulkupload'),
		],
		kind: 'english',
	},
	{
		query: 'realtime transfer',
		pages: [
			C('faq/platform-faq/platform_payoutagency_realtime_payment'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'english',
	},
	{ query: 'smartro contract', pages: [C('core-service/how-to-use/smartro-contract')], kind: 'english' },
	{ query: 'eximbay test card', pages: [C('core-service/channel-setting/eximbay')], kind: 'english' },
	{
		query: 'payout agency',
		pages: [
			C('faq/platform-faq/platform_definition_payout_agency'),
			C('faq/platform-faq/platform_difference_settlement_payout'),
			C('faq/general-inquiry/platform-contract-pg'),
		],
		kind: 'english',
	},
	{ query: 'welcome contract', pages: [C('core-service/how-to-use/welcome-contract')], kind: 'english' },
	{ query: 'kiwoompay contract', pages: [C('core-service/how-to-use/daou-contract')], kind: 'english' },
];

/**
 * A fourth held-out set, 77 queries over the corpus (53 questions, 13 one-syllable typos, 11 English): written
 * 2026-12-01 by a helper who read only the corpus and this file's format — no search code, benchmark or result —
 * while THIRD_QUESTION_CASES was being tuned on, and committed before its first run.
 */
export const FOURTH_QUESTION_CASES: SearchCase[] = [
	// Questions: the content words are in the article; the endings, question words and politeness are not.
	{ query: 'KG파이낸셜은 카드랑 휴대폰결제만 되나요', pages: [C('core-service/how-to-use/mobilians-contract'), C('core-service/channel-setting/mobilians')], kind: 'question' },
	{ query: '페이레터 정기결제 빌링키 받을 때 첫결제도 해야 돼요?', pages: [C('core-service/channel-setting/payletter')], kind: 'question' },
	{ query: 'KCP 해외카드 쓰려면 특약 어디서 신청해요', pages: [C('core-service/payment-type/kcp-international')], kind: 'question' },
	{ query: '페이먼트월 한 달 관리비 얼마 나가요', pages: [C('core-service/payment-type/paymentwall-international')], section: '페이먼트월-해외결제-서비스', kind: 'question' },
	{ query: '페이먼트월은 보증보험 안 들어도 돼요?', pages: [C('core-service/payment-type/paymentwall-international')], section: '페이먼트월-사이트-구현-기준', kind: 'question' },
	{ query: '나이스 쓰고 있는데 간편결제 추가 계약은 어디로 연락해요', pages: [C('core-service/payment-type/content200036')], kind: 'question' },
	{ query: '키움페이 취소하는데 취소가능 금액이 부족하다고 나와요', pages: [C('faq/payment-faq/payment-failure-kiwoompay-insufficient-funds')], kind: 'question' },
	{ query: '나이스 환불하려는데 미정산 금액보다 크다고 떠요', pages: [C('faq/payment-faq/payment-failure-nice-insufficient-funds')], kind: 'question' },
	{ query: '파트너 태그는 몇 개까지 달 수 있어요', pages: [C('faq/platform-faq/platform_partner_management_tags')], kind: 'question' },
	{ query: '정산 완료면 파트너한테 돈 이미 보낸 거예요?', pages: [C('faq/platform-faq/platform_definition_settlement')], kind: 'question' },
	{
		query: '송금대행은 관리자 권한 있어야 실행돼요?',
		pages: [C('faq/platform-faq/platform_payoutagency_safety_legality'), C('faq/platform-faq/platform_payout_guide')],
		kind: 'question',
	},
	{
		query: '수기 정산건 CSV로 한꺼번에 올릴 수 있나요',
		pages: [
			C('faq/platform-faq/platform_settlement_manual_registration'),
			C('faq/platform-faq/platform_settlmentandpayout_guide'),
			C('content200051'),
			C('faq/platform-faq/platform_nocode_guide'),
		],
		kind: 'question',
	},
	{
		query: '주문 취소되면 정산 취소 내역도 따로 생겨요?',
		pages: [C('faq/platform-faq/platform_settlement_cancellation_data'), C('faq/platform-faq/platform_settlmentandpayout_guide')],
		kind: 'question',
	},
	{ query: '정산 통화 소문자로 입력해도 돼요?', pages: [C('faq/platform-faq/platform_supported_currencies')], kind: 'question' },
	{
		query: '파트너 정산 쓰면 개인정보 처리방침에 뭐 적어야 돼요',
		pages: [
			C('faq/platform-faq/platform_infosec'),
			C('faq/platform-faq/platform_privacypolicy_creation_guide'),
			C('faq/platform-faq/platform_privacypolicy_service_compliance'),
		],
		kind: 'question',
	},
	{ query: '세금계산서 정발행은 국세청 연동 안 해도 돼요?', pages: [C('faq/tax-invoice-faq/taxinvoice_forward_issuance')], kind: 'question' },
	{
		query: '공급받는 쪽이 세금계산서 대신 써주는 건 뭐예요',
		pages: [
			C('faq/tax-invoice-faq/taxinvoice_reverse_issuance_definition'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
			C('faq/platform-faq/platform_nocode_guide'),
		],
		kind: 'question',
	},
	{
		query: '역발행 세금계산서 메일 다시 보낼 수 있어요?',
		pages: [C('platform-2025-1-16'), C('admin-console/platform-settlement/partner_settlement_service_guide')],
		kind: 'question',
	},
	{ query: '정산용 가상계좌 이체내역 엑셀로 받을 수 있어요?', pages: [C('platform-2025-05-14')], kind: 'question' },
	{ query: '파트너 정산 API 테스트 환경은 어떻게 구분해요', pages: [C('platform-2025-10-02')], kind: 'question' },
	{ query: '일괄지급 예약 몇 건까지 걸 수 있어요', pages: [C('platform-2024-12-10')], kind: 'question' },
	{ query: '콘솔에서 표 컬럼 순서 바꿀 수 있나요', pages: [C('admin-console-2025-10-17')], kind: 'question' },
	{ query: '웹훅 실패한 결제건 한 번에 재전송 되나요', pages: [C('api-sdk-2024-12-19'), C('core-service/payment-type/webhook-re-send')], kind: 'question' },
	{ query: 'TLS 1.1 쓰면 API 호출 막히나요', pages: [C('content100055'), C('content100004')], kind: 'question' },
	{ query: 'targetSdkVersion 30 올렸더니 결제앱이 안 열려요', pages: [C('content100052')], kind: 'question' },
	{ query: '신한 슈퍼SOL 앱이 결제할 때 안 떠요', pages: [C('content51')], kind: 'question' },
	{ query: 'iOS에서 canOpenURL이 계속 false로 와요', pages: [C('content100046'), C('content100047')], kind: 'question' },
	{ query: '토스페이먼츠 가상계좌 입금 안 되는 시간이 언제예요', pages: [C('notice-tosspayments-2026-01-15')], kind: 'question' },
	{ query: '웰컴페이먼츠 하나은행 가상계좌 아직 쓸 수 있어요?', pages: [C('content200044')], kind: 'question' },
	{ query: '카카오페이 점검 시간엔 결제 아예 안 돼요?', pages: [C('notice-kakaopay-2025-06-30'), C('content100030')], kind: 'question' },
	{ query: 'V1 단건조회에서 테스트 결제만 404 나와요', pages: [C('notice-v1-api-2025-11-25')], kind: 'question' },
	{ query: 'V1 API 응답에 sandbox 필드 추가되면 오류 날 수 있나요', pages: [C('notice-v1-api-2025-11-24')], kind: 'question' },
	{ query: '추석 연휴에도 PG 가입 접수 진행돼요?', pages: [C('holidays')], kind: 'question' },
	{ query: '추천패키지로 하면 PG 가입비 안 내도 돼요?', pages: [C('content200013'), C('pricing/portone/portone-pricing')], kind: 'question' },
	{
		query: '추천패키지에 없는 PG사로 신청하고 싶어요',
		pages: [C('procedure/recommendation/package')],
		section: '1-추천-패키지에-원하는-pg사와-결제수단이-노출되지-않습니다',
		kind: 'question',
	},
	{ query: '스마트로 쓰는데 알림톡 할인 받을 수 있어요?', pages: [C('content200012')], kind: 'question' },
	{
		query: '카드사 심사 끝나기 전에 실 연동하면 결제 안 되나요',
		pages: [C('procedure/payment-integration/real-integration'), C('content61')],
		section: '사전-점검사항',
		kind: 'question',
	},
	{ query: 'PG 계약서 쓰고 나서 보통 며칠 걸려요', pages: [C('content61')], section: '계약서-작성', kind: 'question' },
	{ query: 'KCP 상점아이디 추가하는데 예전에 다른 URL로 가입했었으면요?', pages: [C('core-service/how-to-use/additional-kcp')], kind: 'question' },
	{ query: '네이버페이 주문형 상점아이디 추가하면 검수 다시 받아요?', pages: [C('core-service/how-to-use/additional-naverpay-order')], kind: 'question' },
	{ query: '매출전표 URL API로 받을 수 있어요?', pages: [C('faq/payment-faq/receipt-guide')], kind: 'question' },
	{ query: '현금영수증이 010-000-1234로 발급됐는데 이게 뭐예요', pages: [C('faq/payment-faq/cash-receipt-guide'), C('faq/payment-faq/kcp-cash-receipt')], kind: 'question' },
	{ query: '에스크로 구매확정 안 누르면 언제 자동으로 돼요', pages: [C('faq/general-inquiry/content200006')], section: '에스크로-결제-프로세스', kind: 'question' },
	{ query: '이니시스 통합인증으로 성별도 받을 수 있나요', pages: [C('content200028'), C('service/identity-verification/identity-verification')], kind: 'question' },
	{ query: '통신사 바꾸면 CI 값 달라져요?', pages: [C('core-service/how-to-use/identity-verification-value')], section: 'faq', kind: 'question' },
	{ query: '다날 본인인증 안드로이드 9에서 오류 나요', pages: [C('content100054')], kind: 'question' },
	{
		query: '네이버페이 결제 2년 지났는데 취소 돼요?',
		pages: [C('core-service/how-to-use/cancel-deadline-by-paymethod'), C('core-service/how-to-use/refund-date')],
		section: '네이버페이',
		kind: 'question',
	},
	{ query: '계좌이체 다음날 취소하면 수수료 돌려받아요?', pages: [C('core-service/how-to-use/refund-date')], section: '실시간-계좌이체', kind: 'question' },
	{
		query: '휴대폰결제 지난달 건은 왜 취소가 안 돼요',
		pages: [C('core-service/how-to-use/cancel-deadline-by-paymethod'), C('core-service/how-to-use/refund-date')],
		section: '휴대폰-소액결제',
		kind: 'question',
	},
	{ query: '2차 인증 OTP 다른 직원 폰에도 등록할 수 있어요?', pages: [C('faq/console-faq/2-depth-auth')], section: '참고사항', kind: 'question' },
	{ query: '하위상점 REST API 호출할 때 Header에 뭐 넣어요', pages: [C('faq/console-faq/sub-store-mgnt')], section: '연동시-참고사항', kind: 'question' },
	{ query: '가상계좌 말소하면 결제내역에 뭘로 표시돼요', pages: [C('content100057')], kind: 'question' },
	{ query: '엑심베이 Molpay 결제 아직 되나요', pages: [C('content100040')], kind: 'question' },
	// One syllable mistyped (a vowel, a final consonant or a neighbouring key).
	{ query: '정산 내역서 템플랫', pages: [C('platform-2025-08-13')], kind: 'typo' },
	{ query: '통장매모 일괄 설정', pages: [C('platform-2024-12-10'), C('faq/platform-faq/platform_payout_guide')], kind: 'typo' },
	{ query: '패키지 가사성', pages: [C('content100052')], kind: 'typo' },
	{ query: '추천패키디', pages: [C('procedure/recommendation/package'), C('content200013')], kind: 'typo' },
	{ query: '자진발굽', pages: [C('faq/payment-faq/cash-receipt-guide'), C('faq/payment-faq/kcp-cash-receipt')], kind: 'typo' },
	{ query: '에스크로 구매확졍', pages: [C('faq/general-inquiry/content200006')], kind: 'typo' },
	{ query: '스마트로 알림턱', pages: [C('content200012')], kind: 'typo' },
	{ query: '순거래엑', pages: [C('admin-console/console_home/content34'), C('faq/console-faq/payment-list')], kind: 'typo' },
	{ query: '가상계좌 이체네역', pages: [C('platform-2025-05-14')], kind: 'typo' },
	{ query: '페이먼트월 관리베', pages: [C('core-service/payment-type/paymentwall-international')], kind: 'typo' },
	{ query: '웹훅 시크럿', pages: [C('content200025')], kind: 'typo' },
	{
		query: '파트너 테그',
		pages: [C('faq/platform-faq/platform_partner_management_tags'), C('admin-console/platform-settlement/partner_settlement_service_guide')],
		kind: 'typo',
	},
	{ query: '가상계좌 말쇼', pages: [C('content100057'), C('content100060')], kind: 'typo' },
	// English content words beside a PG name, or alone.
	{ query: 'kiwoompay cancel', pages: [C('faq/payment-faq/payment-failure-kiwoompay-insufficient-funds')], kind: 'english' },
	{ query: 'nice refund', pages: [C('faq/payment-faq/payment-failure-nice-insufficient-funds')], kind: 'english' },
	{ query: 'payletter channel', pages: [C('core-service/channel-setting/payletter')], kind: 'english' },
	{ query: 'tosspay test', pages: [C('core-service/channel-setting/tosspay'), C('core-service/how-to-use/tosspay-contract')], kind: 'english' },
	{ query: 'paymentwall fee', pages: [C('core-service/payment-type/paymentwall-international')], kind: 'english' },
	{
		query: 'cash receipt',
		pages: [C('faq/payment-faq/cash-receipt-guide'), C('faq/payment-faq/tosspayments-cash-receipt'), C('faq/payment-faq/kcp-cash-receipt')],
		kind: 'english',
	},
	{ query: 'escrow partial cancel', pages: [C('faq/general-inquiry/content200006')], kind: 'english' },
	{
		query: 'settlement currency',
		pages: [C('faq/platform-faq/platform_supported_currencies'), C('core-service/payment-type/paymentwall-international')],
		kind: 'english',
	},
	{ query: 'webhook secret', pages: [C('content200025')], kind: 'english' },
	{ query: 'welcome virtual account', pages: [C('content200044')], kind: 'english' },
	{ query: 'kpn card direct', pages: [C('content200028')], kind: 'english' },
];

/**
 * A fifth held-out set, 70 queries over the corpus (46 questions, 12 one-syllable typos, 12 English, 74
 * articles, 38 of them in no earlier set): written 2026-12-01 by a helper who read only the corpus and this
 * file's format — no search code, benchmark or result — while FOURTH_QUESTION_CASES was being tuned on, and
 * committed before its first run.
 */
export const FIFTH_QUESTION_CASES: SearchCase[] = [
	// Questions: the content words are in the article; the endings, question words and politeness are not.
	{ query: '결제 데이터 분석 베타 끝나면 유료로 바뀌어요?', pages: [C('admin-console/analytics/content32'), C('pricing/portone/portone-pricing')], section: '2-결제-데이터-분석-faq', kind: 'question' },
	{ query: '콘솔 회원탈퇴하면 같은 이메일로 바로 다시 가입돼요?', pages: [C('admin-console/console-account/content31')], kind: 'question' },
	{ query: '정산 한도 거의 다 차면 알림 받을 수 있나요', pages: [C('admin-console/pg-settlement-history/content35')], section: '12-정산-한도-임박-안내', kind: 'question' },
	{ query: '거래대사에서 대사불능은 무슨 뜻이에요', pages: [C('admin-console/pg-settlement/content30')], section: '대사-상태값-정리', kind: 'question' },
	{ query: '다날 실연동 채널 CPPWD 칸에 뭐 넣어요', pages: [C('core-service/channel-setting/danal')], kind: 'question' },
	{ query: '키움페이 테스트 결제했는데 돈 빠져나갔어요 언제 취소돼요', pages: [C('core-service/channel-setting/daou')], kind: 'question' },
	{ query: '네이버페이 주문형으로 콘텐츠 상품도 팔 수 있어요?', pages: [C('core-service/how-to-use/naverpay-order-diff'), C('core-service/channel-setting/naverpay')], kind: 'question' },
	{ query: '나이스 가상계좌 입금통보 URL 어디에 넣어야 돼요', pages: [C('core-service/channel-setting/nice')], section: '1-pg사--포트원-서버-입금완료-통지-가상계좌-입금통보-설정', kind: 'question' },
	{ query: '페이팔 테스트 구매자 계정은 어느 나라로 만들어야 돼요', pages: [C('core-service/channel-setting/paypal')], section: '테스트용-구매자-계정-설정조회-방법', kind: 'question' },
	{ query: '스마트로 거래취소 비밀번호는 어디서 정해요', pages: [C('core-service/channel-setting/smartro')], kind: 'question' },
	{ query: '이니시스 일본 편의점결제 환불은 누가 해줘요', pages: [C('core-service/payment-type/content200047')], section: '편의점-결제-안내', kind: 'question' },
	{ query: '스마트로 API 정기결제 새로 신청하면 못 쓰나요', pages: [C('core-service/payment-type/content200052')], kind: 'question' },
	{ query: '엑심베이 같은 카드로 한 달에 몇 번까지 결제돼요', pages: [C('core-service/payment-type/eximbay-international')], kind: 'question' },
	{ query: '이니시스 쓰는데 네이버페이 추가하려면 어디서 신청해요', pages: [C('core-service/payment-type/inicis-easypay-hub-fee'), C('core-service/how-to-use/additional-inicis')], kind: 'question' },
	{ query: '나이스에서 삼성페이 바로 띄우면 수수료 더 붙어요?', pages: [C('core-service/payment-type/nice-easypay-hub-fee'), C('core-service/payment-type/hub-service-fee')], kind: 'question' },
	{ query: '이니시스 정기결제 모바일에서도 공인인증 떠요?', pages: [C('core-service/payment-type/schedule-requirement'), C('core-service/payment-type/content200052')], kind: 'question' },
	{ query: '정기결제 카드번호 15자리짜리도 등록되나요', pages: [C('core-service/payment-type/schedule-validity-guide')], section: '카드번호가-15자리일-경우', kind: 'question' },
	{ query: '콘솔 온보딩 가이드가 저한텐 왜 안 보여요', pages: [C('api-sdk-2025-01-15')], kind: 'question' },
	{ query: '결제내역에서 테스트 결제건이 안 보여요', pages: [C('api-sdk-2025-05-14')], kind: 'question' },
	{
		query: '파트너 예금주 검증 상태는 어디서 봐요',
		pages: [
			C('platform-2024-11-07'),
			C('faq/platform-faq/platform_function_partnerbulkupload'),
			C('faq/platform-faq/platform_partner_bulk_registration'),
		],
		kind: 'question',
	},
	{ query: '정산 수식 실제로 적용하기 전에 테스트해볼 수 있어요?', pages: [C('platform-2025-04-03'), C('platform-2025-10-02')], kind: 'question' },
	{ query: '정산 상세 조회 기본 조회 기간이 며칠이에요', pages: [C('platform-2025-07-23')], section: '정산-상세-조회-내-필터-개선', kind: 'question' },
	{ query: '파트너 국세청 연동 해제도 API로 되나요', pages: [C('platform-2025-2-13')], kind: 'question' },
	{ query: '원천징수 대상 파트너는 3.3% 떼고 지급되는 거죠?', pages: [C('faq/platform-faq/platform_payment_formula_setting'), C('faq/platform-faq/platform_tax_setting_guide')], kind: 'question' },
	{ query: '네이버페이 검수 엑셀 시트 작성 도와주시나요', pages: [C('faq/general-inquiry/portone-advantages')], kind: 'question' },
	{ query: '다날 본인인증 테스트 많이 했더니 IP 막혔어요 언제 풀려요', pages: [C('faq/general-inquiry/identity-verification-suspended-ip')], kind: 'question' },
	{ query: '결제 연동하면 개인정보처리방침에 포트원을 위탁업체로 적어야 돼요?', pages: [C('faq/general-inquiry/portone-security')], kind: 'question' },
	{ query: '사이트코드랑 CPID도 다 상점아이디 말하는 거예요?', pages: [C('faq/general-inquiry/real-channel-info'), GLOSSARY], section: '상점아이디를-의미하는-용어', kind: 'question' },
	{ query: '사업자번호 바뀌면 포트원 계정 새로 만들어야 돼요?', pages: [C('faq/payment-faq/business-info-change'), C('faq/general-inquiry/change-business-number')], kind: 'question' },
	{ query: 'KCP 카드 최소 결제금액 100원으로 낮출 수 있어요?', pages: [C('faq/payment-faq/pg-max-min-amount')], section: 'nhn-kcp', kind: 'question' },
	{ query: '가상계좌 번호 고객한테 자동으로 문자 보내줘요?', pages: [C('faq/payment-faq/vbank-info')], kind: 'question' },
	{ query: '관리자콘솔 비밀번호 까먹었어요', pages: [C('faq/console-faq/impossible-login'), C('faq/console-faq/change-console-url')], kind: 'question' },
	{ query: '페이코랑 직접 계약한 상점아이디 포트원에서 그대로 써도 돼요?', pages: [C('core-service/how-to-use/additional-payco')], kind: 'question' },
	{ query: '이니시스 취소한 거 다음날 되돌릴 수 있어요?', pages: [C('core-service/how-to-use/cancel-reversal')], section: '취소-원복-가능기한', kind: 'question' },
	{ query: '헥토파이낸셜 고객센터 전화번호 뭐예요', pages: [C('core-service/how-to-use/information-pg')], section: '헥토파이낸셜', kind: 'question' },
	{ query: 'KCP 복합과세인데 tax_free 빼먹으면 전부 과세돼요?', pages: [C('core-service/how-to-use/kcp-vat')], kind: 'question' },
	{ query: 'PG사 정산일 포트원에서 바꿔줄 수 있나요', pages: [C('core-service/how-to-use/payment-settlement-method')], kind: 'question' },
	{ query: '스마트로 포인트 충전 서비스면 며칠 안에 소진해야 돼요', pages: [C('core-service/how-to-use/point-service')], section: '결제대행사별-적용-기준', kind: 'question' },
	{ query: '네이버페이 주문형 구매확정 전에 정산 받을 수 있어요?', pages: [C('core-service/how-to-use/naverpay-order-1')], kind: 'question' },
	{ query: '페이레터 10월 22일 새벽에 결제가 안 됐어요', pages: [C('notice-payletter-2025-10-21')], kind: 'question' },
	{ query: 'iamport.kr 도메인 API 계속 써도 되나요', pages: [C('content100014')], kind: 'question' },
	{ query: 'KCP 간편결제 다이렉트로 결제했는데 pay_method가 card로 와요', pages: [C('content200049')], kind: 'question' },
	{ query: '나이스 가입신청할 때 정산계좌도 미리 적어야 돼요?', pages: [C('procedure/pg-application/start')], section: '추가-작성-항목', kind: 'question' },
	{ query: 'V2 API Secret 몇 개까지 발급돼요', pages: [C('content100058')], kind: 'question' },
	{ query: '수기 정산건 정산일 아무 날짜로나 지정할 수 있어요?', pages: [C('content200039')], kind: 'question' },
	{ query: '헥토파이낸셜 정산내역은 언제 결제건부터 조회돼요', pages: [C('content100022')], kind: 'question' },
	// One syllable mistyped (a vowel, a final consonant or a neighbouring key).
	{ query: '정산 한도 임밧', pages: [C('admin-console/pg-settlement-history/content35')], kind: 'typo' },
	{ query: '취소 원북 방법', pages: [C('core-service/how-to-use/cancel-reversal')], kind: 'typo' },
	{ query: '애플페이 현대카두', pages: [C('core-service/payment-type/content200042'), C('applepay')], kind: 'typo' },
	{ query: '법인카드 결재 가능', pages: [C('faq/payment-faq/business-card-available')], kind: 'typo' },
	{ query: '다날 인증 IP 차딘', pages: [C('faq/general-inquiry/identity-verification-suspended-ip')], kind: 'typo' },
	{ query: '우커머스 비과새 설정', pages: [C('faq/payment-faq/wordpress-woocommerce-taxation')], kind: 'typo' },
	{ query: '주문형 빠른 장산', pages: [C('core-service/how-to-use/naverpay-order-1')], kind: 'typo' },
	{ query: 'KCP 사업자번호 오루', pages: [C('faq/general-inquiry/kcp-business-number-error')], kind: 'typo' },
	{ query: '인앱결제 기쥰', pages: [C('faq/general-inquiry/content200011')], kind: 'typo' },
	{ query: '포트원 대표 고갱사', pages: [C('faq/general-inquiry/main-user')], kind: 'typo' },
	{ query: '가상계좌 번호 조희', pages: [C('faq/payment-faq/vbank-info')], kind: 'typo' },
	{ query: 'KSNET 다이렉트 호츨', pages: [C('content200016')], kind: 'typo' },
	// English content words beside a PG name, or alone.
	{ query: 'paypal sandbox', pages: [C('core-service/channel-setting/paypal')], kind: 'english' },
	{ query: 'inicis japan payment', pages: [C('core-service/payment-type/content200047')], kind: 'english' },
	{ query: 'eximbay fee', pages: [C('core-service/payment-type/eximbay-international'), C('pricing/pg/domestic-and-oversea-fees')], kind: 'english' },
	{ query: 'kcp easy pay apply', pages: [C('core-service/payment-type/kcp-easypay-hub-apply')], kind: 'english' },
	{ query: 'card validity check', pages: [C('core-service/payment-type/schedule-validity-guide')], kind: 'english' },
	{ query: 'reconciliation excel upload', pages: [C('admin-console/pg-settlement/content30')], kind: 'english' },
	{ query: 'corporate card', pages: [C('faq/payment-faq/business-card-available')], kind: 'english' },
	{
		query: 'withholding tax',
		pages: [
			C('faq/platform-faq/platform_payment_formula_setting'),
			C('faq/platform-faq/platform_tax_withholding_tax_definition'),
			C('faq/platform-faq/platform_tax_setting_guide'),
			C('faq/platform-faq/platform_tax_calculation'),
		],
		kind: 'english',
	},
	{ query: 'tosspayments overseas card', pages: [C('core-service/payment-type/tosspayment-international'), C('core-service/payment-type/internationl-pg')], kind: 'english' },
	{ query: 'age limit identity verification', pages: [C('core-service/how-to-use/identity-verification-age-restriction')], kind: 'english' },
	{ query: 'payletter maintenance', pages: [C('notice-payletter-2025-10-21')], kind: 'english' },
	{
		query: 'reverse tax invoice cancel',
		pages: [
			C('faq/tax-invoice-faq/taxinvoice_cancel'),
			C('faq/platform-faq/taxinvoice_reverse_issuance_supplier_process'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
		],
		kind: 'english',
	},
];

/**
 * A sixth held-out set, 70 queries over the corpus (46 questions, 12 one-syllable typos, 12 English, 75
 * articles, 63 of them in no earlier set): written 2026-12-01 by a helper who read only the corpus and this
 * file — no search code, benchmark or result — while FIFTH_QUESTION_CASES was being tuned on, and committed
 * before its first run.
 */
export const SIXTH_QUESTION_CASES: SearchCase[] = [
	// Questions: the content words are in the article; the endings, question words, dates and politeness are not.
	{ query: '개인정보처리방침 2월에 바뀐 거 언제부터 적용돼요', pages: [C('content100000')], kind: 'question' },
	{ query: '결제 단건조회 응답에 간편결제 어느 PG사인지 알려주는 필드 있어요?', pages: [C('content100002')], kind: 'question' },
	{ query: '2월 13일 오전에 결제내역에 거래가 안 보였는데 결제는 정상 처리됐나요', pages: [C('content100015')], kind: 'question' },
	{ query: '페이팔 익스프레스 체크아웃 지금도 새로 신청할 수 있어요?', pages: [C('content100020'), C('core-service/channel-setting/paypal')], kind: 'question' },
	{ query: '포트원에 서비스 개선 의견 보낼 수 있는 곳 있어요?', pages: [C('content100023')], kind: 'question' },
	{ query: '7월 14일 저녁에 인증결제 결제창이 안 떴던 원인이 뭐예요', pages: [C('content100025')], kind: 'question' },
	{ query: '나이스페이로 고객은 결제됐는데 포트원에는 결제 실패로 떠요', pages: [C('content100029')], kind: 'question' },
	{ query: '페이코 신용카드 결제가 오전에 계속 실패했는데 장애였어요?', pages: [C('content100035')], kind: 'question' },
	{ query: '포트원 고객센터 번호로 문자가 잘못 온 거 같은데 결제엔 영향 없죠?', pages: [C('content100044')], kind: 'question' },
	{ query: '결제내역 엑셀 받으면 체크카드인지 기프트카드인지 나와요?', pages: [C('content100059')], kind: 'question' },
	{ query: '결제사 정산 메뉴에 있던 예전 데이터 엑셀은 언제까지 받을 수 있어요', pages: [C('content200015')], kind: 'question' },
	{ query: '파트너 등록할 때 생년월일은 몇 자리로 넣어요', pages: [C('content200017')], kind: 'question' },
	{ query: '테스트모드로 일괄지급 실행하면 실제로 돈이 나가요?', pages: [C('content200018'), C('faq/platform-faq/system_test_environment')], section: '기타-개선-사항', kind: 'question' },
	{ query: 'V2 결제모듈로 KCP 정기결제도 연동돼요?', pages: [C('content200023'), C('core-service/channel-setting/kcp_channel')], kind: 'question' },
	{ query: '파트너정산에서 데이터 수정은 어떤 권한 계정만 할 수 있어요', pages: [C('content200024')], kind: 'question' },
	{ query: '엑심베이 결제금액이 위변조되면 자동으로 취소돼요?', pages: [C('content200027'), C('content200050')], kind: 'question' },
	{ query: '유료플랜 약정할인 위약금 조항은 언제부터 약관에 들어갔어요', pages: [C('content200030'), C('content200037')], kind: 'question' },
	{ query: '8월 15일 밤 10시쯤 네이버페이 결제 오류 났었나요', pages: [C('content200032')], kind: 'question' },
	{ query: '8월 13일 새벽에 API 호출이 실패했는데 도메인 문제였어요?', pages: [C('content200034')], kind: 'question' },
	{ query: '관리자콘솔에서 로그아웃은 어디서 해요', pages: [C('content200048')], kind: 'question' },
	{ query: 'PG 거래대사 데이터 엑셀로 최대 몇 개월치까지 받을 수 있어요', pages: [C('content200050')], kind: 'question' },
	{ query: '네이버페이 11월 22일 새벽 점검은 몇 시에 끝나요', pages: [C('notice-payletter-2025-10-24')], kind: 'question' },
	{ query: '결제사 정산에 4월 초 데이터가 두 번씩 잡혀 있어요', pages: [C('recon_issue1'), C('recon_issue2')], kind: 'question' },
	{ query: 'V2 결제모듈은 어떤 PG사랑 연동할 수 있어요', pages: [C('service/version/portone-version'), C('content200023')], kind: 'question' },
	{ query: '포트원 크로스보더는 쇼피파이 말고 마젠토도 지원돼요?', pages: [C('portone-service/portone-service/content50')], section: '크로스보더', kind: 'question' },
	{
		query: '가입신청 끝나면 그다음 계약은 PG사랑 직접 진행하는 거예요?',
		pages: [C('procedure/pg-application/content53'), C('procedure/pg-application/content54')],
		kind: 'question',
	},
	{ query: '키움페이랑 직접 계약한 MID 포트원에서 그대로 쓸 수 있어요?', pages: [C('core-service/how-to-use/additional-daou')], section: '상점아이디-추가-케이스', kind: 'question' },
	{ query: '엑심베이 다른 사이트 URL로 상점아이디 하나 더 받으려면 어떻게 해요', pages: [C('core-service/how-to-use/additional-eximbay')], section: '상점아이디-추가-케이스', kind: 'question' },
	{
		query: '카카오페이 MID 하나 더 받으려면 전자결제 신청 다시 해야 돼요?',
		pages: [C('core-service/how-to-use/additional-kakaopay'), C('procedure/service-addition/add-service')],
		kind: 'question',
	},
	{ query: 'KSNET 수기결제 MID 추가 요청할 때 뭐 적어서 보내요', pages: [C('core-service/how-to-use/additional-ksnet')], section: '전달-내용', kind: 'question' },
	{ query: '네이버페이 결제형 MID 추가하면 검수 또 받아야 돼요?', pages: [C('core-service/how-to-use/additional-naverpay')], section: '상점아이디-추가-케이스', kind: 'question' },
	{
		query: '헥토 일반결제 쓰다가 정기결제 추가하면 MID 새로 받아야 돼요?',
		pages: [C('core-service/how-to-use/additional-settle'), C('procedure/service-addition/add-service')],
		kind: 'question',
	},
	{ query: '웰컴페이먼츠 상점아이디 추가는 어디로 요청하면 돼요', pages: [C('core-service/how-to-use/additional-welcome')], section: '신청-경로', kind: 'question' },
	{ query: '숙박 플랫폼 호스트도 파트너로 등록하는 거예요?', pages: [C('faq/platform-faq/platform_definition_partner')], kind: 'question' },
	{
		query: '개발 안 하고 콘솔만으로 파트너 정산 쓸 수 있어요?',
		pages: [C('faq/platform-faq/platform_nocode_use'), C('faq/platform-faq/platform_nocode_guide')],
		kind: 'question',
	},
	{ query: '지급 내역은 통화별로 따로 만들어지나요', pages: [C('faq/platform-faq/platform_paymentdetails_definition')], kind: 'question' },
	{
		query: '정산금 수식 만들 때 기본으로 주는 파라미터 뭐 있어요',
		pages: [C('faq/platform-faq/platform_policymanagement_calculator'), C('faq/platform-faq/platform_settlement_auto_calculation_setting')],
		section: '기본-제공-파라미터',
		kind: 'question',
	},
	{
		query: '개인정보 처리방침이 무슨 의미가 있는 거예요',
		pages: [C('faq/platform-faq/platform_privacypolicy_definition'), C('faq/platform-faq/platform_infosec')],
		kind: 'question',
	},
	{
		query: '정산 수식에 필요한 항목이 기본 파라미터에 없으면 직접 만들 수 있어요?',
		pages: [
			C('faq/platform-faq/platform_settlement_custom_formula_request'),
			C('faq/platform-faq/platform_policymanagement_calculator'),
			C('platform-2025-2-10'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'question',
	},
	{ query: '정산 수식에서 나누기도 쓸 수 있어요?', pages: [C('faq/platform-faq/platform_settlement_decimal_rounding')], kind: 'question' },
	{
		query: '정산 내역 관리 화면은 무슨 기준으로 묶어서 보여줘요',
		pages: [C('faq/platform-faq/platform_settlementdetails_view_features'), C('content200018')],
		section: '정산-내역-관리',
		kind: 'question',
	},
	{ query: '세금계산서 작성하다가 임시저장 되나요', pages: [C('platform-2024-11-25')], kind: 'question' },
	{ query: '국세청 연동 안 된 사업자번호로 세금계산서 일괄등록하면 어떻게 돼요', pages: [C('platform-2025-03-04')], kind: 'question' },
	{ query: '할인 먼저 빼고 수수료 매기게 수식 계산 순서 정할 수 있어요?', pages: [C('platform-2025-2-10')], kind: 'question' },
	{
		query: '페이팔로 중고거래 사이트 결제 받으면 STC 연동 꼭 해야 돼요?',
		pages: [C('core-service/payment-type/paypal-international')],
		section: '페이팔-stc고위험-산업-연동-안내',
		kind: 'question',
	},
	{
		query: '공유 킥보드처럼 쓴 만큼 나중에 결제하는 것도 정기결제예요?',
		pages: [C('service/payment-type/payment-type')],
		section: '정기결제의-범위',
		kind: 'question',
	},
	// One syllable mistyped (a vowel, a final consonant or a neighbouring key).
	{ query: '네이버페이 비상대응훈령', pages: [C('content100024')], kind: 'typo' },
	{ query: '네이버페이 IDC 장얘', pages: [C('content200033')], kind: 'typo' },
	{ query: '애널리틱스 데이터 엄데이트', pages: [C('content100039')], kind: 'typo' },
	{ query: '우리WON뱅킹 앰스킴 추가', pages: [C('content100048')], kind: 'typo' },
	{ query: '이니시스 monimo 앱스킴 등럭', pages: [C('content100056')], kind: 'typo' },
	{ query: '갤럭시아 MID 추기', pages: [C('core-service/how-to-use/additional-galaxia')], kind: 'typo' },
	{ query: '스마트로 MID 츄가 신청', pages: [C('core-service/how-to-use/additional-smartro')], kind: 'typo' },
	{ query: '하이픈 PG 거레대사', pages: [C('content200050')], kind: 'typo' },
	{ query: '토스페이먼츠 정산 데이터 중볻', pages: [C('recon_issue2')], kind: 'typo' },
	{
		query: '지급 실패 사유 학인',
		pages: [
			C('faq/platform-faq/platform_paymentdetails_view_features'),
			C('faq/platform-faq/platform_settlmentandpayout_guide'),
			C('faq/platform-faq/platform_paymentdetails_definition'),
			C('content200018'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'typo',
	},
	{
		query: '정산금 계산식 셜정',
		pages: [C('faq/platform-faq/platform_settlement_auto_calculation_setting'), C('faq/platform-faq/platform_policymanagement_calculator')],
		kind: 'typo',
	},
	{ query: '콘솔 매뉴 접기', pages: [C('content200048')], kind: 'typo' },
	// English content words beside a PG name, or alone.
	{ query: 'emb_pg_provider field', pages: [C('content100002'), C('admin-console/analytics/content32')], kind: 'english' },
	{ query: 'paypal spb button', pages: [C('content100020'), C('core-service/channel-setting/paypal')], kind: 'english' },
	{ query: 'naverpay MaintenanceOngoing', pages: [C('content100033'), C('notice-payletter-2025-10-24')], kind: 'english' },
	{ query: 'lpay ios scheme', pages: [C('content100045')], kind: 'english' },
	{ query: 'iamport cordova ios15', pages: [C('content100049')], kind: 'english' },
	{ query: 'ksnet timeout', pages: [C('content200040')], kind: 'english' },
	{ query: 'taxFreeAmount discount', pages: [C('content200046')], kind: 'english' },
	{ query: 'kicc mid add', pages: [C('core-service/how-to-use/additional-kicc')], kind: 'english' },
	{ query: 'partner settlement api sample code', pages: [C('faq/platform-faq/platform_api_docs')], kind: 'english' },
	{ query: 'partner birth date YYYYMMDD', pages: [C('content200017')], kind: 'english' },
	{
		query: 'settlement formula rounding',
		pages: [
			C('faq/platform-faq/platform_settlement_decimal_rounding'),
			C('faq/platform-faq/platform_policymanagement_calculator'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'english',
	},
	{ query: 'tosspayments internet explorer', pages: [C('content100016')], kind: 'english' },
];
/**
 * A seventh held-out set, 70 queries over the corpus (46 questions, 12 one-syllable typos, 12 English, 70
 * first-page articles): written by a helper who read only the corpus and this file's format and page list —
 * no search code, benchmark or result — and committed before its first run. It takes the ten articles no
 * earlier set names and, beyond them, articles that earlier sets list only as alternatives or once.
 */
export const SEVENTH_QUESTION_CASES: SearchCase[] = [
	// Questions: the content words are in the article; the endings, question words, dates and politeness are not.
	{ query: '23년 7월에 바뀐 서비스 이용약관은 언제부터 적용됐어요', pages: [C('content100026')], kind: 'question' },
	{ query: '관리자콘솔 결제내역 조회 장애 때 API로 취소하는 것도 안 됐었나요', pages: [C('content100027')], kind: 'question' },
	{ query: '2023년 10월에 공지한 개인정보처리방침 개정은 시행일이 언제예요', pages: [C('content100036')], kind: 'question' },
	{ query: '23년 12월 이용약관 개정 공고는 며칠에 올라왔어요', pages: [C('content100037')], kind: 'question' },
	{ query: '콘솔 홈 화면이 안 뜨던 오류 있었는데 결제에도 영향 있었나요', pages: [C('content100038')], kind: 'question' },
	{ query: '24년 4월 이용약관 개정 때 어떤 조항이 바뀌었어요', pages: [C('content100041')], kind: 'question' },
	{ query: '개인정보처리방침에 국외 이전 내용 바뀐 건 언제부터 시행이에요', pages: [C('content100053')], kind: 'question' },
	{ query: '유료플랜 요금 이의신청 조항 들어간 25년 1월 약관은 며칠부터 시행돼요', pages: [C('content200045')], kind: 'question' },
	{ query: '24년 11월 이용약관 개정 시행일이 언제예요', pages: [C('content200037')], kind: 'question' },
	{ query: '포트원에서 말하는 플랫폼 사업자는 어떤 곳을 뜻해요', pages: [C('faq/platform-faq/platform_definition_platform')], kind: 'question' },
	{ query: '애플페이로 결제 받으면 수수료가 더 붙어요?', pages: [C('applepay'), C('core-service/payment-type/content200042')], kind: 'question' },
	{ query: 'KPN 간편결제 중에 네이버페이도 결제창 없이 바로 호출돼요?', pages: [C('content100060')], kind: 'question' },
	{ query: 'V1 again API로 한 결제가 실패하면 리커버리로 자동 재시도 되나요', pages: [C('content200002')], kind: 'question' },
	{ query: '파트너 등록할 때 담당자 휴대폰 번호 없으면 비워둬도 돼요?', pages: [C('content200020')], kind: 'question' },
	{ query: '정산용 가상계좌 잔액 출금은 아무 계정이나 할 수 있어요?', pages: [C('content200029')], kind: 'question' },
	{ query: '파트너마다 내부 관리용 속성 추가해서 관리자만 보이게 할 수 있나요', pages: [C('content200038')], kind: 'question' },
	{ query: 'KG파이낸셜 테스트 채널 추가할 때 상점아이디 뭘 골라야 돼요', pages: [C('core-service/channel-setting/mobilians')], section: '설정방법', kind: 'question' },
	{
		query: '토스페이먼츠 예전에 다른 사이트 주소로 가입했었는데 MID 추가하려면 어떻게 해요',
		pages: [C('core-service/how-to-use/additional-tosspayments')],
		section: '상점아이디-추가-케이스',
		kind: 'question',
	},
	{
		query: '카카오페이로 정기결제 하려면 계약서에 뭘 따로 써야 돼요',
		pages: [C('core-service/how-to-use/kakaopay-contract')],
		section: '정기결제-서비스-이용을-원하시는-경우-참고사항',
		kind: 'question',
	},
	{
		query: '네이버페이 주문형 검수 요청할 때 상품정보 XML 파일로 첨부해도 돼요?',
		pages: [C('core-service/how-to-use/naverpay-order-review-items')],
		section: '네이버페이-주문형-검수-요청-정보',
		kind: 'question',
	},
	{ query: '쇼피파이에서 토스페이먼츠로 계좌이체도 받을 수 있어요?', pages: [C('core-service/how-to-use/shopify-available-list')], section: '국내pg사와-결제-수단', kind: 'question' },
	{ query: '글로벌 페이레터 가입비 얼마 내야 돼요', pages: [C('core-service/payment-type/content200007'), C('core-service/payment-type/payletter-international')], kind: 'question' },
	{ query: '쇼피파이 플러그인 한 달 최소 이용료가 얼마예요', pages: [C('core-service/payment-type/content200053'), C('core-service/how-to-use/shopify-guide')], kind: 'question' },
	{
		query: '이니시스 일본결제로 중고품 팔려면 뭐가 있어야 돼요',
		pages: [C('core-service/payment-type/internationl-high-risk-industry')],
		section: '조건부-판매-가능-상품-안내',
		kind: 'question',
	},
	{
		query: '매출 없는 신규 사업자는 영중소 수수료 어떻게 적용받아요',
		pages: [C('faq/general-inquiry/what-is-the-small-business-fee'), C('core-service/how-to-use/small-business-commission-fee')],
		kind: 'question',
	},
	{
		query: '파트너 추가 수수료를 퍼센트 말고 정액으로도 걸 수 있어요?',
		pages: [
			C('faq/platform-faq/platform_additional_fee_setting'),
			C('faq/platform-faq/platform_pg_fee_handling'),
			C('admin-console/platform-settlement/partner_settlement_service_guide'),
		],
		kind: 'question',
	},
	{
		query: '파트너 정산은 안 쓰고 세금계산서만 따로 쓸 수 있나요',
		pages: [C('faq/platform-faq/platform_definition_tax'), C('faq/tax-invoice-faq/difference_account_partner')],
		kind: 'question',
	},
	{ query: '지급대행 도입하려면 PG 연동이 먼저 끝나 있어야 해요?', pages: [C('faq/platform-faq/platform_introduction_conditions')], section: '지급대행', kind: 'question' },
	{
		query: '주문 내역으로 정산금 자동 계산하는 건 개발 없이는 안 돼요?',
		pages: [C('faq/platform-faq/platform_nocode_guide'), C('faq/platform-faq/platform_nocode_use')],
		section: '그럼-꼭-개발을-해야하는-기능은-무엇인가요',
		kind: 'question',
	},
	{ query: '송금 예약은 최대 몇 건까지 걸어둘 수 있어요', pages: [C('faq/platform-faq/platform_payout_guide')], section: '예약-지급이-가능한가요', kind: 'question' },
	{
		query: '개인정보 처리방침 위탁 표에 세금계산서 발행 재수탁자는 어디로 적어요',
		pages: [C('faq/platform-faq/platform_privacypolicy_creation_guide'), C('faq/platform-faq/platform_infosec')],
		kind: 'question',
	},
	{
		query: '파트너 개인정보가 제휴사로 재위탁되는데 저희가 파트너한테 따로 알려야 하나요',
		pages: [
			C('faq/platform-faq/platform_privacypolicy_service_compliance'),
			C('faq/platform-faq/platform_infosec'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
		],
		kind: 'question',
	},
	{
		query: '정산일이 되면 정산 건은 어느 메뉴에서 보고 지급해요',
		pages: [
			C('faq/platform-faq/platform_settlmentandpayout_guide'),
			C('faq/platform-faq/platform_settlementdetails_view_features'),
			C('content200018'),
		],
		section: '정산-내역-관리',
		kind: 'question',
	},
	{
		query: '부가세랑 원천세 자동으로 계산되게 하는 설정은 어디서 해요',
		pages: [C('faq/platform-faq/platform_tax_calculation'), C('faq/platform-faq/platform_tax_setting_guide')],
		kind: 'question',
	},
	{
		query: '파트너 사업자 정보가 바뀌면 국세청 연동은 어떻게 다시 해요',
		pages: [C('faq/platform-faq/taxinvoice_reverse_issuance_buyer_process'), C('faq/tax-invoice-faq/taxinvoice_guide_atoz')],
		kind: 'question',
	},
	{ query: '거래처 등록할 때 추가 담당자는 몇 명까지 넣을 수 있어요', pages: [C('faq/tax-invoice-faq/account_management_guide')], kind: 'question' },
	{
		query: '맥북에서도 공동인증서 등록할 수 있어요?',
		pages: [C('faq/tax-invoice-faq/taxinvoice_guide_atoz')],
		section: 'mac-os를-사용하는-경우에도-공동인증서-등록이-가능한가요',
		kind: 'question',
	},
	{ query: '지급 취소할 때 연결된 세금계산서도 같이 취소할 수 있나요', pages: [C('platform-2025-07-02')], kind: 'question' },
	{ query: '정산용 가상계좌를 여러 개 발급받을 수 있어요?', pages: [C('platform-2025-07-07')], kind: 'question' },
	{ query: '파트너한테 송금할 때 공동인증서 대신 OTP로 인증해도 돼요?', pages: [C('platform-2025-08-28')], kind: 'question' },
	{
		query: '포트원 처음 쓰는데 MID 추가 요청할 때 최근 매출도 적어야 돼요?',
		pages: [C('procedure/service-addition/add-service'), C('core-service/how-to-use/additional-nice')],
		kind: 'question',
	},
	{ query: '갤럭시아머니트리로 티머니 결제도 받을 수 있나요', pages: [C('service/pg/pg-service-list'), C('core-service/channel-setting/galaxia')], kind: 'question' },
	{
		query: '테스트 결제는 자동 환불된다는데 콘솔엔 왜 계속 결제완료로 떠요',
		pages: [C('procedure/payment-integration/test-integration')],
		section: '테스트연동의-특징',
		kind: 'question',
	},
	{ query: '결제내역 조회 기간 1주나 3개월 같은 걸로 바로 고를 수 있어요?', pages: [C('api-sdk-2025-05-14')], kind: 'question' },
	{ query: '세금계산서 일괄 발행할 때 CSV 말고 엑셀 파일도 올려져요?', pages: [C('platform-2025-08-21')], kind: 'question' },
	{
		query: '홈 대시보드 거래액에는 취소된 결제 금액도 들어가 있어요?',
		pages: [C('admin-console/console_home/content34'), C('faq/console-faq/payment-list')],
		section: '홈',
		kind: 'question',
	},
	// One syllable mistyped (a vowel, a consonant or a final consonant one jamo off).
	{ query: '스마일패이 채널설정', pages: [C('core-service/channel-setting/smilepay')], kind: 'typo' },
	{
		query: '세금계산서 연동 제휴샤',
		pages: [
			C('faq/tax-invoice-faq/platform_partnerships'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
			C('faq/tax-invoice-faq/taxinvoice_reverse_issuance_partner_signup'),
		],
		kind: 'typo',
	},
	{
		query: '원천징수세엑 의미',
		pages: [C('faq/platform-faq/platform_tax_withholding_tax_definition'), C('faq/platform-faq/platform_tax_setting_guide')],
		kind: 'typo',
	},
	{
		query: '파트너 정보 기입 가이트',
		pages: [C('faq/platform-faq/platform_partner_info_guide'), C('faq/platform-faq/platform_function_partnerbulkupload')],
		kind: 'typo',
	},
	{
		query: 'PG 지급대헹 차이점',
		pages: [
			C('faq/platform-faq/platform_difference_settlement_payout'),
			C('faq/platform-faq/platform_payout_guide'),
			C('faq/platform-faq/platform_definition_payout_agency'),
		],
		kind: 'typo',
	},
	{ query: '카카오페이 방화벽 교채', pages: [C('content100030')], kind: 'typo' },
	{ query: '추석 연휴 고객센터 휴뮤', pages: [C('holidays')], kind: 'typo' },
	{ query: 'PG가입비 무료 프로모션 종뇨', pages: [C('content200005'), C('pricing/portone/portone-pricing')], kind: 'typo' },
	{ query: '카카오페이 연동망 구조개셩', pages: [C('notice-kakaopay-2025-06-30')], kind: 'typo' },
	{ query: '리브페이 앱스킨 추가', pages: [C('content100046')], kind: 'typo' },
	{ query: '한국결제네트웍스 계약졀차', pages: [C('core-service/how-to-use/content200000')], kind: 'typo' },
	{ query: 'KG파이낸셜 상점아이디 추가 신쳥', pages: [C('core-service/how-to-use/additional-mobilians')], kind: 'typo' },
	// English, as a developer who reads English types it.
	{ query: 'old browser tls 1.0 support end', pages: [C('content100004')], kind: 'english' },
	{ query: 'hana card tossbank ios app scheme', pages: [C('content100047')], kind: 'english' },
	{ query: 'tosspayments v2 easyPayProvider values', pages: [C('faq/payment-faq/content200022')], kind: 'english' },
	{ query: 'bulk payout SCHEDULED status', pages: [C('content200051')], kind: 'english' },
	{
		query: 'partner settlement supply field removed paymentSupply',
		pages: [C('platform-2025-04-08'), C('platform-2025-04-03'), C('content200046')],
		kind: 'english',
	},
	{ query: 'v1 payment lookup include_sandbox', pages: [C('notice-v1-api-2025-11-25')], kind: 'english' },
	{
		query: 'tax invoice status webhook',
		pages: [C('faq/platform-faq/platform_webhook_definition'), C('faq/platform-faq/platform_definition_tax')],
		kind: 'english',
	},
	{ query: 'paypal pending status extension=true', pages: [C('core-service/payment-type/paypal-payment-status')], kind: 'english' },
	{ query: 'schedule api vs again api difference', pages: [C('core-service/payment-type/content200003')], kind: 'english' },
	{ query: 'nhn kcp overseas card usd settlement', pages: [C('core-service/payment-type/kcp-international')], kind: 'english' },
	{ query: 'danal sms verification carrier foreigner info', pages: [C('core-service/how-to-use/cellphone-identity-verification')], kind: 'english' },
	{ query: 'woocommerce recurring payment pg list', pages: [C('core-service/how-to-use/content200009')], section: '정기결제', kind: 'english' },
];

/**
 * An eighth held-out set, 70 queries over the corpus (46 questions, 12 one-syllable typos, 12 English, 70
 * first-page articles): written by a helper who read only the corpus and this file — no search code, benchmark
 * or result — and committed before its first run. Every article has been asked about before, so each query asks
 * for a fact or section the earlier sets leave alone (a date, a limit, an exception, a field), in the reader's
 * words where they differ from the article's.
 */
export const EIGHTH_QUESTION_CASES: SearchCase[] = [
	// Questions: what a merchant or their developer types on a phone, in their own words, with endings and question words.
	{ query: '포트원이라고 코인 보상해준다는 문자 왔는데 링크 눌러도 돼요?', pages: [C('content200043'), C('content200001')], kind: 'question' },
	{ query: '아임포트 다른 회사에 팔린거예요?', pages: [C('content100014')], kind: 'question' },
	{ query: 'IE에서만 돌아가는 옛날 사이트인데 토스페이먼츠 결제 계속 받으려면 어떻게 해요', pages: [C('content100016')], kind: 'question' },
	{ query: '안드로이드 웹뷰에서 결제앱 안 깔려있으면 플레이스토어로 보내려면 어떻게 해요', pages: [C('content100052')], kind: 'question' },
	{ query: 'api.iamport.kr 아직 http로 부르는데 24년 9월 이후에도 괜찮아요?', pages: [C('content100055')], kind: 'question' },
	{ query: '웹훅 주소 테스트용이랑 실환경용 따로 넣을 수 있어요?', pages: [C('content100058')], kind: 'question' },
	{ query: '스마트로 쓰면 법인폰 할인도 받을수 있어요?', pages: [C('content200012')], kind: 'question' },
	{
		query: 'PG 여러 개 붙여놓고 결제를 비율대로 나눠서 보낼 수 있나요',
		pages: [C('content200019'), C('faq/general-inquiry/content200031')],
		kind: 'question',
	},
	{ query: 'V2로 토스페이 바로 연동하면 토스머니로도 결제돼요?', pages: [C('content200025')], kind: 'question' },
	{ query: '엑심베이 Econtext 결제 중에 손님이 새로고침하면 결제 날아가요?', pages: [C('content200027')], kind: 'question' },
	{
		query: '네이버페이 인증형인데 점검 시간에 승인 반영 API 실패한 건 나중에 어떻게 해야 돼요',
		pages: [C('notice-payletter-2025-10-24'), C('content100033')],
		kind: 'question',
	},
	{ query: '설 연휴 토스페이먼츠 작업 때 국민은행 가상계좌도 입금 막혀요?', pages: [C('notice-tosspayments-2026-01-15')], kind: 'question' },
	{ query: '신한 슈퍼SOL 패키지 추가하는거 iOS 앱도 해야 되나요', pages: [C('content51')], kind: 'question' },
	{ query: '국세청에 이미 넘어간 세금계산서 고치려면 홈택스 들어가야 돼요?', pages: [C('platform-2024-11-25')], kind: 'question' },
	{ query: '수기 정산건 등록했는데 정산 내역에 바로 안 떠요', pages: [C('platform-2025-03-04')], kind: 'question' },
	{ query: '파트너 지급액을 부가세 빼고 공급가액 기준으로 계산하게 할 수 있어요?', pages: [C('platform-2025-04-08')], kind: 'question' },
	{ query: '정산 내역서 메일 저희 회사 도메인 주소로 보낼 수 있나요', pages: [C('platform-2025-08-13')], kind: 'question' },
	{
		query: '정산용 가상계좌에서 파트너한테 줄 돈까지 빼버리려고 하면 경고 떠요?',
		pages: [C('platform-2025-08-28'), C('faq/platform-faq/recommended_withdrawal')],
		kind: 'question',
	},
	{
		query: '정산 내역 관리 필터 걸어둔게 새로고침하면 자꾸 풀려요',
		pages: [C('admin-console-2025-10-17'), C('platform-2025-07-23')],
		kind: 'question',
	},
	{
		query: '하위상점에 직원 메일 계정 연결할 때 Dev 권한으로 줘도 돼요?',
		pages: [C('admin-console/console-account/content31')],
		section: '3-하위-상점-관리-선택',
		kind: 'question',
	},
	{
		query: 'PG사에서 앞으로 언제 얼마 들어올지 미리 볼 수 있는 데 있어요?',
		pages: [C('admin-console/pg-settlement-history/content35'), C('api-sdk-2025-01-15')],
		section: '11-정산-내역-확인',
		kind: 'question',
	},
	{
		query: '콘솔에서 본인인증 내역은 몇 달 전 것까지 볼 수 있어요',
		pages: [C('admin-console/payment-service/content29')],
		section: '4-본인인증-조회',
		kind: 'question',
	},
	{
		query: '하위상점이 여러 개인데 결제 데이터 분석 신청은 한 번만 하면 되나요',
		pages: [C('admin-console/analytics/content32')],
		section: '2-결제-데이터-분석-faq',
		kind: 'question',
	},
	{
		query: '1월 2일 결제하고 4일에 취소한 건데 4일로만 조회하면 왜 안 나와요',
		pages: [C('faq/console-faq/payment-list'), C('admin-console/payment-service/content29')],
		kind: 'question',
	},
	{ query: '결제창 디자인 우리 브랜드에 맞게 바꿀수 있어요?', pages: [C('service/integration-type/integration-type')], kind: 'question' },
	{ query: '휴대폰 소액결제도 정기결제로 받고 싶은데 어디서 신청해요', pages: [C('procedure/recommendation/package')], kind: 'question' },
	{ query: '앱에서 유료 강의 파는데 PG 결제 붙이면 스토어에서 앱 내려갈 수도 있어요?', pages: [C('faq/general-inquiry/content200011')], kind: 'question' },
	{ query: '원 페이먼트 인프라 연간결제 했다가 4개월 쓰고 그만두면 얼마 돌려받아요', pages: [C('faq/general-inquiry/content200031')], kind: 'question' },
	{ query: 'PG사 여러 군데랑 계약하면 문의도 PG사마다 따로 해야 돼요?', pages: [C('faq/general-inquiry/portone-advantages')], kind: 'question' },
	{
		query: '입점 업체가 PG사랑 직접 계약하면 저희 플랫폼 이용료는 어떻게 받아요',
		pages: [C('faq/general-inquiry/platform-contract-method')],
		kind: 'question',
	},
	{
		query: '전자결제 신청했는데 접수보류라고 메일 왔어요 왜 그런거예요',
		pages: [C('faq/general-inquiry/contract-checkpoint')],
		section: '5-사이트-구축이-완료되었는지-확인하기',
		kind: 'question',
	},
	{ query: 'PG사 관리자 페이지에서 직접 환불했는데 포트원엔 왜 아직 결제완료예요', pages: [C('faq/payment-faq/cancel-guide')], kind: 'question' },
	{
		query: '테스트 가상계좌에 실수로 진짜 돈을 넣었어요 어떻게 돌려받아요',
		pages: [C('faq/payment-faq/vbank-test-guide')],
		section: '가상계좌-실-입금-거래-강제환불-방법',
		kind: 'question',
	},
	{
		query: '페이코로 30만원 넘게 결제하면 손님이 공인인증서 있어야 돼요?',
		pages: [C('faq/payment-faq/pg-max-min-amount')],
		section: '페이코',
		kind: 'question',
	},
	{
		query: '사업자 바뀌어도 지금 포트원 계정이랑 예전 결제내역 그대로 쓸 수 있나요',
		pages: [C('faq/payment-faq/business-info-change')],
		section: '포트원-관리자콘솔-계정-유지',
		kind: 'question',
	},
	{
		query: '파트너 일괄등록 파일에 파트너 유형 칸엔 뭐라고 적어요',
		pages: [C('faq/platform-faq/platform_function_partnerbulkupload'), C('faq/platform-faq/platform_partner_info_guide')],
		section: '파트너-유형-필수값',
		kind: 'question',
	},
	{
		query: '파트너 정산을 태국 바트로도 할 수 있어요?',
		pages: [C('faq/platform-faq/platform_supported_currencies'), C('faq/platform-faq/platform_function_partnerbulkupload')],
		kind: 'question',
	},
	{ query: '9월 16일에 납품했으면 세금계산서 언제까지 끊어야 돼요', pages: [C('faq/tax-invoice-faq/taxinvoice_delayed')], kind: 'question' },
	{ query: '요청 완료 상태 세금계산서 삭제 눌렀는데 왜 안 없어져요', pages: [C('faq/tax-invoice-faq/taxinvoice_cancel')], kind: 'question' },
	{
		query: '카드사 심사 끝나기 전에 먼저 결제 받는 서비스 쓰면 돈은 언제 들어와요',
		pages: [C('core-service/how-to-use/open-immediately')],
		section: '수수료-및-정산',
		kind: 'question',
	},
	{
		query: '사이트 새로 열어서 아직 매출 없는데 네이버페이 결제형 신청 돼요?',
		pages: [C('core-service/how-to-use/naverpay-contract')],
		kind: 'question',
	},
	{
		query: 'KCP 테스트 채널로 카카오페이 결제했는데 진짜 돈 빠졌어요 자동 취소돼요?',
		pages: [C('core-service/how-to-use/test-mode-cancel')],
		kind: 'question',
	},
	{ query: 'KPN V1으로는 연동 안 돼요?', pages: [C('core-service/channel-setting/kpn')], kind: 'question' },
	{ query: '한국 손님이 페이팔로 결제하면 왜 실패해요', pages: [C('core-service/payment-type/paypal-international')], kind: 'question' },
	{ query: '중개 플랫폼인데 KCP로 정기결제 쓸 수 있어요?', pages: [C('core-service/payment-type/content200052')], kind: 'question' },
	{ query: '카드사 심사 끝난 다음에 결제방식 바꾸면 심사 또 받아야 돼요?', pages: [C('procedure/pg-application/content59')], kind: 'question' },
	// One syllable mistyped (a vowel, an initial or a final consonant one jamo off), keyword-style.
	{ query: '파트너 목록 엑셀 다운로두', pages: [C('platform-2024-12-10')], kind: 'typo' },
	{ query: 'KCP 본인인즘 서비스 신청', pages: [C('core-service/how-to-use/kcp-contract')], kind: 'typo' },
	{ query: '이니시스 복함과세 MID 변경', pages: [C('core-service/how-to-use/inicis-vat')], kind: 'typo' },
	{ query: '결제사 정산 데이터 중복 짐계', pages: [C('recon_issue1'), C('recon_issue2')], kind: 'typo' },
	{ query: '다날 인증서 교체 조치 일졍', pages: [C('content100054')], kind: 'typo' },
	{ query: '플렉스지 토스페이먼츠 가입신첨', pages: [C('core-service/how-to-use/withsoft-guide')], kind: 'typo' },
	{ query: '카카오페이 계약 전자신청 링쿠 어디로 와요', pages: [C('core-service/how-to-use/kakao-contract')], kind: 'typo' },
	{ query: '나이스 간편결제 서브몰 심삭', pages: [C('core-service/payment-type/content200036')], kind: 'typo' },
	{ query: 'KCP 간편결제 사이트코드 한도 요쳥', pages: [C('core-service/payment-type/kcp-easypay-hub-apply')], kind: 'typo' },
	{ query: '페이레터 유니온패이 정기결제', pages: [C('core-service/payment-type/payletter-international')], kind: 'typo' },
	{ query: '역발행 세금계산서 메일 토큰 만묘', pages: [C('platform-2025-1-16')], kind: 'typo' },
	{ query: '세금계산서 상태로 지급내역 필타', pages: [C('platform-2025-07-02')], kind: 'typo' },
	// English, as a developer who reads English types it.
	{
		query: 'eximbay molpay P171 paymethod discontinued',
		pages: [C('content100040'), C('core-service/payment-type/eximbay-international')],
		kind: 'english',
	},
	{ query: 'woori won banking ios url scheme', pages: [C('content100048')], kind: 'english' },
	{ query: 'v2 redirectUrl non-http scheme validation', pages: [C('content200028')], kind: 'english' },
	{ query: 'PlatformUnavailableSettlementDateError manual settlement date', pages: [C('content200039')], kind: 'english' },
	{ query: 'v1 billing key api response sandbox field', pages: [C('notice-v1-api-2025-11-24')], kind: 'english' },
	{ query: 'partner account status VERIFY_ERROR', pages: [C('platform-2024-11-07')], kind: 'english' },
	{ query: 'settlementTaxFreeAmount manual settlement tax free', pages: [C('platform-2025-04-03')], kind: 'english' },
	{ query: 'isForTest deprecated test query parameter', pages: [C('platform-2025-10-02')], kind: 'english' },
	{ query: 'webhook auto retry 5 times on 500 response', pages: [C('core-service/payment-type/webhook-re-send')], kind: 'english' },
	{ query: 'nicepay overseas card usd unionpay', pages: [C('core-service/payment-type/nice-international')], kind: 'english' },
	{ query: 'eximbay econtext sole proprietor not allowed', pages: [C('core-service/payment-type/eximbay-international')], kind: 'english' },
	{ query: 'portone v2 typescript npm open api spec', pages: [C('service/version/portone-version')], kind: 'english' },
];

/**
 * A ninth held-out set, 70 queries over the corpus (46 questions, 12 one-jamo typos, 12 English, 70 distinct
 * first pages): written blind from the corpus alone — by a helper who read only the articles and this file's
 * format and earlier questions, no search code, benchmark or result — and committed before any run. Its first
 * pages are the one article no earlier set put first (platform_introduction) and, for 65 of the rest, articles
 * earlier sets put first only once; each asks for a fact the earlier questions leave alone, in the reader's words.
 */
export const NINTH_QUESTION_CASES: SearchCase[] = [
	// Questions: what a merchant or their developer types on a phone, in their own words, with endings and question words.
	{
		query: '입점업체 정산금 계산부터 세금계산서 송금까지 한번에 자동으로 해주는 서비스 있어요?',
		pages: [C('faq/platform-faq/platform_introduction'), C('admin-console/platform-settlement/partner_settlement_service_guide')],
		kind: 'question',
	},
	{ query: '갤럭시아 테스트 채널에서 티머니나 컬쳐랜드 결제는 MID 뭘로 골라요', pages: [C('core-service/channel-setting/galaxia')], section: '설정방법', kind: 'question' },
	{ query: '이지페이 해외결제는 테스트용 공용 키 없어요?', pages: [C('core-service/channel-setting/kicc')], section: '테스트-연동-1', kind: 'question' },
	{
		query: '네이버페이 결제형 테스트 채널 Client ID랑 Chain ID는 어디서 받아요',
		pages: [C('core-service/channel-setting/naverpay')],
		section: '설정방법',
		kind: 'question',
	},
	{ query: '나이스 테스트 결제에서 KT폰으로 소액결제는 안되나요', pages: [C('core-service/channel-setting/nice')], section: '테스트-연동', kind: 'question' },
	{
		query: '페이먼트월 한국에서 해외 결제수단 테스트하려면 어떻게해요',
		pages: [C('core-service/channel-setting/paymentwall'), C('core-service/payment-type/paymentwall-international')],
		section: '테스트-연동',
		kind: 'question',
	},
	{ query: '웰컴페이먼츠 실연동 채널 만들 때 필드 암호화 IV랑 Key 칸엔 뭐 넣어요', pages: [C('core-service/channel-setting/welcome')], section: '설정방법-1', kind: 'question' },
	{ query: '다날 본인인증만 쓰면 카드사 심사 대신 뭐 받아요? 얼마나 걸려요', pages: [C('core-service/how-to-use/danal-contract')], section: '카드사-심사-진행', kind: 'question' },
	{ query: '네이버페이 주문형 검수요청은 어디로 하는거에요', pages: [C('core-service/how-to-use/naverpay-order-contract')], section: '3-검수요청', kind: 'question' },
	{ query: '페이팔 일반결제랑 정기결제 둘 다 쓰려면 신청 각각 해야 되나요', pages: [C('core-service/how-to-use/paypal-contract')], kind: 'question' },
	{
		query: 'KCP 가상계좌 환불하면 고객 통장에 한국사이버결제로 찍히는데 우리 회사명으로 바꿀수 있어요?',
		pages: [C('core-service/how-to-use/kcp-vbank-refund')],
		section: '통장인자명-변경-요청방법',
		kind: 'question',
	},
	{
		query: '호스팅 업체는 서버만 쓰고 있는데 PG 계약도 꼭 거기 통해서 해야 돼요?',
		pages: [C('core-service/how-to-use/other-hosting-company')],
		section: '이용하는-서비스-파악하기',
		kind: 'question',
	},
	{
		query: '쇼피파이 포트원 플러그인 우리가 직접 못 붙이고 구축사 통해야 돼요?',
		pages: [C('core-service/how-to-use/shopify-available-list'), C('core-service/how-to-use/shopify-guide')],
		kind: 'question',
	},
	{
		query: '작년 매출 7억이면 영중소 수수료 어느 구간에 들어가요',
		pages: [C('core-service/how-to-use/small-business-commission-fee'), C('faq/general-inquiry/what-is-the-small-business-fee')],
		kind: 'question',
	},
	{
		query: '워드프레스로 만든 사이트에 휴대폰 본인인증 넣으려면 어떻게 해요',
		pages: [C('core-service/how-to-use/wordpress-available-pg')],
		section: '본인인증-이용시-참고사항',
		kind: 'question',
	},
	{
		query: '카카오페이 입점하려면 사이트 하단 연락처에 휴대폰 번호 적어도 돼요?',
		pages: [C('core-service/how-to-use/kakaopay-contract')],
		section: '카카오페이-입점정책',
		kind: 'question',
	},
	{ query: '이니시스 상점아이디 추가 신청서에 호스팅 정보 칸은 뭐라고 적어요', pages: [C('core-service/how-to-use/additional-inicis')], section: '작성-내용', kind: 'question' },
	{
		query: '나이스랑 직접 계약해서 카드사 심사 받았던 거 포트원으로 옮기면 심사 다시 받아야돼요?',
		pages: [C('core-service/how-to-use/additional-nice')],
		section: '신청-경로',
		kind: 'question',
	},
	{
		query: '파트너 송금 예약이체 밤 11시로 걸어둬도 되나요',
		pages: [C('faq/platform-faq/platform_payoutagency_scheduled_payment'), C('admin-console/platform-settlement/partner_settlement_service_guide')],
		kind: 'question',
	},
	{
		query: 'PG 라이선스 없이 셀러 판매대금 우리 통장으로 받아서 나눠줘도 되나요',
		pages: [C('faq/platform-faq/platform_definition_payout_agency')],
		section: '지급대행-서비스는-왜-필요한가요',
		kind: 'question',
	},
	{ query: '세금계산서 기능만 도입하려는데 필요한 조건 있어요?', pages: [C('faq/platform-faq/platform_introduction_conditions')], section: '세금계산서', kind: 'question' },
	{
		query: '수기 정산건 마이너스 금액으로도 등록 돼요?',
		pages: [C('faq/platform-faq/platform_nocode_guide'), C('admin-console/platform-settlement/partner_settlement_service_guide')],
		section: '수기-정산건-등록',
		kind: 'question',
	},
	{
		query: '매월 정산일을 31일로 해두면 30일까지 있는 달엔 언제 정산돼요',
		pages: [C('faq/platform-faq/platform_settlement_hold_date_setting')],
		section: '정산-주기-설정-방법은-아래와-같습니다',
		kind: 'question',
	},
	{
		query: '정산금 100만원인데 공급가액 기준에 원천세 차감이면 파트너가 실제로 얼마 받아요',
		pages: [C('faq/platform-faq/platform_tax_setting_guide')],
		section: '예시-정산금액--1000000원',
		kind: 'question',
	},
	{ query: '권장 출금 금액만큼 가상계좌에서 다 빼도 괜찮은거죠?', pages: [C('faq/platform-faq/recommended_withdrawal')], kind: 'question' },
	{
		query: '입점사가 세금계산서 발행 거부 눌렀는데 나중에 다시 승인할 수 있어요?',
		pages: [C('faq/tax-invoice-faq/taxinvoice_partner_peristalsis')],
		section: '파트너는-어떻게-공동인증서-연동을-할-수-있나요',
		kind: 'question',
	},
	{
		query: '사업자 아닌 개인 파트너도 국세청 연동해서 역발행 받을 수 있나요',
		pages: [C('faq/tax-invoice-faq/taxinvoice_guide_atoz')],
		section: 'step-2-공급자-국세청-연동-최초-1회',
		kind: 'question',
	},
	{
		query: '콘솔 로그인 이메일을 예전에 포트원 가입했던 다른 메일로 바꿀 수 있어요?',
		pages: [C('faq/console-faq/change-console-url')],
		section: '관리자콘솔-로그인이-가능한-경우',
		kind: 'question',
	},
	{
		query: '키움페이 쓰는데 결제 승인 직전에 재고 확인해서 막는 기능 쓸 수 있어요?',
		pages: [C('faq/general-inquiry/confirm-process')],
		section: '지원-불가한-pg사-확인하기',
		kind: 'question',
	},
	{ query: 'KPN 지급대행 쓰려면 회사 자본금 얼마 이상이어야 돼요', pages: [C('faq/general-inquiry/platform-contract-pg')], section: '한국결제네트웍스kpn', kind: 'question' },
	{ query: '토스페이먼츠 V2 결제창 띄웠는데 카드랑 카카오페이가 한 화면에 같이 안 나와요', pages: [C('faq/payment-faq/content200022')], kind: 'question' },
	{
		query: '다날 취소불가 상태입니다 떠서 다날에 직접 환불했는데 포트원 결제상태는 어떻게 바꿔요',
		pages: [C('faq/payment-faq/payment-failure-danal-insufficient-funds')],
		kind: 'question',
	},
	{ query: 'KCP 환불하다 8178 오류 나면 강제취소는 어디로 요청해요', pages: [C('faq/payment-faq/payment-failure-kcp-insufficient-funds')], kind: 'question' },
	{ query: '토스페이먼츠 결제창에 현금영수증 발행 칸 안보이게 할 수 있나요', pages: [C('faq/payment-faq/tosspayments-cash-receipt')], kind: 'question' },
	{
		query: '가상계좌로 받은 결제는 몇 달 지나도 환불 돼요?',
		pages: [C('faq/payment-faq/cancel-deadline'), C('core-service/how-to-use/cancel-deadline-by-paymethod')],
		kind: 'question',
	},
	{ query: '성인용품몰인데 네이버나 카카오 인증서로 본인인증 붙일 수 있나요', pages: [C('service/identity-verification/identity-verification')], kind: 'question' },
	{ query: '카카오페이랑 직접 계약한 간편결제랑 PG 제휴 간편결제 같이 쓸 수 있어요?', pages: [C('service/paymethod/paymethod')], kind: 'question' },
	{ query: 'MID 추가를 PG사 관리자 페이지에서 직접 신청하는 곳은 어디예요', pages: [C('procedure/service-addition/add-service')], kind: 'question' },
	{
		query: '카드사 심사 끝났다는데 테스트 키만 실제 키로 바꾸고 바로 오픈해도 되나요',
		pages: [C('procedure/payment-integration/real-integration')],
		section: '사전-점검사항',
		kind: 'question',
	},
	{
		query: '원천징수 비대상자로 등록한 파트너는 3.3% 안 떼고 지급돼요?',
		pages: [C('content200029'), C('faq/platform-faq/platform_tax_setting_guide')],
		kind: 'question',
	},
	{ query: '통합 결제 내역을 하위 상점별로 나눠서 볼 수 있어요?', pages: [C('api-sdk-2024-12-19')], kind: 'question' },
	{ query: '콘솔에서 정기결제 예약일 바꾸거나 예약 해지도 되나요', pages: [C('content200002'), C('admin-console/payment-service/content29')], kind: 'question' },
	{ query: 'V2로 KCP 붙이면 컬쳐랜드 상품권 결제도 돼요?', pages: [C('content200023')], kind: 'question' },
	{
		query: '세금계산서 정발행하면 발행하는 우리 쪽에도 알림 메일 와요?',
		pages: [C('platform-2025-08-21'), C('faq/tax-invoice-faq/taxinvoice_forward_issuance')],
		kind: 'question',
	},
	{
		query: '쿠폰 할인 분담률 10%면 5천원 할인할 때 파트너가 얼마 부담해요',
		pages: [C('admin-console/platform-settlement/partner_settlement_service_guide')],
		section: '1-정산정책관리',
		kind: 'question',
	},
	{
		query: '정산 상세 조회에 사용자 정의 속성 몇 개까지 추가돼요',
		pages: [C('faq/platform-faq/platform_settlement_custom_attributes'), C('content200038')],
		kind: 'question',
	},
	// One jamo mistyped (a neighbouring key, ㅐ for ㅔ, a dropped stroke), keyword-style.
	{ query: '페이먼트월 신청서 내고 계약 안내 몇 영엽일', pages: [C('core-service/how-to-use/paymentwall-contract')], section: '계약진행', kind: 'typo' },
	{ query: 'KCP 현금영수증 약관동의 어디서 헤요', pages: [C('faq/payment-faq/kcp-cash-receipt')], section: '현금영수증-발행을-위한-약관동의', kind: 'typo' },
	{ query: '키움페이 제휴 간펀결제 종류', pages: [C('core-service/payment-type/hub-service-fee')], section: '간편결제-지원하는-결제대행사-목록', kind: 'typo' },
	{ query: '추천패키지 PG 연호비 면제', pages: [C('content200013')], kind: 'typo' },
	{ query: '이니시스 해외카드 특얏 신청', pages: [C('core-service/payment-type/inicis-international')], kind: 'typo' },
	{ query: '액상 전자담배 온라인 판매 금지 시헹일', pages: [C('notice-vape-2026-02-19')], kind: 'typo' },
	{ query: '정산 가상계좌 여러개 출금 게좌 선택', pages: [C('platform-2025-07-07')], kind: 'typo' },
	{ query: 'KSNET 테스트 실시간 계좌이채 오류', pages: [C('core-service/channel-setting/ksnet')], section: '테스트-연동', kind: 'typo' },
	{
		query: '페이코 싱연동 채널 SellerKey 입력',
		pages: [C('core-service/channel-setting/payco'), C('faq/general-inquiry/real-channel-info')],
		section: '설정방법-1',
		kind: 'typo',
	},
	{ query: '정산정책 계약 수정 히스토라 조회', pages: [C('platform-2025-07-23')], section: '정산-정책-관리-사용성-개선', kind: 'typo' },
	{ query: '토스페이먼츠 해외카드 MID 추가발굽', pages: [C('core-service/payment-type/tosspayment-international')], section: '5-신청방법', kind: 'typo' },
	{ query: '엑심베이 상점관리자페이지 신청서 추가 접슈', pages: [C('core-service/how-to-use/eximbay-contract')], kind: 'typo' },
	// English, as a developer who reads English types it.
	{
		query: 'portone v2 cancel payment api endpoint',
		pages: [C('core-service/how-to-use/cancel-guide-using-admin-console'), C('faq/payment-faq/cancel-guide')],
		section: 'api로-환불하기',
		kind: 'english',
	},
	{ query: 'PlatformSettlementAmountExceededError DISCOUNT_THAN_ORDER', pages: [C('content200046')], kind: 'english' },
	{ query: 'ksnet card company direct call portone v2', pages: [C('content200016')], kind: 'english' },
	{ query: 'inicis unified identity verification v2 kakaobank samsung pass', pages: [C('content200049')], kind: 'english' },
	{ query: 'allow api calls only from whitelisted ip', pages: [C('admin-console/integration/content28')], section: '4-추가-설정-관리', kind: 'english' },
	{
		query: 'nice_v2 direct easy pay pay_method naverpay_point',
		pages: [C('core-service/payment-type/nice-easypay-hub-fee')],
		section: '신나이스정보통신',
		kind: 'english',
	},
	{ query: 'apple pay hyundai card only no recurring', pages: [C('applepay'), C('core-service/payment-type/content200042')], kind: 'english' },
	{
		query: 'issue virtual account via api supported pg list',
		pages: [C('faq/payment-faq/vbank-service-detail')],
		section: '가상계좌-연동-가능-방식',
		kind: 'english',
	},
	{
		query: 'billing payment recovery auto retry time setting',
		pages: [C('admin-console/payment-service/content29')],
		section: '리커버리',
		kind: 'english',
	},
	{
		query: 'tosspayments new module api version 2022-07-27',
		pages: [C('core-service/channel-setting/tosspayments'), C('core-service/how-to-use/withsoft-guide')],
		section: '필수-신모듈-api-설정하기',
		kind: 'english',
	},
	{ query: 'bulk payout foreign currency not supported krw only', pages: [C('content200018')], section: '기타-개선-사항', kind: 'english' },
	{
		query: 'global payletter settlement every thursday',
		pages: [C('core-service/payment-type/content200007'), C('core-service/payment-type/content200053')],
		section: '정산주기',
		kind: 'english',
	},
];
