import type { SearchCase } from './queries.ts';
/**
 * The twelfth blind set of questions over this site's own pages, as a merchant or their developer types them on a
 * phone: everyday endings, spacing slips, five typos, four Latin PG names, six short keywords. Written blind on
 * 2026-12-07 by a helper (branch `siteq12`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/), without reading the search code or the benchmark's query sets (only
 * the eleven earlier site question sets, read to ask nothing twice and to count which sections they asked about) and
 * without running a search. The first part names no PG: its answer is a page about no single PG (a glossary term, a
 * general guide, /choose/ or /compare/). The rest names one PG: its answer is that PG's guide and the section that
 * answers, mostly sections the earlier sets never asked about.
 */
export const SITE_QUESTION_CASES_12: SearchCase[] = [
	// No PG named: what a term means, or what a thing is called (the glossary entry first).
	{
		query: '계약 끝나고 메일로 zip 파일이 왔는데 이게 뭐예요',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/', '/guides/kg-inicis-contract/'],
		section: 'key-file',
		kind: 'question',
	},
	{
		query: '심사 끝나기 전에도 실결제 먼저 열어주는 서비스 이름이 뭐였죠',
		pages: ['/glossary/', '/guides/service-requirements/', '/compare/'],
		section: 'instant-open',
		kind: 'question',
	},
	{ query: '카드사나 통신사처럼 결제수단을 실제로 내주는 곳은 뭐라고 불러요', pages: ['/glossary/'], section: 'source-company', kind: 'question' },
	{ query: '보증보험증권 내라는데 그게 뭐예요', pages: ['/glossary/', '/guides/contract-documents/'], section: 'guarantee-insurance', kind: 'question' },
	{
		query: 'pg사가 우리 사이트랑 업종 보고 받아줄지 정하는 심사를 뭐라고 해요',
		pages: ['/glossary/', '/guides/service-requirements/'],
		section: 'onboarding-review',
		kind: 'question',
	},
	{ query: '신모듈은 포트원이 만든 거예요 pg사가 만든 거예요', pages: ['/glossary/'], section: 'pg-module', kind: 'question' },
	{ query: '카드 pg 한곳 계약으로 간편결제까지 같이 받는 걸 뭐라고 하죠', pages: ['/glossary/', '/compare/'], section: 'hub-easypay', kind: 'question' },
	{ query: '포트원에 등록하는 pg 연결 정보를 뭐라고 부르나요', pages: ['/glossary/'], section: 'channel', kind: 'question' },
	{ query: '카드정보 대신 저장해두는 결재용 암호화 키 이름이 뭐에요', pages: ['/glossary/'], section: 'billing-key', kind: 'typo' },
	{
		query: '포트원에서 가입신청서 내고 결제내역도 보는 화면을 뭐라고 해요',
		pages: ['/glossary/', '/guides/pg-application/'],
		section: 'admin-console',
		kind: 'question',
	},
	{
		query: '포트원이 신청서를 먼저 훑어보고 pg사로 넘기는 단계 이름이 뭐예요',
		pages: ['/glossary/', '/guides/ksnet-contract/', '/guides/kiwoompay-contract/', '/guides/smartro-contract/', '/guides/welcome-contract/'],
		section: 'portone-check',
		kind: 'question',
	},
	{ query: 'pg사가 가맹점한테 따로 주는 관리 페이지 이름이 뭔가요', pages: ['/glossary/'], section: 'merchant-admin', kind: 'question' },

	// No PG named: applying and what the site needs (the general guides).
	{
		query: '입점 제한 업종이면 심사에서 바로 떨어지나요',
		pages: ['/guides/service-requirements/', '/choose/', '/glossary/'],
		section: '두-번의-심사를-받습니다',
		kind: 'question',
	},
	{ query: '사이트 하단 주소가 사업자등록증이랑 달라도 돼요?', pages: ['/guides/service-requirements/'], section: '2-사업자-정보-표시', kind: 'question' },
	{
		query: '배송하는 상품이면 교환 안내까지 올려놔야 심사 받아요?',
		pages: ['/guides/service-requirements/'],
		section: '1-판매-상품서비스-등록',
		kind: 'question',
	},
	{
		query: '웹사이트 없이 앱만 있어도 pg 계약되나요',
		pages: ['/guides/service-requirements/', '/guides/pg-application/'],
		section: '6-앱-서비스라면',
		kind: 'question',
	},
	{
		query: '결제 화면을 우리가 직접 만들어 쓰려면 신청할때 뭘 골라요',
		pages: ['/guides/pg-application/', '/glossary/'],
		section: '5-결제대행사와-결제수단-고르기',
		kind: 'question',
	},

	// No PG named: which PG (the chooser and the comparison).
	{ query: '유흥업소 구인구직 사이트 받아주는 pg 잇어요', pages: ['/choose/'], kind: 'typo' },
	{
		query: '컨설팅 업종 pg',
		pages: ['/choose/', '/guides/tosspayments-contract/', '/guides/smartro-contract/', '/guides/galaxia-contract/'],
		kind: 'exact',
	},
	{ query: 'pg사별 카드사 심사 기간 비교', pages: ['/compare/', '/choose/'], kind: 'phrase' },
	{ query: '어느 결제대행사랑 계약해야 할지 모르겠어요', pages: ['/choose/', '/compare/', '/guides/pg-application/'], kind: 'question' },
	{
		query: '견적마다 금액이 바뀌는데 받아주는 결제대행사 있나요',
		pages: ['/choose/', '/guides/kiwoompay-contract/', '/guides/welcome-contract/', '/guides/galaxia-contract/'],
		kind: 'question',
	},
	{ query: '위험 업종 목록', pages: ['/choose/'], kind: 'exact' },
	{ query: '실시간 계좌이체 되는 pg 어디예요', pages: ['/choose/', '/compare/'], kind: 'question' },
	{ query: '엘페이 되는 결제대행사 어디예요', pages: ['/compare/', '/choose/'], kind: 'question' },
	{ query: '충전 포인트 유효기간 pg마다 달라요?', pages: ['/choose/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{ query: '다날은 신청서 포트원이 당일에 넘겨주나요', pages: ['/guides/danal-contract/'], section: '계약-안내-메일', kind: 'question' },
	{ query: 'eximbay 카드사 심사 보통 몇 주 걸려요', pages: ['/guides/eximbay-contract/'], section: '카드사-심사', kind: 'latin' },
	{ query: '갤럭시아머니트리 계약 끝나면 apiKey도 같이 주나요', pages: ['/guides/galaxia-contract/'], section: '계약완료', kind: 'question' },
	{ query: '헥토파이낸셜 실수로 취소한 카드결제 되돌릴 수 있나요', pages: ['/guides/hecto-contract/'], section: '실결제-시작', kind: 'question' },
	{
		query: '카카오페이 계약서에 서명만 하고 인감은 안 찍어도 돼요?',
		pages: ['/guides/kakaopay-contract/'],
		section: '계약서와-구비서류',
		kind: 'question',
	},
	{ query: 'KG모빌리언스 계약 안내 메일 며칠이면 와요', pages: ['/guides/kg-financial-contract/'], section: '계약-안내-메일', kind: 'question' },
	{
		query: '이니시스 계약 끝나자마자 할부결제도 받을 수 있어요?',
		pages: ['/guides/kg-inicis-contract/', '/guides/kg-inicis-channel-setup/'],
		section: '계약완료',
		kind: 'question',
	},
	{ query: 'KICC 해외에서 운영하는 서비스도 가입되나요', pages: ['/guides/kicc-contract/'], section: '신청-전-준비', kind: 'latin' },
	{ query: '키움패이 취소하니까 9029 오류가 떠요', pages: ['/guides/kiwoompay-contract/'], section: '실결제-시작', kind: 'typo' },
	{ query: '한국결제네트웍스 추천 패키지로 계약하면 더 빨리 돼요?', pages: ['/guides/kpn-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: 'KSNET 고객센터 전화번호 알려주세요', pages: ['/guides/ksnet-contract/'], section: '문의처', kind: 'latin' },
	{ query: '네이버페이 주문형 고객센터 전화하면 몇번 눌러요', pages: ['/guides/naverpay-order-contract/'], section: '문의처', kind: 'question' },
	{
		query: '네이버페이 결제형 포트원 신청 말고 또 접수해야 하는 데 있어요?',
		pages: ['/guides/naverpay-payment-contract/'],
		section: '상점관리자페이지-접수',
		kind: 'question',
	},
	{ query: 'kcp 신청서도 포트원이 먼저 검수하고 넘기나요', pages: ['/guides/nhn-kcp-contract/'], section: '계약-안내-메일', kind: 'latin' },
	{ query: '케이씨피 애플페이로 정기결제도 되나요', pages: ['/guides/nhn-kcp-contract/'], section: '간편결제-사이트코드-추가', kind: 'question' },
	{ query: '나이스페이 카드사 심사현황 어디서 조회해요', pages: ['/guides/nice-contract/'], section: '카드사-심사', kind: 'question' },
	{ query: '페이먼트월 서울 사무소 전화번호', pages: ['/guides/paymentwall-contract/'], section: '문의처', kind: 'phrase' },
	{ query: '페이먼트월 결제한 당일에 취소하면 수수료 안 나가요?', pages: ['/guides/paymentwall-contract/'], section: '수수료', kind: 'question' },
	{ query: '페이팔 구매자 테스트 계정은 어느 나라로 만들어요', pages: ['/guides/paypal-contract/'], section: '구매자-테스트-계정', kind: 'question' },
	{ query: '페이코 정기결제 테스트 CPID', pages: ['/guides/payco-contract/'], section: '테스트-채널-설정', kind: 'phrase' },
	{ query: '스마트로 카드사 심사 2주 넘었는데 어디 물어바요', pages: ['/guides/smartro-contract/'], section: '카드사-심사', kind: 'typo' },
	{ query: '토스페이 가입 문의 메일 주소', pages: ['/guides/tosspay-contract/'], section: '문의처', kind: 'phrase' },
	{
		query: '토스 페이먼츠 MID 먼저 받았는데 실서비스에 바로 붙여도 되나요',
		pages: ['/guides/tosspayments-contract/'],
		section: '계약완료',
		kind: 'question',
	},
	{ query: '웰컴페이먼츠 결제창에 광주은행 가상게좌가 안 보여요', pages: ['/guides/welcome-contract/'], section: '심사용-개발', kind: 'typo' },
];
