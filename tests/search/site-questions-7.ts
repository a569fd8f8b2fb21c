import type { SearchCase } from './queries.ts';
/**
 * A seventh set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-07
 * by a helper (branch `siteq7`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the six earlier blind sets (site-questions.ts to
 * site-questions-6.ts) were read only so that no question here repeats one of theirs, and to ask about the sections they
 * asked little or nothing about. The first part names no PG: its answer is a page about no single PG (a glossary entry,
 * the general guides, /choose/ or /compare/). The second part names one PG, by any name a merchant uses for it, and is
 * answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_7: SearchCase[] = [
	// No PG named: what a term means, or what it implies (the glossary entry first).
	{
		query: '신청서가 PG사로 바로 안 넘어가는 경우도 있어요?',
		pages: ['/glossary/', '/guides/ksnet-contract/', '/guides/kiwoompay-contract/', '/guides/smartro-contract/', '/guides/welcome-contract/'],
		section: 'portone-check',
		kind: 'question',
	},
	{
		query: '키파일 안 보내면 무슨 문제 생겨요',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/', '/guides/kg-inicis-contract/'],
		section: 'key-file',
		kind: 'question',
	},
	{ query: '빌링기 한번 받아두면 다음 결제땐 카드 안 넣어도 돼요?', pages: ['/glossary/'], section: 'billing-key', kind: 'typo' },
	{ query: '에스크로는 어디서 따로 신청해요', pages: ['/glossary/'], section: 'escrow', kind: 'question' },
	{ query: '계약하고 받은 MID는 어디에 넣는 거예요', pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'], section: 'mid', kind: 'question' },
	{
		query: '본인인증 서비스는 카드사 대신 누가 심사해요',
		pages: ['/glossary/', '/guides/danal-contract/', '/guides/nhn-kcp-contract/'],
		section: 'source-company',
		kind: 'question',
	},
	{ query: 'V2는 모든 결제대행사에서 쓸 수 있어요?', pages: ['/glossary/'], section: 'portone-version', kind: 'question' },
	{
		query: 'PG 입점 심사 통과하면 바로 결제 되나요',
		pages: ['/glossary/', '/guides/service-requirements/'],
		section: 'onboarding-review',
		kind: 'question',
	},
	{ query: '영세 우대 수수료 따로 신청 안해도 적용돼요?', pages: ['/glossary/'], section: 'small-business-rate', kind: 'question' },
	{
		query: '바로오픈 쓰면 카드사 심사는 안 받아도 되나요',
		pages: ['/glossary/', '/guides/nhn-kcp-contract/', '/guides/tosspayments-contract/', '/guides/kg-inicis-contract/'],
		section: 'instant-open',
		kind: 'question',
	},
	{ query: 'pg 계약 용어 정리', pages: ['/glossary/'], kind: 'exact' },

	// No PG named: applying, documents, what the site needs (the general guides).
	{ query: '홈페이지 명 서비스명 입력', pages: ['/guides/pg-application/'], section: '6-결제대행사별-추가-항목-입력', kind: 'phrase' },
	{ query: '제출하기 누르면 바로 PG사로 넘어가요?', pages: ['/guides/pg-application/'], section: '4-최종-확인-후-제출', kind: 'question' },
	{ query: 'PG사 계약 메일에는 뭐가 들어 있어요', pages: ['/guides/contract-documents/'], section: '계약-안내-메일-기다리기', kind: 'question' },
	{ query: '전자계약 되는지 어디서 확인해요', pages: ['/guides/contract-documents/'], section: '서류-내는-방법', kind: 'question' },
	{ query: '고객거래확인서 대리인이 써도 돼요?', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'question' },
	{ query: '법인인데 대표 개인 통장으로 정산받아도 되나요', pages: ['/guides/contract-documents/'], section: '법인사업자-기본-서류', kind: 'question' },
	{ query: '공유오피스 임데업 추가 서류', pages: ['/guides/contract-documents/'], section: '업종에-따라-더-필요한-서류', kind: 'typo' },
	{ query: '보증보험료 계산 방법', pages: ['/guides/contract-documents/', '/glossary/'], section: '보증보험', kind: 'phrase' },
	{ query: '0원짜리 상품으로 카드사 심사 받아도 되나요', pages: ['/guides/service-requirements/'], section: '3-아직-개발-중이라면', kind: 'question' },
	{
		query: '카드사 심사에서 결제 끝난 뒤 화면도 확인해요?',
		pages: ['/guides/service-requirements/'],
		section: '5-카드사-심사에서-보는-것',
		kind: 'question',
	},

	// No PG named: which PG (the chooser and the comparison).
	{ query: '주류 팔아도 받아주는 pg 있어요', pages: ['/choose/'], kind: 'question' },
	{ query: '원격진료 앱 결제 되는 결제대행사', pages: ['/choose/'], kind: 'question' },
	{ query: '상품권 판매 pg사', pages: ['/choose/'], kind: 'exact' },
	{ query: '계약 신청부터 첫 결제까지 보통 얼마나 걸려요', pages: ['/compare/', '/choose/', '/guides/pg-application/'], kind: 'question' },
	{ query: '웹이랑 앱 둘 다 결제 받을 수 있는 pg', pages: ['/compare/', '/choose/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{ query: '다날 간편결제창 바로 띄울 수 있나요', pages: ['/guides/danal-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: '엑심베이 해외 법인도 가입할 수 있어요?', pages: ['/guides/eximbay-contract/'], section: '신청-전-준비', kind: 'question' },
	{
		query: '갤럭시아머니트리 예전에 다른 주소로 가입했는데 상점아이디 추가하려면요',
		pages: ['/guides/galaxia-contract/'],
		section: '상점아이디를-더-받으려면',
		kind: 'question',
	},
	{ query: '헥토파이낸셜 귀금속 입점', pages: ['/guides/hecto-contract/'], section: '신청-전-준비', kind: 'phrase' },
	{
		query: 'kakaopay 신청서 배송 서비스 기간 뭐 적어요',
		pages: ['/guides/kakaopay-contract/', '/guides/pg-application/'],
		section: '가입신청서-제출',
		kind: 'latin',
	},
	{ query: 'KG모빌리언스 고객센터 번호 알려주세요', pages: ['/guides/kg-financial-contract/'], section: '문의처', kind: 'question' },
	{ query: '이니시스 계약서 양식은 어디서 받아요', pages: ['/guides/kg-inicis-contract/'], section: '계약진행', kind: 'question' },
	{
		query: '이니시스 V1 일반결제 채널인데 INILite Key 꼭 넣어야 돼요?',
		pages: ['/guides/kg-inicis-channel-setup/'],
		section: '실연동-설정',
		kind: 'question',
	},
	{
		query: '이니시스 카카오 인증으로 CI 받으려면 뭐 해야 돼요',
		pages: ['/guides/kg-inicis-channel-setup/'],
		section: '본인인증통합인증-채널',
		kind: 'question',
	},
	{ query: '이지페이 해외 간편결제 테스트 키 어디서 받아요', pages: ['/guides/kicc-contract/'], section: '테스트-채널-설정', kind: 'question' },
	{ query: '키음페이 CPID랑 MID 둘다 받아요?', pages: ['/guides/kiwoompay-contract/'], section: '계약완료', kind: 'typo' },
	{ query: '한국결제네트웍스 휴대폰결제 선정산하면 수수료 얼마예요', pages: ['/guides/kpn-contract/'], section: '수수료', kind: 'question' },
	{ query: 'KSNET MID 여러개 등록하면 결제할때 어떻게 구분해요', pages: ['/guides/ksnet-contract/'], section: '채널-설정', kind: 'latin' },
	{ query: '네이버페이 주문형 신청할때 개발방식 뭐 골라요', pages: ['/guides/naverpay-order-contract/'], section: '가입신청서-제출', kind: 'question' },
	{
		query: '네이버페이 결제형 같은 사이트에서 계정만 나누면 검수 또 받아요?',
		pages: ['/guides/naverpay-payment-contract/'],
		section: '상점아이디를-더-받아야-할-때',
		kind: 'question',
	},
	{ query: 'KCP 테스트에서 간편결제도 시험해볼 수 있나요', pages: ['/guides/nhn-kcp-contract/'], section: '개발과-심사-화면-준비', kind: 'latin' },
	{ query: '나이스페이 포인트 충전 서비스 비인증 결제 되나요', pages: ['/guides/nice-contract/'], section: '신청-전-준비', kind: 'question' },
	{ query: '패이코로 가상계좌 계좌이체도 받을 수 있어요?', pages: ['/guides/payco-contract/'], section: '수수료', kind: 'typo' },
	{ query: '페이먼트월 결제 받을 국가 어디서 골라요', pages: ['/guides/paymentwall-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: '페이팔 일반결제랑 정기결제 같이 신청 되나요', pages: ['/guides/paypal-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: '스마트로 에스크로 테스트 MID', pages: ['/guides/smartro-contract/'], section: '채널-설정', kind: 'phrase' },
	{ query: '토스페이 정기결제도 되나요', pages: ['/guides/tosspay-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: 'toss payments 결제 오류 기술지원 전화 몇번 눌러요', pages: ['/guides/tosspayments-contract/'], section: '문의처', kind: 'latin' },
	{ query: '웰컴페이먼트 하위 판매자 정산 해주나요', pages: ['/guides/welcome-contract/'], section: '실-연동-채널-설정', kind: 'typo' },
];
