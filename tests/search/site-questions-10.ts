import type { SearchCase } from './queries.ts';
/**
 * A tenth set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-07
 * by a helper (branch `siteq10`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the nine earlier blind sets (site-questions.ts to
 * site-questions-9.ts) were read only so that no question here repeats one of theirs, and to ask about the sections they
 * asked little or nothing about (most PG cases below land on a section no earlier set asked about). The first part names
 * no PG: its answer is a page about no single PG (a glossary entry, the general guides, /choose/ or /compare/). The second
 * part names one PG, by any name a merchant uses for it, and is answered by that PG's guide and the section that holds
 * the answer.
 */
export const SITE_QUESTION_CASES_10: SearchCase[] = [
	// No PG named: what a term means, or what it implies (the glossary entry first).
	{
		query: '관리자 콘솔에서 채널 추가도 하는 거예요?',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'],
		section: 'admin-console',
		kind: 'question',
	},
	{ query: '특약이 뭐예요 기본 계약이랑 따로 맺는 거예요?', pages: ['/glossary/'], section: 'special-agreement', kind: 'question' },
	{
		query: '1차 검수는 PG사가 하는 거예요 포트원이 하는 거예요',
		pages: ['/glossary/', '/guides/ksnet-contract/', '/guides/kiwoompay-contract/', '/guides/smartro-contract/', '/guides/welcome-contract/'],
		section: 'portone-check',
		kind: 'question',
	},
	{
		query: '입점심사 끝나면 다음엔 무슨 심사 받아요',
		pages: ['/glossary/', '/guides/service-requirements/'],
		section: 'onboarding-review',
		kind: 'question',
	},
	{ query: 'MID를 결제대행사마다 다른 이름으로 부르나요', pages: ['/glossary/'], section: 'mid', kind: 'question' },
	{ query: '연매출 30억 넘으면 영중소 우대 못 받나요', pages: ['/glossary/'], section: 'small-business-rate', kind: 'question' },
	{ query: '결제할때마다 인증 안하는 결재를 뭐라고 불러요', pages: ['/glossary/'], section: 'billing-keyin', kind: 'typo' },
	{ query: '정기결제도 빌링키로 결제하는 거예요?', pages: ['/glossary/'], section: 'recurring', kind: 'question' },
	{ query: '상점관리자 주소는 pg사마다 다른가요', pages: ['/glossary/'], section: 'merchant-admin', kind: 'question' },
	{ query: '채널에 MID 말고 키도 같이 넣어요?', pages: ['/glossary/'], section: 'channel', kind: 'question' },

	// No PG named: applying, documents, what the site needs (the general guides).
	{
		query: 'pg마다 신청서에 추가로 적는 칸이 달라요?',
		pages: ['/guides/pg-application/'],
		section: '6-결제대행사별-추가-항목-입력',
		kind: 'question',
	},
	{ query: '전자계약으로 하면 서류 원본 우편 안 보내도 되나요', pages: ['/guides/contract-documents/'], section: '서류-내는-방법', kind: 'question' },
	{ query: '고객거래확인서가 뭔가요', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'question' },
	{ query: '실제 소유자 확인 서류 주주명부 내면 되나요', pages: ['/guides/contract-documents/'], section: '법인사업자-기본-서류', kind: 'question' },
	{ query: '업종별 추가 서류 pg사마다 다른가요', pages: ['/guides/contract-documents/'], section: '업종에-따라-더-필요한-서류', kind: 'question' },
	{ query: '중고 제품 팔면 보증보험 금엑 더 커지나요', pages: ['/guides/contract-documents/'], section: '보증보험', kind: 'typo' },
	{
		query: '결제창 연동 안된 상태로 카드사 심사 신청해도 돼요?',
		pages: ['/guides/service-requirements/'],
		section: '3-아직-개발-중이라면',
		kind: 'question',
	},

	// No PG named: which PG (the chooser and the comparison).
	{ query: '장비 렌탈 사업하는데 받아주는 pg 있어요?', pages: ['/choose/'], kind: 'question' },
	{ query: '중개 플랫폼 결제대행사 추천', pages: ['/choose/'], kind: 'phrase' },
	{ query: '공유오피스 임대료 카드로 받을 수 있는 pg', pages: ['/choose/'], kind: 'question' },
	{ query: '보험 대리점도 pg 가입 되나요', pages: ['/choose/'], kind: 'question' },
	{ query: '유심 개통 판매 pg', pages: ['/choose/'], kind: 'exact' },
	{ query: '온라인 광고 대행 업채 받아주는 결제대행사', pages: ['/choose/'], kind: 'typo' },
	{ query: '가상계좌 건당 수수료 제일 싼 pg 어디예요', pages: ['/compare/', '/choose/'], kind: 'question' },
	{ query: '정기결제 수수료 낮은 결제대행사 비교', pages: ['/compare/', '/choose/'], kind: 'phrase' },
	{ query: '연매출 5억인데 카드수수료 pg별로 얼마나 달라요', pages: ['/choose/', '/compare/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{ query: '다날 계약할때 보증보험도 들어야 돼요?', pages: ['/guides/danal-contract/'], section: '서류-제출과-보증보험', kind: 'question' },
	{ query: '엑심베이 계약 안내 메일 며칠만에 와요', pages: ['/guides/eximbay-contract/'], section: '계약-안내-메일', kind: 'question' },
	{ query: '갤럭시아머니트리 카드사 심사 진행상황 어디서 봐요', pages: ['/guides/galaxia-contract/'], section: '카드사-심사', kind: 'question' },
	{ query: '헥토파이낸셜 신청서 포트원에서 당일 넘어가요?', pages: ['/guides/hecto-contract/'], section: '계약-안내-메일', kind: 'question' },
	{ query: '카카오패이 가맹점센터 전화번호', pages: ['/guides/kakaopay-contract/'], section: '문의처', kind: 'typo' },
	{
		query: '카카오페이 정기결제 CID 나중에 추가하려면 어떻게 해요',
		pages: ['/guides/kakaopay-contract/'],
		section: '상점아이디를-더-받아야-할-때',
		kind: 'question',
	},
	{
		query: 'KG파이낸셜 정기결제 서비스ID도 채널 따로 만들어야 돼요?',
		pages: ['/guides/kg-financial-contract/'],
		section: '실-연동-채널-설정',
		kind: 'question',
	},
	{
		query: '이니시스 신청할때 사업자등록증도 올려야 돼요?',
		pages: ['/guides/kg-inicis-contract/', '/guides/pg-application/'],
		section: '가입신청서-제출',
		kind: 'question',
	},
	{ query: 'KICC 고객센터 전화번호', pages: ['/guides/kicc-contract/'], section: '문의처', kind: 'latin' },
	{
		query: '키움페이 수기결제 나중에 추가하면 다시 신청해야 돼요?',
		pages: ['/guides/kiwoompay-contract/'],
		section: '가입신청서-제출',
		kind: 'question',
	},
	{ query: '한국결제네트웍스 보증보험 1년마다 갱신해요?', pages: ['/guides/kpn-contract/'], section: '서류-제출과-보증보험', kind: 'question' },
	{ query: 'KSNET 계약 메일 3일 지났는데 안 와요', pages: ['/guides/ksnet-contract/'], section: '계약-안내-메일', kind: 'latin' },
	{
		query: '네이버페이 주문형 테스트 채널 certiKey 칸에 뭐 넣어요',
		pages: ['/guides/naverpay-order-contract/'],
		section: '테스트-채널-설정',
		kind: 'question',
	},
	{ query: '네이버페이 결제형 포트원 기술지원팀 메일 주소', pages: ['/guides/naverpay-payment-contract/'], section: '문의처', kind: 'phrase' },
	{ query: 'KCP 신규 가입 상담 전화번호', pages: ['/guides/nhn-kcp-contract/'], section: '문의처', kind: 'latin' },
	{ query: '나이스페이 영세 카드 수수료 몇 퍼센트', pages: ['/guides/nice-contract/'], section: '수수료', kind: 'phrase' },
	{ query: '페이코 카드사 심사 보통 몇주 걸려요', pages: ['/guides/payco-contract/'], section: '카드사-심사', kind: 'question' },
	{
		query: '페이먼트월 상점관리자에 신청서 내고 계약 메일은 언제 와요',
		pages: ['/guides/paymentwall-contract/'],
		section: '계약-안내',
		kind: 'question',
	},
	{ query: '페이팔 국내 고객센터 번호', pages: ['/guides/paypal-contract/'], section: '문의처', kind: 'phrase' },
	{
		query: '스마트로 테스트로 가상계좌 입금하면 결제완료 되나요',
		pages: ['/guides/smartro-contract/'],
		section: '개발과-심사-화면-준비',
		kind: 'question',
	},
	{ query: '토스페이 계약서 우편으로 보내요 전자계약이에요?', pages: ['/guides/tosspay-contract/'], section: '계약서와-구비서류', kind: 'question' },
	{ query: 'toss payments 보증보험 기간 1년이에요?', pages: ['/guides/tosspayments-contract/'], section: '서류-제출과-보증보험', kind: 'latin' },
	{ query: '웰컴패이먼츠 가입비 얼마예요', pages: ['/guides/welcome-contract/'], section: '수수료', kind: 'typo' },
	{ query: '웰컴페이먼츠도 포트원이 신청서 먼저 검수해요?', pages: ['/guides/welcome-contract/'], section: '포트원-1차-검수', kind: 'question' },
];
