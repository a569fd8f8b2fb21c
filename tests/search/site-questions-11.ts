import type { SearchCase } from './queries.ts';
/**
 * The eleventh blind set of questions over this site's own pages, as a merchant or their developer types them on a
 * phone: everyday endings, spacing slips, a few typos, Latin PG names and short keywords. Written blind on 2026-12-07
 * by a helper (branch `siteq11`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/), without reading the search code or the benchmark's query sets (only
 * the ten earlier site question sets, read to ask nothing twice) and without running a search. The first
 * part names no PG: its answer is a page about no single PG (a glossary term, a general guide, /choose/ or /compare/).
 * The rest names one PG: its answer is that PG's guide and the section that answers, leaning on the sections the
 * earlier sets asked little or nothing about.
 */
export const SITE_QUESTION_CASES_11: SearchCase[] = [
	// No PG named: what a term means (the glossary entry first).
	{
		query: '결제창 방식이란 게 결제수단을 pg사 창에서 고르는 거예요?',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'],
		section: 'payment-window',
		kind: 'question',
	},
	{ query: '관리자콘솔이란 게 포트원 화면이에요 pg사 화면이에요?', pages: ['/glossary/'], section: 'admin-console', kind: 'question' },
	{
		query: '보증보험 가입은 어느 단계에서 하는 거예요',
		pages: ['/glossary/', '/guides/contract-documents/'],
		section: 'guarantee-insurance',
		kind: 'question',
	},
	{
		query: '포트원 V1 V2가 연동 sdk 버전 말하는 거예요?',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'],
		section: 'portone-version',
		kind: 'question',
	},
	{
		query: '바로오픈이면 간편결제도 심사 전에 받을 수 있어요?',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/', '/guides/nhn-kcp-contract/', '/guides/tosspayments-contract/'],
		section: 'instant-open',
		kind: 'question',
	},
	{ query: '에스크로가 돈을 맡아 두는 거면 누가 맡아요', pages: ['/glossary/'], section: 'escrow', kind: 'question' },
	{ query: '수기결제랑 키인결재 같은 말이에요?', pages: ['/glossary/'], section: 'billing-keyin', kind: 'typo' },
	{
		query: '카드사 심사 끝나는 날짜가 카드사마다 달라요?',
		pages: ['/glossary/', '/guides/service-requirements/'],
		section: 'card-review',
		kind: 'question',
	},

	// No PG named: applying, documents, what the site needs (the general guides).
	{ query: '포트원 회원가입부터 해야 pg 신청되나요', pages: ['/guides/pg-application/'], section: '1-전자결제-신청-메뉴-열기', kind: 'question' },
	{
		query: '예전에 등록해둔 사업자 정보 바꾸고 싶은데 어디에 말해요',
		pages: ['/guides/pg-application/'],
		section: '1-전자결제-신청-메뉴-열기',
		kind: 'question',
	},
	{ query: 'pg사 계약서 양식은 어디서 받아요', pages: ['/guides/contract-documents/'], section: '계약-안내-메일-기다리기', kind: 'question' },
	{
		query: '사이트 하단 상호를 브랜드 이름으로 적어도 되나요',
		pages: ['/guides/service-requirements/'],
		section: '2-사업자-정보-표시',
		kind: 'question',
	},
	{ query: '앱은 사업자정보 어디에 넣어야돼요', pages: ['/guides/service-requirements/'], section: '2-사업자-정보-표시', kind: 'question' },
	{
		query: '상품명에 테스트라고 붙여 놓으면 심사 못 받아요?',
		pages: ['/guides/service-requirements/'],
		section: '3-아직-개발-중이라면',
		kind: 'question',
	},
	{
		query: '중국 결제수단 붙이면 중국어 화면도 만들어야 하나요',
		pages: ['/guides/service-requirements/', '/guides/eximbay-contract/', '/guides/paymentwall-contract/'],
		section: '6-앱-서비스라면',
		kind: 'question',
	},

	// No PG named: which PG (the chooser and the comparison).
	{ query: '메타버스 가상 부동산 파는데 받아주는 pg 잇나요', pages: ['/choose/'], kind: 'typo' },
	{
		query: '보톡스 필러 시술비 카드결제 받아주는 pg 있어요?',
		pages: ['/choose/', '/guides/galaxia-contract/', '/guides/ksnet-contract/', '/guides/danal-contract/'],
		kind: 'question',
	},
	{ query: '골드바 판매 결제대행사', pages: ['/choose/', '/guides/nhn-kcp-contract/'], kind: 'exact' },
	{
		query: '개인간 거래 플랫폼도 받아주는 pg 있나요',
		pages: ['/choose/', '/guides/danal-contract/', '/guides/kiwoompay-contract/'],
		kind: 'question',
	},
	{
		query: '교회 헌금 카드로 받을 수 있는 결제대행사 있어요?',
		pages: ['/choose/', '/guides/smartro-contract/', '/guides/kakaopay-contract/'],
		kind: 'question',
	},
	{ query: '전자담배 쇼핑몰도 pg 계약 되나요', pages: ['/choose/', '/guides/galaxia-contract/'], kind: 'question' },
	{
		query: '고가 명품 파는데 받아주는 pg 있어요?',
		pages: ['/choose/', '/guides/kiwoompay-contract/', '/guides/galaxia-contract/', '/guides/kpn-contract/'],
		kind: 'question',
	},
	{ query: '여행 플랫폼 결제대행사', pages: ['/choose/', '/guides/danal-contract/', '/guides/galaxia-contract/'], kind: 'phrase' },
	{ query: 'SSG페이 되는 pg', pages: ['/choose/', '/compare/'], kind: 'phrase' },
	{ query: '상품권 결제 수수료 pg별 비교', pages: ['/compare/'], kind: 'phrase' },
	{ query: '정기결제 결제창 방식으로 되는 pg 어디예요', pages: ['/compare/', '/choose/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{
		query: '케이에스넷 정기결제 나중에 추가하면 MID 또 받아야 돼요?',
		pages: ['/guides/ksnet-contract/'],
		section: '가입신청서-제출',
		kind: 'question',
	},
	{
		query: '스마트로 실 MID 가상계좌 입금통보 주소는 어떻게 등록해요',
		pages: ['/guides/smartro-contract/'],
		section: '가상계좌-입금-알림',
		kind: 'question',
	},
	{
		query: '웰컴페이먼츠 간편결제 쓰려면 간편결제사랑 따로 계약해야 돼요?',
		pages: ['/guides/welcome-contract/'],
		section: '가입신청서-제출',
		kind: 'question',
	},
	{
		query: '다날 정기결제할때 본인인증 안 거치게 하고 싶어요',
		pages: ['/guides/danal-contract/'],
		section: '실-연동-채널-설정',
		kind: 'question',
	},
	{
		query: '엑심베이 정기결제랑 일반결제 실연동 채널 같은 모듈로 만들어요?',
		pages: ['/guides/eximbay-contract/'],
		section: '실-연동-채널-설정',
		kind: 'question',
	},
	{ query: '갤럭시아머니트리 포트원 V2로 연동할 수 있어요?', pages: ['/guides/galaxia-contract/'], section: '테스트-채널-설정', kind: 'question' },
	{
		query: '헥토 수기결제 카드번호랑 유효기간만 받으면 테스트 MID 머 써요',
		pages: ['/guides/hecto-contract/'],
		section: '채널-설정',
		kind: 'typo',
	},
	{
		query: '카카오페이 심사받는 주소가 신청서에 쓴 거랑 달라도 돼요?',
		pages: ['/guides/kakaopay-contract/'],
		section: '개발과-심사-화면',
		kind: 'question',
	},
	{ query: 'KG파이낸설 카드사 심사현황 조회 페이지 있나요', pages: ['/guides/kg-financial-contract/'], section: '카드사-심사', kind: 'typo' },
	{ query: '이지페이 위챗페이도 쓰려면 언제 신청해요', pages: ['/guides/kicc-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: '키움페이 카드사 심사 어디까지 됐는지 어디서 봐요', pages: ['/guides/kiwoompay-contract/'], section: '카드사-심사', kind: 'question' },
	{ query: 'KPN 면세 테스트 MID', pages: ['/guides/kpn-contract/'], section: '테스트-채널-설정', kind: 'latin' },
	{ query: 'KCP 다른 사이트 주소 하나 더 추가하려면 어떻게 해요', pages: ['/guides/nhn-kcp-contract/'], section: '실결제-시작', kind: 'latin' },
	{
		query: '케이씨피 본인인증 테스트할때 인증번호 아무거나 넣어도 돼요?',
		pages: ['/guides/nhn-kcp-contract/'],
		section: '본인인증-추가-신청',
		kind: 'question',
	},
	{ query: '나이스페이 애플페이 새로 신청할때 어디에 적어요', pages: ['/guides/nice-contract/'], section: '간편결제-추가계약', kind: 'question' },
	{
		query: '네이버페이 주문형 판매 품목 바뀌면 새로신청해야 돼요?',
		pages: ['/guides/naverpay-order-contract/'],
		section: '상점아이디를-더-받아야-할-때',
		kind: 'question',
	},
	{ query: '네이버페이 종합형 뜻', pages: ['/guides/naverpay-order-contract/'], kind: 'phrase' },
	{
		query: '네이버페이 결제형 정기결제 채널 따로 만들어야되나요',
		pages: ['/guides/naverpay-payment-contract/'],
		section: '테스트-채널-설정',
		kind: 'question',
	},
	{ query: '페이코 고객센터 이메일', pages: ['/guides/payco-contract/'], section: '문의처', kind: 'phrase' },
	{ query: '페이먼트웰 카드사 심사 전에 결제 받을 수 있어요?', pages: ['/guides/paymentwall-contract/'], section: '카드사-심사', kind: 'typo' },
	{
		query: '페이먼트월 한 번에 500달러 넘게 결제 받을 수 있나요',
		pages: ['/guides/paymentwall-contract/'],
		section: '결제-한도와-정산',
		kind: 'question',
	},
	{ query: '페이팔 Express Checkout으로 새로 연동할 수 있어요?', pages: ['/guides/paypal-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: '토스페이 신청서도 포트원이 먼저 보고 넘겨요?', pages: ['/guides/tosspay-contract/'], section: '계약-안내', kind: 'question' },
	{ query: 'toss 미리오픈 디지털 콘텐츠도 되나요', pages: ['/guides/tosspayments-contract/'], section: '바로오픈', kind: 'latin' },
	{
		query: 'inicis MID 더 받으면 키파일도 새로 보내야 돼요?',
		pages: ['/guides/kg-inicis-channel-setup/'],
		section: '키파일-전달',
		kind: 'latin',
	},
];
