import type { SearchCase } from './queries.ts';
/**
 * A third set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-06
 * by a helper (branch `siteq3`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the two earlier blind sets (site-questions.ts,
 * site-questions-2.ts) were read only so that no question here repeats one of theirs, and to ask about the sections they
 * asked little or nothing about. The first part names no PG: its answer is a page about no single PG (a glossary entry,
 * the general guides, /choose/ or /compare/). The second part names one PG, by any name a merchant uses for it, and is
 * answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_3: SearchCase[] = [
	// No PG named: what a term means (the glossary entry first).
	{ query: 'CID 뜻', pages: ['/glossary/', '/guides/kakaopay-contract/'], section: 'mid', kind: 'phrase' },
	{ query: '서비스ID가 뭔가요', pages: ['/glossary/', '/guides/kg-financial-contract/'], section: 'mid', kind: 'question' },
	{ query: '파트너 ID가 뭐예요', pages: ['/glossary/', '/guides/naverpay-payment-contract/'], section: 'mid', kind: 'question' },
	{ query: '비인증결제가 뭐예요', pages: ['/glossary/'], section: 'billing-keyin', kind: 'question' },
	{
		query: '통신사 심사는 또 뭐예요',
		pages: ['/glossary/', '/guides/danal-contract/', '/guides/nhn-kcp-contract/'],
		section: 'source-company',
		kind: 'question',
	},
	{
		query: '신모듈 구모듈이 V1 V2랑 같은 말이에요?',
		pages: ['/glossary/', '/guides/tosspayments-contract/'],
		section: 'pg-module',
		kind: 'question',
	},
	{ query: '빌링키가 카드번호 저장해두는 거예요?', pages: ['/glossary/'], section: 'billing-key', kind: 'question' },
	{ query: '카드사 심사는 누가 하는 거예요', pages: ['/glossary/', '/guides/service-requirements/'], section: 'card-review', kind: 'question' },
	{ query: '신규 사업자는 카드 수수료 우대 못 받나요', pages: ['/glossary/'], section: 'small-business-rate', kind: 'question' },
	{
		query: '바로오픈 하면 할부 결제도 받을 수 있나요',
		pages: ['/glossary/', '/guides/nhn-kcp-contract/', '/guides/tosspayments-contract/', '/guides/kg-inicis-contract/', '/guides/kg-inicis-channel-setup/'],
		section: 'instant-open',
		kind: 'question',
	},
	{
		query: '간편결제사랑 따로 계약 안 해도 되나요',
		pages: ['/glossary/', '/compare/', '/guides/kpn-contract/', '/guides/welcome-contract/'],
		section: 'hub-easypay',
		kind: 'question',
	},

	// No PG named: applying, documents, what the site needs (the general guides).
	{ query: '전자결제 신청하다가 중간에 저장돼요?', pages: ['/guides/pg-application/'], section: '2-사업자-정보-등록', kind: 'question' },
	{
		query: '전에 신청한 적 있으면 사업자등록증 또 올려야 돼요?',
		pages: ['/guides/pg-application/'],
		section: '1-전자결제-신청-메뉴-열기',
		kind: 'question',
	},
	{
		query: '가입신청서 낸 다음엔 뭐 하면 돼요',
		pages: ['/guides/pg-application/', '/guides/contract-documents/'],
		section: '신청한-다음에는',
		kind: 'question',
	},
	{ query: '워드프레스로 만든 사이트도 pg 신청 되나요', pages: ['/guides/pg-application/'], section: '5-결제대행사와-결제수단-고르기', kind: 'question' },
	{ query: '월 거래액 아직 모르는데 뭐라고 적어요', pages: ['/guides/pg-application/'], section: '3-서비스-정보-등록', kind: 'question' },
	{ query: '인감증멍서 유효기간', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'typo' },
	{ query: '공동대표 인감증명서', pages: ['/guides/contract-documents/'], section: '법인사업자-기본-서류', kind: 'exact' },
	{ query: '서류 냈는데 더 내라고 연락 왔어요', pages: ['/guides/contract-documents/'], section: '계약-안내-메일-기다리기', kind: 'question' },
	{
		query: '고객이 금액 직접 입력하는 결제도 심사 통과되나요',
		pages: ['/guides/service-requirements/'],
		section: '1-판매-상품서비스-등록',
		kind: 'question',
	},
	{ query: '서브도메인으로 심사 받아도 되나요', pages: ['/guides/service-requirements/'], section: '4-이미-운영-중인-서비스라면', kind: 'question' },
	{
		query: '해외결제 하려면 영문 사이트 있어야 돼요?',
		pages: ['/guides/service-requirements/', '/guides/paypal-contract/', '/guides/eximbay-contract/', '/guides/paymentwall-contract/'],
		section: '6-앱-서비스라면',
		kind: 'question',
	},
	{ query: '앱 심사 apk랑 캡처 화면 어디로 보내요', pages: ['/guides/service-requirements/'], section: '6-앱-서비스라면', kind: 'question' },

	// No PG named: which PG (the chooser and the comparison).
	{ query: '앱결제 되는 pg', pages: ['/compare/', '/choose/'], kind: 'phrase' },
	{ query: '계약 메일 빨리 오는 pg사 어디예요', pages: ['/compare/'], kind: 'question' },
	{ query: '사주 운세 사이트도 받아주는 결제대행사', pages: ['/choose/'], kind: 'question' },
	{ query: '간편결제 여러개 한번에 붙일수 있는 pg', pages: ['/compare/', '/choose/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{ query: 'KCP 사이트코드 받았는데 결제하면 CC67 떠요', pages: ['/guides/nhn-kcp-contract/'], section: '계약완료와-사이트코드', kind: 'latin' },
	{
		query: '이니시스 계약 끝나면 MID 바로 쓸 수 있어요?',
		pages: ['/guides/kg-inicis-contract/', '/guides/kg-inicis-channel-setup/'],
		section: '계약완료',
		kind: 'question',
	},
	{ query: '이니시스 일본 결제 테스트 MID 있나요', pages: ['/guides/kg-inicis-channel-setup/'], section: '해외결제일본-채널', kind: 'question' },
	{ query: '이니시스 본인인증 실연동할때 MID 뭐 넣어요', pages: ['/guides/kg-inicis-channel-setup/'], section: '본인인증통합인증-채널', kind: 'question' },
	{ query: '플렉스지 토스페이먼츠 가입', pages: ['/guides/tosspayments-contract/'], section: '가입신청서-제출', kind: 'phrase' },
	{ query: '토스페이 카드사 심사현황 조회', pages: ['/guides/tosspay-contract/'], section: '카드사-심사', kind: 'phrase' },
	{ query: '나이스페이 테스트로 부분취소 하면 돈 안돌아와요?', pages: ['/guides/nice-contract/'], section: '개발과-심사-화면-준비', kind: 'question' },
	{ query: '다날 실연동 CPPWD 칸에 뭐 넣어요', pages: ['/guides/danal-contract/'], section: '실-연동-채널-설정', kind: 'question' },
	{ query: '카카오패이 테스트 CID', pages: ['/guides/kakaopay-contract/'], section: '테스트-채널-설정', kind: 'typo' },
	{ query: '네이버페이 주문형 1차 심사 결과 언제 나와요', pages: ['/guides/naverpay-order-contract/'], section: '1차-심사', kind: 'question' },
	{ query: '네이버페이 결제형 최소 결제금액', pages: ['/guides/naverpay-payment-contract/'], section: '개발과-연동', kind: 'phrase' },
	{ query: '페이코 상점아이디 추가 신청 어디로 해요', pages: ['/guides/payco-contract/'], section: '상점아이디를-더-받아야-할-때', kind: 'question' },
	{ query: 'paypal 한국 고객한테도 결제 받을 수 있나요', pages: ['/guides/paypal-contract/'], section: '신청-전-준비', kind: 'latin' },
	{ query: 'eximbay 테스트 카드 번호', pages: ['/guides/eximbay-contract/'], section: '테스트-채널-설정', kind: 'latin' },
	{ query: '엑심베이 문의 전화번호 잇나요', pages: ['/guides/eximbay-contract/'], section: '문의처', kind: 'typo' },
	{ query: '페이먼트월 월 관리미 있어요', pages: ['/guides/paymentwall-contract/'], section: '수수료', kind: 'typo' },
	{ query: '갤럭시아머니트리 가상계좌 입금됐는데 미결제로 떠요', pages: ['/guides/galaxia-contract/'], section: '가상계좌-입금-알림', kind: 'question' },
	{ query: '헥토파이넨셜 계좌이체 한도', pages: ['/guides/hecto-contract/'], section: '계약완료', kind: 'typo' },
	{ query: '이지페이 정기결제랑 일반결제 채널 따로 만들어야 돼요?', pages: ['/guides/kicc-contract/'], section: '실-연동-채널-설정', kind: 'question' },
	{ query: '키움페이 상품권 팔면 한도 있나요', pages: ['/guides/kiwoompay-contract/'], section: '신청-전-준비', kind: 'question' },
	{ query: '한국결제네트웍스 정기결제 API로 하면 본인인증 없어요?', pages: ['/guides/kpn-contract/'], section: '심사용-개발', kind: 'question' },
	{ query: 'KSNET 카드결제 취소 몇 달까지 돼요', pages: ['/guides/ksnet-contract/'], section: '실결제-시작', kind: 'latin' },
	{ query: 'KG모빌리언스 휴대폰결제 몇원부터 돼요', pages: ['/guides/kg-financial-contract/'], section: '신청-전-준비', kind: 'question' },
	{
		query: '스마트로 추천패키지로 신청하면 가입비 없어요?',
		pages: ['/guides/smartro-contract/', '/guides/eximbay-contract/'],
		section: '수수료',
		kind: 'question',
	},
	{ query: '웰컴페이먼츠 간편결제로 테스트하면 진짜 돈 나가요?', pages: ['/guides/welcome-contract/'], section: '테스트-채널-설정', kind: 'question' },
];
